package io.github.catconv.model;

import java.util.Objects;

/**
 * Where one model fact came from: the source field, its line, and the rule that produced it
 * when it was not a plain copy.
 *
 * @param field source field name or header label, e.g. "spelling", "header:Published"
 * @param line 1-based source line, 0 when unknown
 * @param rule short name of the mapping rule, e.g. "date after publisher in spelling", or ""
 */
public record Provenance(String field, int line, String rule) {

    public Provenance {
        Objects.requireNonNull(field, "field");
        rule = rule == null ? "" : rule;
    }
}

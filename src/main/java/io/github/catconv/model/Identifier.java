package io.github.catconv.model;

import java.util.Objects;

/**
 * An identifier in normalised form, with the source text kept for display.
 *
 * @param scheme the kind of identifier
 * @param value normalised value: DOI without resolver and lower-cased prefix kept as given,
 *              ISBN without hyphens, ISSN as {@code NNNN-NNNC}, PMCID with its {@code PMC} prefix
 * @param raw the text it was read from
 */
public record Identifier(IdentifierScheme scheme, String value, String raw) {

    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty identifier");
        }
        raw = raw == null ? value : raw;
    }

    /** An identifier whose source text is its normalised value. */
    public static Identifier of(IdentifierScheme scheme, String value) {
        return new Identifier(scheme, value, value);
    }
}

package io.github.catconv.model;

import java.util.List;
import java.util.Objects;

/**
 * A raw source field as read: its name, its values and the line it started on. Used for the
 * fields no mapping consumed, so that nothing is lost silently.
 *
 * @param name field name or header label
 * @param values the values in source order, never empty
 * @param line 1-based line of the field's first value
 */
public record SourceField(String name, List<String> values, int line) {

    public SourceField {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}

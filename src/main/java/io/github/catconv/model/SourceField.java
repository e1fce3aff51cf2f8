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
 * @param unknown true when the reader's schema does not know the name (a local or new field,
 *                catalogue B19): writers that can hold arbitrary fields carry it
 */
public record SourceField(String name, List<String> values, int line, boolean unknown) {

    public SourceField {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** A field whose name the reader knows. */
    public SourceField(String name, List<String> values, int line) {
        this(name, values, line, false);
    }
}

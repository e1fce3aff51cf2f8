package io.github.catconv.read.solr;

import java.util.List;
import java.util.Objects;

/**
 * One field of a Solr document as exported: its name, its values as text in source order, and
 * the input line where it starts.
 *
 * @param name Solr field name, never null
 * @param values the values (numbers and booleans as their JSON/XML text); never null, may be empty
 * @param line 1-based input line of the field, 0 when unknown
 */
public record SolrField(String name, List<String> values, int line) {

    /** Checks the name and copies the values. */
    public SolrField {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}

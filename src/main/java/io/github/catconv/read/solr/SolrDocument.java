package io.github.catconv.read.solr;

import java.util.List;
import java.util.Optional;

/**
 * One Solr document: its fields in source order and where it starts in the input.
 *
 * @param fields the fields; never null (a repeated name in Solr XML's {@code <field>} form is
 *               already merged into one field)
 * @param line 1-based input line where the document starts
 */
public record SolrDocument(List<SolrField> fields, int line) {

    /** Copies the field list. */
    public SolrDocument {
        fields = List.copyOf(fields);
    }

    /**
     * The first value of a field.
     *
     * @param name the field name; not null
     * @return the first value, empty when the field is absent or has no value
     */
    public Optional<String> first(String name) {
        for (SolrField f : fields) {
            if (f.name().equals(name) && !f.values().isEmpty()) {
                return Optional.of(f.values().get(0));
            }
        }
        return Optional.empty();
    }

    /** The document's {@code id}, if it has one (for diagnostics). */
    public String idOrNull() {
        return first("id").orElse(null);
    }
}

package io.github.catconv.write.bibtex;

import java.util.function.Function;

/**
 * One row of a dialect's field table: the field name, whether its value is written bare (month
 * macros) instead of in braces, and how the encoded value is computed (null: field omitted).
 *
 * @param name the BibTeX/BibLaTeX field name
 * @param bare true for values written without braces
 * @param value computes the encoded value body from an entry context; returns null when absent
 */
record FieldSpec(String name, boolean bare, Function<EntryContext, String> value) {

    static FieldSpec braced(String name, Function<EntryContext, String> value) {
        return new FieldSpec(name, false, value);
    }

    static FieldSpec bare(String name, Function<EntryContext, String> value) {
        return new FieldSpec(name, true, value);
    }
}

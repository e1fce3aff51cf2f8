package io.github.catconv.model;

import java.util.Objects;

/**
 * Pages of a part inside its container: first and last page when they could be read,
 * the source text always ("typed value with a fallback").
 *
 * @param first first page, or null when the text is not a page range
 * @param last last page, or null for a single page or an unread text
 * @param raw the source text, e.g. "123-145", "e1002", "xii, 304 p."
 */
public record PageRange(String first, String last, String raw) {

    public PageRange {
        Objects.requireNonNull(raw, "raw");
        first = Person.blankToNull(first);
        last = Person.blankToNull(last);
        if (first == null && last != null) {
            throw new IllegalArgumentException("a last page needs a first page");
        }
    }

    /**
     * The range written with the given separator ({@code "-"} for CSL, {@code "--"} for BibTeX),
     * or the raw text when it was not read as a range.
     */
    public String format(String separator) {
        if (first == null) {
            return raw;
        }
        return last == null ? first : first + separator + last;
    }
}

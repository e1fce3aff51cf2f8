package io.github.catconv.catalog;

import io.github.catconv.model.PageRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page field of an exchange format (BibTeX {@code pages}, CSL {@code page}, RIS
 * {@code SP}/{@code EP}): a range "123-145", "123--145", "123–145", "S12-S19", a single page
 * "e1002", or any other text, which is kept whole ("xii, 304 p.", "123, 130-132").
 */
public final class PageRanges {

    private static final String PAGE = "[A-Za-z]?\\d+[A-Za-z]?";
    private static final Pattern SINGLE = Pattern.compile(PAGE);
    /** Any run of hyphens or dashes between two pages ("--" is BibTeX's en dash). */
    private static final Pattern RANGE = Pattern.compile("(" + PAGE + ")\\s*[-‐‑‒–—]+\\s*(" + PAGE + ")");

    private PageRanges() {
    }

    /**
     * The page range of a text.
     *
     * @param text not null
     * @return first and last page when the text is a range, the first only for one page, otherwise
     *         only the text; {@code raw} is the trimmed text
     */
    public static PageRange parse(String text) {
        String t = text.strip();
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            return new PageRange(m.group(1), m.group(2), t);
        }
        if (SINGLE.matcher(t).matches()) {
            return new PageRange(t, null, t);
        }
        return new PageRange(null, null, t);
    }

    /**
     * The range of a first and a last page given apart (RIS {@code SP} and {@code EP}).
     *
     * @param first the first page, not null
     * @param last the last page, or null
     * @return the range; a first page that is itself a range or text is read by {@link #parse}
     */
    public static PageRange of(String first, String last) {
        if (last == null || last.isBlank()) {
            return parse(first);
        }
        String f = first.strip();
        String l = last.strip();
        if (SINGLE.matcher(f).matches() && SINGLE.matcher(l).matches()) {
            return new PageRange(f, l, f + "-" + l);
        }
        return new PageRange(null, null, f + "-" + l);
    }
}

package io.github.catconv.cite;

import de.undercouch.citeproc.csl.internal.format.HtmlFormat;

import java.util.Locale;

/**
 * citeproc-java's HTML output with links only for http(s) URLs and DOIs.
 *
 * <p>citeproc-java escapes every value (Apache Commons Text {@code escapeHtml4}), but with links
 * on it makes an {@code <a href>} of any {@code URL} value, so a catalog value such as
 * {@code javascript:…} would become a live link. Such a value is printed as escaped text instead.
 * DOIs are always linked under {@code https://doi.org/} by citeproc-java itself.
 */
final class SafeLinkHtmlFormat extends HtmlFormat {

    @Override
    protected String formatURL(String str) {
        String lower = str.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return super.formatURL(str);
        }
        return escape(str);
    }
}

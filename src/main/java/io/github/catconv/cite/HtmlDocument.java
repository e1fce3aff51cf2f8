package io.github.catconv.cite;

/**
 * The frame of a complete HTML5 document around citeproc-java's HTML fragment
 * ({@code --format html --standalone}).
 *
 * <p>Only fixed text and an installed locale tag (letters, digits and {@code -}) go into the
 * frame, so nothing here needs escaping; the references themselves are escaped by citeproc-java.
 * The {@code lang} attribute lets browsers and screen readers pick hyphenation and voice
 * (WHATWG HTML, "The lang attribute").
 */
final class HtmlDocument {

    private HtmlDocument() {
    }

    /**
     * The document start up to and including {@code <body>}.
     *
     * @param locale an installed CSL locale tag, e.g. {@code en-US}
     * @param title a fixed, markup-free title
     * @return the text, ending in a line break
     * @throws IllegalArgumentException when the tag holds anything but letters, digits and {@code -}
     */
    static String start(String locale, String title) {
        if (!locale.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not a locale tag: " + locale);
        }
        return "<!DOCTYPE html>\n<html lang=\"" + locale + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + title + "</title>\n</head>\n<body>\n";
    }

    /** The document end after the references. */
    static String end() {
        return "</body>\n</html>\n";
    }
}

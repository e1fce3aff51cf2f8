package io.github.catconv.cite;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What catconv needs to know about a CSL style file before citeproc-java reads it: its title,
 * its default locale, the parent of a dependent style, and whether it defines a bibliography.
 *
 * <p>Read with the JDK's StAX parser, DTDs and external entities off (a style file given with
 * {@code --style ./x.csl} is untrusted input). The names follow the CSL 1.0.2 specification:
 * {@code style/@default-locale} ("Locale"), {@code info/title}, {@code info/link[@rel =
 * 'independent-parent']} ("Dependent styles") and the {@code bibliography} element.
 *
 * @param title the style's title, empty string when it has none
 * @param defaultLocale {@code style/@default-locale}, or null
 * @param parentLink the {@code independent-parent} link of a dependent style, or null
 * @param bibliography whether a {@code bibliography} element was seen (false when only the
 *        header was read)
 */
record StyleInfo(String title, String defaultLocale, String parentLink, boolean bibliography) {

    private static final XMLInputFactory FACTORY = newFactory();

    /** True for a dependent style (one that only names its parent). */
    boolean dependent() {
        return parentLink != null;
    }

    /** The default locale, if the style sets one. */
    Optional<String> defaultLocaleTag() {
        return Optional.ofNullable(defaultLocale).filter(s -> !s.isBlank());
    }

    /**
     * Reads a style's header, and with {@code whole} the rest, to see whether it has a bibliography.
     *
     * @param xml the style text, not null
     * @param whole false to stop at the end of {@code info} (fast, for listing styles)
     * @return the facts, never null
     * @throws IllegalArgumentException when the text is not well-formed XML or not a CSL style
     */
    static StyleInfo read(String xml, boolean whole) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                return read(r, whole);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not a readable CSL style: " + e.getMessage(), e);
        }
    }

    private static StyleInfo read(XMLStreamReader r, boolean whole) throws XMLStreamException {
        String title = "";
        String locale = null;
        String parent = null;
        boolean root = true;
        boolean inInfo = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (root) {
                    if (!"style".equals(name)) {
                        throw new IllegalArgumentException("not a CSL style: root element is <" + name + ">");
                    }
                    locale = r.getAttributeValue(null, "default-locale");
                    root = false;
                } else if ("info".equals(name)) {
                    inInfo = true;
                } else if (inInfo && "title".equals(name)) {
                    title = r.getElementText().strip();
                } else if (inInfo && "link".equals(name)
                        && "independent-parent".equals(r.getAttributeValue(null, "rel"))) {
                    parent = r.getAttributeValue(null, "href");
                } else if ("bibliography".equals(name)) {
                    return new StyleInfo(title, locale, parent, true);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "info".equals(r.getLocalName())) {
                inInfo = false;
                if (!whole || parent != null) {
                    break;
                }
            }
        }
        if (root) {
            throw new IllegalArgumentException("not a CSL style: no root element");
        }
        return new StyleInfo(title, locale, parent, false);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        return f;
    }
}

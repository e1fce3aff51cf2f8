package io.github.catconv.read.limits;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one place where XML parsers are made: Woodstox StAX (the parser under Jackson's XML module)
 * with DTDs and external entities off and every size limit set explicitly.
 *
 * <p>Why each limit (OWASP XML Security Cheat Sheet): a DOCTYPE is refused outright, so neither an
 * external entity (XXE) nor an entity expansion ("billion laughs") can be declared; element depth,
 * text-node length, attribute size and count are capped so a 100,000-deep nesting or a 200 MB text
 * node fails after reading at most the limit, in flat memory. Catalog records are small (a MARC
 * record is at most 99,999 bytes, ISO 2709 leader positions 00-04), so the caps are generous.
 * {@code XmlLimitsTest} fails if anyone loosens them.
 */
public final class XmlLimits {

    /** Deepest element nesting accepted; Solr XML is 5 deep, MODS about 10. */
    public static final int MAX_DEPTH = 100;
    /** Longest text node in characters (16 Mi): far above any catalog value. */
    public static final int MAX_TEXT_LENGTH = 16 << 20;
    /** Longest attribute value in characters. */
    public static final int MAX_ATTRIBUTE_SIZE = 64 << 10;
    /** Most attributes on one element. */
    public static final int MAX_ATTRIBUTES = 100;

    private static final XMLInputFactory FACTORY = create();

    private XmlLimits() {
    }

    private static XMLInputFactory create() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Not lazy: text is read (and its length limit checked) on next(), even when nobody asks for it.
        f.setProperty(org.codehaus.stax2.XMLInputFactory2.P_LAZY_PARSING, false);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        return f;
    }

    /**
     * Opens a hardened streaming reader over bytes (encoding from the XML declaration or BOM).
     *
     * @param in the input; not null; not closed by the returned reader
     * @return a reader that throws {@link XMLStreamException} on a DOCTYPE or any exceeded limit
     * @throws XMLStreamException when the start of the input is not XML at all
     */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return new NoDoctype(FACTORY.createXMLStreamReader(in));
    }

    /**
     * Opens a hardened streaming reader over text (e.g. a {@code fullrecord} field value).
     *
     * @param in the text; not null
     * @return a reader that throws {@link XMLStreamException} on a DOCTYPE or any exceeded limit
     * @throws XMLStreamException when the start of the input is not XML at all
     */
    public static XMLStreamReader open(Reader in) throws XMLStreamException {
        return new NoDoctype(FACTORY.createXMLStreamReader(in));
    }

    /**
     * One line saying why an XML input was refused, for a diagnostic.
     *
     * @param e the parser's exception; not null
     * @return the message with its location, without stack details
     */
    public static String describe(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /** Refuses any DOCTYPE at the first event that shows it: no entity can ever be declared. */
    private static final class NoDoctype extends StreamReaderDelegate {
        NoDoctype(XMLStreamReader r) throws XMLStreamException {
            super(r);
            check(r.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            try {
                return check(super.next());
            } catch (XMLStreamException e) {
                throw located(e);
            }
        }

        @Override
        public String getElementText() throws XMLStreamException {
            try {
                return super.getElementText();
            } catch (XMLStreamException e) {
                throw located(e);
            }
        }

        @Override
        public int nextTag() throws XMLStreamException {
            try {
                return check(super.nextTag());
            } catch (XMLStreamException e) {
                throw located(e);
            }
        }

        /** Encoding errors come without a location; the reader still knows where it is. */
        private XMLStreamException located(XMLStreamException e) {
            if (e.getLocation() != null) {
                return e;
            }
            javax.xml.stream.Location at = getLocation();
            String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
            XMLStreamException out = new XMLStreamException(e.getMessage() + where, at, e);
            return out;
        }

        private int check(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("XML with a DOCTYPE is refused (DTDs and entities are not allowed)",
                        getLocation());
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("undeclared entity reference &" + getLocalName() + "; refused",
                        getLocation());
            }
            return event;
        }
    }
}

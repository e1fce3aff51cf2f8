package io.github.catconv.read.fullrecord;

import io.github.catconv.read.limits.XmlLimits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small read-only element tree of one harvested record (Dublin Core, MODS), built from the
 * hardened StAX parser of {@link XmlLimits}; such records are a few KiB, so a tree is cheap.
 * Names are local names (namespace prefixes dropped).
 *
 * @param name local element name
 * @param attributes attributes by local name
 * @param text the element's own text, trimmed
 * @param children child elements in order
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    /**
     * Parses a text into a tree.
     *
     * @param xml the text; not null
     * @return the root element
     * @throws XMLStreamException when the text is not well-formed or breaks a limit
     */
    static XmlNode parse(String xml) throws XMLStreamException {
        XMLStreamReader x = XmlLimits.open(new StringReader(xml));
        try {
            while (x.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: comments, processing instructions
            }
            return read(x);
        } finally {
            x.close();
        }
    }

    private static XmlNode read(XMLStreamReader x) throws XMLStreamException {
        String name = x.getLocalName();
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            attrs.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                children.add(read(x));
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return new XmlNode(name, attrs, text.toString().strip(), children);
            }
        }
    }

    /** The children with a local name. */
    List<XmlNode> all(String local) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child with a local name, or null. */
    XmlNode child(String local) {
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                return c;
            }
        }
        return null;
    }

    /** The non-blank texts of the children with a local name. */
    List<String> texts(String local) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : all(local)) {
            if (!c.text.isEmpty()) {
                out.add(c.text);
            }
        }
        return out;
    }

    /** The text of the first child with a local name that has text, or null. */
    String text(String local) {
        List<String> t = texts(local);
        return t.isEmpty() ? null : t.get(0);
    }

    /** An attribute value, or "" when absent. */
    String attr(String local) {
        return attributes.getOrDefault(local, "");
    }
}

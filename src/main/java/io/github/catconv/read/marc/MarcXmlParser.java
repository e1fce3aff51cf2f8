package io.github.catconv.read.marc;

import io.github.catconv.read.limits.XmlLimits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MARCXML (the MARC 21 XML schema, {@code http://www.loc.gov/MARC21/slim}): {@code <record>}
 * elements, alone or in a {@code <collection>}, with or without a namespace prefix. Streams: one
 * record is built at a time. XML comes from {@link XmlLimits} (no DTDs, explicit limits).
 */
public final class MarcXmlParser {

    private final XMLStreamReader x;
    /** Added to the parser's line numbers: the input line before the parsed text (a framed record). */
    private final int lineOffset;
    /** The record being read, kept so that a record cut short can give what it had ({@link #partial}). */
    private String leader = "";
    private List<MarcRecord.Field> fields = new ArrayList<>();

    /**
     * A parser over an open hardened reader.
     *
     * @param x the reader from {@link XmlLimits#open}; not null
     */
    public MarcXmlParser(XMLStreamReader x) {
        this(x, 0);
    }

    /**
     * A parser over a record framed out of a larger input.
     *
     * @param x the reader; not null
     * @param lineOffset the input line before the framed text's first line
     */
    public MarcXmlParser(XMLStreamReader x, int lineOffset) {
        this.x = java.util.Objects.requireNonNull(x, "x");
        this.lineOffset = lineOffset;
    }

    /** The complete fields of the record whose reading failed last (a record cut short). */
    public MarcRecord partial() {
        return new MarcRecord(leader, fields);
    }

    /**
     * Parses every record of a MARCXML text (e.g. a Solr {@code fullrecord} value).
     *
     * @param xml the text; not null
     * @return the records, possibly none
     * @throws XMLStreamException when the text is not well-formed or breaks a limit
     */
    public static List<MarcRecord> parseAll(String xml) throws XMLStreamException {
        XMLStreamReader r = XmlLimits.open(new StringReader(xml));
        try {
            MarcXmlParser p = new MarcXmlParser(r);
            List<MarcRecord> out = new ArrayList<>(1);
            for (MarcRecord m = p.next(); m != null; m = p.next()) {
                out.add(m);
            }
            return out;
        } finally {
            r.close();
        }
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws XMLStreamException when the XML is broken or breaks a limit
     */
    public MarcRecord next() throws XMLStreamException {
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("record")) {
                return readRecord();
            }
        }
        return null;
    }

    private MarcRecord readRecord() throws XMLStreamException {
        leader = "";
        fields = new ArrayList<>();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String el = x.getLocalName();
            int line = lineOffset + x.getLocation().getLineNumber();
            String tag = attr("tag");
            switch (el) {
                case "leader" -> leader = x.getElementText();
                case "controlfield" -> fields.add(MarcRecord.Field.control(tag, x.getElementText(), line));
                case "datafield" -> fields.add(readDataField(tag, line));
                default -> skip();
            }
        }
        return new MarcRecord(leader, fields);
    }

    private MarcRecord.Field readDataField(String tag, int line) throws XMLStreamException {
        char ind1 = indicator(attr("ind1"));
        char ind2 = indicator(attr("ind2"));
        List<MarcRecord.Subfield> subs = new ArrayList<>();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (x.getLocalName().equals("subfield")) {
                String code = attr("code");
                String value = x.getElementText();
                if (!code.isEmpty()) {
                    subs.add(new MarcRecord.Subfield(code.charAt(0), value));
                }
            } else {
                skip();
            }
        }
        return new MarcRecord.Field(tag, ind1, ind2, subs, null, line);
    }

    private String attr(String name) {
        String v = x.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    static char indicator(String s) {
        return s == null || s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '\\' ? ' ' : s.charAt(0);
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}

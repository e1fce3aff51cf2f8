package io.github.catconv.read.solr;

import io.github.catconv.read.ReadContext;
import io.github.catconv.read.frame.FramedXml;
import io.github.catconv.read.frame.Utf8Input;
import io.github.catconv.read.frame.XmlFramer;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Solr documents as XML, framed into documents by {@link XmlFramer} and each read with the
 * hardened StAX parser of {@code XmlLimits}, so that one malformed document costs only itself:
 * the select response ({@code <response><result name="response"><doc><arr name="author"><str>…})
 * and the update format VuFind's importers write ({@code <add><doc><field name="author">…}).
 * Documents elsewhere in a response (more-like-this, grouped, expanded) are not results and are
 * skipped.
 */
public final class SolrXmlReader implements RecordReader {

    private final SolrDocumentMapper mapper;

    /** A reader using {@link SolrDocumentMapper#standard()} (the ServiceLoader constructor). */
    public SolrXmlReader() {
        this(SolrDocumentMapper.standard());
    }

    /**
     * A reader with its own document mapper (for tests and embedding).
     *
     * @param mapper the mapper; not null
     */
    public SolrXmlReader(SolrDocumentMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String id() {
        return "solr-xml";
    }

    @Override
    public String description() {
        return "Solr documents as XML: a select response (<response><result><doc>) or an update file (<add><doc>)";
    }

    @Override
    public int sniff(String sample) {
        String s = sample.stripLeading();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1).stripLeading();
        }
        if (!s.startsWith("<")) {
            return 0; // not XML: spares the scans below, which a one-record run pays for uncompiled
        }
        boolean doc = sample.contains("<doc>") || sample.contains("<doc ");
        if (sample.contains("<response") && sample.contains("<result") && doc) {
            return 90;
        }
        if (sample.contains("<add") && doc && sample.contains("<field name=")) {
            return 85;
        }
        return sample.contains("<response") && sample.contains("<lst name=\"responseHeader\"") ? 60 : 0;
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        return new Cursor(Utf8Input.open(in), context, mapper);
    }

    /** Elements walked into on the way to the documents; anything else is skipped whole. */
    static boolean isContainer(String name, Map<String, String> attributes) {
        if (name.equals("response") || name.equals("add") || name.equals("docs")) {
            return true;
        }
        String resultName = attributes.get("name");
        return name.equals("result") && (resultName == null || resultName.equals("response"));
    }

    /**
     * Frames the input into {@code <doc>} elements ({@link XmlFramer}) and reads each with its own
     * hardened parser, so that one malformed document is one rejected record.
     */
    private static final class Cursor extends DocumentCursor {
        private final InputStream in;
        private final boolean reencoded;
        private final XmlFramer framer;

        Cursor(Utf8Input.Opened in, ReadContext ctx, SolrDocumentMapper mapper) {
            super(ctx, mapper);
            this.in = in.stream();
            this.reencoded = in.reencoded();
            this.framer = new XmlFramer(this.in, MAX_DOCUMENT_BYTES, "doc", SolrXmlReader::isContainer);
        }

        @Override
        protected Piece nextPiece() throws IOException {
            XmlFramer.Frame f = framer.next();
            if (f == null) {
                return null;
            }
            return switch (f.kind()) {
                case DOCUMENT -> document(f);
                case BROKEN -> broken(f);
                case NOTE -> new Note(f.line(), "Solr XML: " + f.problem());
                case UNREADABLE -> new Fatal(f.line(), "Solr XML refused: " + f.problem() + "; rest of file skipped");
            };
        }

        private Piece document(XmlFramer.Frame f) {
            Map<String, SolrFieldBuilder> fields = new LinkedHashMap<>();
            try {
                readFields(f, fields);
            } catch (XMLStreamException e) {
                int line = FramedXml.line(e, f.line());
                return new Rejected(line, DocumentCursor.visibleId(f.text()), f.text(),
                        "Solr XML document not read: " + FramedXml.describe(e));
            }
            return new Doc(new SolrDocument(build(fields), f.line()), f.bytes(), false);
        }

        /** A document the framer found broken; one cut by the end of the input keeps its complete fields. */
        private Piece broken(XmlFramer.Frame f) {
            String id = f.bytes() == null ? null : DocumentCursor.visibleId(f.text());
            if (f.atEnd() && f.bytes() != null) {
                Map<String, SolrFieldBuilder> fields = new LinkedHashMap<>();
                try {
                    readFields(f, fields);
                } catch (XMLStreamException e) {
                    // expected: the cut; the fields read before it are kept
                }
                SolrDocument doc = new SolrDocument(build(fields), f.line());
                if (doc.idOrNull() != null && doc.fields().size() > 1) {
                    return new Doc(doc, f.bytes(), true);
                }
                return new Rejected(f.line(), id, f.text(), "document truncated at end of file"
                        + (doc.idOrNull() == null ? " before its id" : " after its id") + "; rejected");
            }
            return new Rejected(f.line(), id, f.text(), f.problem());
        }

        private static List<SolrField> build(Map<String, SolrFieldBuilder> fields) {
            List<SolrField> out = new ArrayList<>(fields.size());
            for (SolrFieldBuilder b : fields.values()) {
                out.add(new SolrField(b.name, b.values, b.line));
            }
            return out;
        }

        /** Reads the fields of the framed {@code <doc>} into {@code fields}, each complete field as it ends. */
        private void readFields(XmlFramer.Frame f, Map<String, SolrFieldBuilder> fields) throws XMLStreamException {
            XMLStreamReader x = FramedXml.open(f, reencoded ? "UTF-8" : framer.encoding());
            try {
                int offset = f.line() - 1;
                FramedXml.toRecordElement(x);
                while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String el = x.getLocalName();
                    String name = x.getAttributeValue(null, "name");
                    int line = offset + x.getLocation().getLineNumber();
                    if (name == null || el.equals("doc")) {
                        skipElement(x); // nested child documents and unnamed elements are not fields
                        continue;
                    }
                    List<String> values = new ArrayList<>(1);
                    if (el.equals("arr")) {
                        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                            values.add(x.getElementText());
                        }
                    } else {
                        values.add(x.getElementText());
                    }
                    fields.computeIfAbsent(name, n -> new SolrFieldBuilder(n, line)).values.addAll(values);
                }
            } finally {
                x.close();
            }
        }

        /** Skips the element the reader is on, with everything inside it. */
        private static void skipElement(XMLStreamReader x) throws XMLStreamException {
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

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A field being collected; Solr's update format repeats {@code <field name>} per value. */
    private static final class SolrFieldBuilder {
        final String name;
        final int line;
        final List<String> values = new ArrayList<>(1);

        SolrFieldBuilder(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}

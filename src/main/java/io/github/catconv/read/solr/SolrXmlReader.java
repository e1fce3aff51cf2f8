package io.github.catconv.read.solr;

import io.github.catconv.read.limits.XmlLimits;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
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
 * Reads Solr documents as XML, streamed with the hardened StAX parser of {@link XmlLimits}:
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
        return new Cursor(in, context, mapper);
    }

    /** Streams the documents one at a time. */
    private static final class Cursor extends DocumentCursor {
        private final InputStream in;
        private XMLStreamReader x;

        Cursor(InputStream in, ReadContext ctx, SolrDocumentMapper mapper) {
            super(ctx, mapper);
            this.in = in;
        }

        @Override
        protected SolrDocument nextDocument() throws IOException, Unreadable {
            try {
                return readDocument();
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
                throw new Unreadable(line, "Solr XML refused: " + XmlLimits.describe(e));
            }
        }

        /** Advances to the next result document and reads it; null at the end. */
        private SolrDocument readDocument() throws XMLStreamException {
            if (x == null) {
                x = XmlLimits.open(in);
            }
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("doc")) {
                        return readDoc();
                    }
                    if (!isContainer(name)) {
                        skipElement();
                    }
                }
            }
            return null;
        }

        /** Elements walked into on the way to the documents; anything else is skipped whole. */
        private boolean isContainer(String name) {
            if (name.equals("response") || name.equals("add") || name.equals("docs")) {
                return true;
            }
            return name.equals("result") && "response".equals(attribute("name", "response"));
        }

        private String attribute(String name, String dflt) {
            String v = x.getAttributeValue(null, name);
            return v == null ? dflt : v;
        }

        private SolrDocument readDoc() throws XMLStreamException {
            int start = x.getLocation().getLineNumber();
            Map<String, SolrFieldBuilder> fields = new LinkedHashMap<>();
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String el = x.getLocalName();
                String name = x.getAttributeValue(null, "name");
                int line = x.getLocation().getLineNumber();
                if (name == null || el.equals("doc")) {
                    skipElement(); // nested child documents and unnamed elements are not fields
                    continue;
                }
                SolrFieldBuilder f = fields.computeIfAbsent(name, n -> new SolrFieldBuilder(n, line));
                if (el.equals("arr")) {
                    while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        f.values.add(x.getElementText());
                    }
                } else {
                    f.values.add(x.getElementText());
                }
            }
            List<SolrField> out = new ArrayList<>(fields.size());
            for (SolrFieldBuilder f : fields.values()) {
                out.add(new SolrField(f.name, f.values, f.line));
            }
            return new SolrDocument(out, start);
        }

        /** Skips the element the reader is on, with everything inside it. */
        private void skipElement() throws XMLStreamException {
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
            try {
                if (x != null) {
                    x.close();
                }
            } catch (XMLStreamException e) {
                // closing a parser cannot lose data; the stream is closed below
            } finally {
                in.close();
            }
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

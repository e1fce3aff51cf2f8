package io.github.catconv.read.marc;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.limits.XmlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The cursors of {@link MarcReader}, one per input shape; each parses one record at a time and
 * maps it, rejecting a broken record without stopping where the shape allows it.
 */
abstract class MarcCursor implements RecordCursor {

    final ReadContext ctx;
    final MarcMapper mapper;
    private final InputStream in;
    int ordinal;
    private boolean done;

    MarcCursor(InputStream in, ReadContext ctx) {
        this.in = in;
        this.ctx = ctx;
        this.mapper = new MarcMapper(ctx);
    }

    /** The next parsed record and its line, or null at the end; may throw on a broken record. */
    abstract Parsed parse() throws IOException;

    /** A parsed record and where it started. */
    record Parsed(MarcRecord record, int line) {
    }

    @Override
    public BibRecord next() throws IOException {
        while (!done) {
            Parsed p;
            try {
                p = parse();
            } catch (IllegalArgumentException e) {
                ordinal++;
                ctx.reject(0, null, "", "MARC record " + ordinal + " not read: " + e.getMessage());
                continue;
            } catch (XmlFailure e) {
                done = true;
                ctx.reject(e.line, null, "", "MARCXML refused: " + e.getMessage());
                return null;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                done = true;
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                ctx.reject(line, null, "", "MARC-in-JSON cannot be read further: " + e.getOriginalMessage());
                return null;
            }
            if (p == null) {
                done = true;
                return null;
            }
            ordinal++;
            BibRecord r = MarcReader.mapGuarded(p.record(), ctx, mapper, p.line(), ordinal);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A fatal XML error, carried out of {@link #parse()}. */
    static final class XmlFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;

        XmlFailure(XMLStreamException e) {
            super(XmlLimits.describe(e));
            this.line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        }
    }

    /** ISO 2709 records. */
    static final class Iso extends MarcCursor {
        private final Iso2709Parser parser;

        Iso(InputStream in, ReadContext ctx) {
            super(in, ctx);
            this.parser = new Iso2709Parser(in, ctx);
        }

        @Override
        Parsed parse() throws IOException {
            MarcRecord m = parser.next();
            return m == null ? null : new Parsed(m, 0);
        }
    }

    /** MARCXML records. */
    static final class Xml extends MarcCursor {
        private final InputStream in;
        private MarcXmlParser parser;

        Xml(InputStream in, ReadContext ctx) {
            super(in, ctx);
            this.in = in;
        }

        @Override
        Parsed parse() throws IOException {
            try {
                if (parser == null) {
                    parser = new MarcXmlParser(XmlLimits.open(in));
                }
                MarcRecord m = parser.next();
                return m == null ? null : new Parsed(m, m.fields().isEmpty() ? 0 : m.fields().get(0).line());
            } catch (XMLStreamException e) {
                throw new XmlFailure(e);
            }
        }
    }

    /** MARC-in-JSON records. */
    static final class Json extends MarcCursor {
        private final MarcJsonParser parser;

        Json(MarcJsonParser parser, InputStream in, ReadContext ctx) {
            super(in, ctx);
            this.parser = parser;
        }

        @Override
        Parsed parse() throws IOException {
            MarcRecord m = parser.next();
            return m == null ? null : new Parsed(m, m.fields().isEmpty() ? 0 : m.fields().get(0).line());
        }
    }

    /**
     * MARC staff views: a record starts at a LEADER row, or at a 001 row when the record being
     * read already has one; lines before the first row of a record (page headers) are skipped.
     */
    static final class StaffView extends MarcCursor {
        private final LineReader lines;
        private LineReader.Line pending;

        StaffView(LineReader lines, ReadContext ctx) {
            super(null, ctx);
            this.lines = lines;
        }

        @Override
        Parsed parse() throws IOException {
            List<String> text = new ArrayList<>();
            int first = 0;
            boolean has001 = false;
            for (LineReader.Line l = take(); l != null; l = take()) {
                String t = l.ok() ? l.text() : "";
                boolean row = MarcStaffView.isRow(t);
                String s = t.strip();
                boolean starts = row && (s.startsWith("LEADER") || s.startsWith("LDR") || (s.startsWith("001") && has001));
                if (starts && first > 0) {
                    pending = l;
                    break;
                }
                if (row && first == 0) {
                    first = l.number();
                }
                if (first > 0) {
                    text.add(t);
                    has001 |= row && s.startsWith("001");
                }
            }
            return first == 0 ? null : new Parsed(MarcStaffView.parse(text, first), first);
        }

        private LineReader.Line take() throws IOException {
            LineReader.Line l = pending;
            pending = null;
            return l != null ? l : lines.next();
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

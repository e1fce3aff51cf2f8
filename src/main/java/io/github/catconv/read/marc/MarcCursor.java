package io.github.catconv.read.marc;

import io.github.catconv.internal.LineReader;
import io.github.catconv.internal.Printable;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.ValueCleaner;
import io.github.catconv.read.frame.FramedXml;
import io.github.catconv.read.frame.JsonFramer;
import io.github.catconv.read.frame.Utf8Input;
import io.github.catconv.read.frame.XmlFramer;
import io.github.catconv.read.limits.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cursors of {@link MarcReader}, one per input shape; each reads one record at a time and maps
 * it. A broken record is one rejected record and the next one is read: raw MARC splits at the
 * record terminator, MARCXML and MARC-in-JSON are framed record by record ({@link XmlFramer},
 * {@link JsonFramer}) and each record gets its own hardened parser. A record cut by the end of
 * the input is written from its complete fields, with a warning (rejected with {@code --strict}).
 */
abstract class MarcCursor implements RecordCursor {

    /** Longest framed record: far above the 99,999 bytes of ISO 2709, for verbose XML. */
    static final int MAX_RECORD_BYTES = 16 << 20;

    final ReadContext ctx;
    final MarcMapper mapper;
    private final InputStream in;
    private final OncePerFile once = new OncePerFile();
    int ordinal;
    private boolean done;

    MarcCursor(InputStream in, ReadContext ctx) {
        this.in = in;
        this.ctx = ctx;
        this.mapper = new MarcMapper(ctx);
    }

    /** The next parsed record, or null at the end; a record that cannot be read is thrown. */
    abstract Parsed parse() throws IOException, Unreadable, Fatal;

    /**
     * A parsed record and where it started.
     *
     * @param rawText the record's text for the rejects file ("" when not kept)
     * @param truncated true when the input ended inside it (its complete fields only)
     */
    record Parsed(MarcRecord record, int line, String rawText, boolean truncated) {
    }

    /** One record that cannot be read: rejected, reading goes on. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final String id;
        final String rawText;

        Unreadable(int line, String id, String rawText, String message) {
            super(message, null, false, false);
            this.line = line;
            this.id = id;
            this.rawText = rawText == null ? "" : rawText;
        }
    }

    /** The input cannot be read on. */
    static final class Fatal extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Fatal(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    @Override
    public BibRecord next() throws IOException {
        while (!done) {
            Parsed p;
            try {
                p = parse();
            } catch (Unreadable e) {
                ordinal++;
                ctx.reject(e.line, e.id, e.rawText, e.getMessage());
                continue;
            } catch (Fatal e) {
                done = true;
                ctx.reject(e.line, null, "", e.getMessage());
                return null;
            }
            if (p == null) {
                done = true;
                return null;
            }
            ordinal++;
            BibRecord r = toRecord(p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private BibRecord toRecord(Parsed p) {
        String id = p.record().control("001").orElse(null);
        if (p.truncated()) {
            if (id == null || p.record().fields().size() < 2) {
                ctx.reject(p.line(), id, p.rawText(), "MARC record truncated at end of file"
                        + (id == null ? " before its 001" : " after its 001") + "; rejected");
                return null;
            }
            if (ctx.options().strict()) {
                ctx.reject(p.line(), id, p.rawText(), "record " + id + " truncated at end of file; rejected (--strict)");
                return null;
            }
            ctx.warn(p.line(), null, "record " + id + " truncated at end of file; written with the fields before the cut");
        }
        BibRecord r = MarcReader.mapGuarded(p.record(), ctx, mapper, p.line(), ordinal);
        if (r == null) {
            return null;
        }
        ValueCleaner.Cleaned c = ValueCleaner.record(r, ctx.options().fixMojibake());
        BibRecord clean = c.report(ctx, p.line(), p::rawText);
        once.report(c, ctx);
        return clean;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** ISO 2709 records. */
    static final class Iso extends MarcCursor {
        private final Iso2709Parser parser;

        Iso(InputStream in, ReadContext ctx) {
            super(in, ctx);
            this.parser = new Iso2709Parser(in, ctx);
        }

        @Override
        Parsed parse() throws IOException, Unreadable {
            MarcRecord m;
            try {
                m = parser.next();
            } catch (IllegalArgumentException e) {
                String cut = parser.lastWasCut() ? " (truncated at end of file)" : "";
                throw new Unreadable(0, null, "", "MARC record " + (ordinal + 1) + " not read" + cut + ": " + Printable.message(e));
            }
            return m == null ? null : new Parsed(m, 0, "", parser.lastWasCut());
        }
    }

    /** MARCXML records, framed one {@code <record>} at a time. */
    static final class Xml extends MarcCursor {
        private final XmlFramer framer;
        private final boolean reencoded;

        Xml(Utf8Input.Opened in, ReadContext ctx) {
            super(in.stream(), ctx);
            this.reencoded = in.reencoded();
            this.framer = new XmlFramer(in.stream(), MAX_RECORD_BYTES, "record", (name, attrs) -> name.equals("collection"));
        }

        @Override
        Parsed parse() throws IOException, Unreadable, Fatal {
            while (true) {
                XmlFramer.Frame f = framer.next();
                if (f == null) {
                    return null;
                }
                switch (f.kind()) {
                    case DOCUMENT -> {
                        return read(f, false);
                    }
                    case BROKEN -> {
                        if (f.atEnd() && f.bytes() != null) {
                            return read(f, true);
                        }
                        throw new Unreadable(f.line(), null, f.text(), "MARCXML " + f.problem());
                    }
                    case NOTE -> ctx.warn(f.line(), null, "MARCXML: " + f.problem());
                    case UNREADABLE -> throw new Fatal(f.line(), "MARCXML refused: " + f.problem() + "; rest of file skipped");
                    default -> throw new IllegalStateException(f.kind().name());
                }
            }
        }

        private Parsed read(XmlFramer.Frame f, boolean cut) throws Unreadable {
            MarcXmlParser parser = null;
            try {
                XMLStreamReader x = FramedXml.open(f, reencoded ? "UTF-8" : framer.encoding());
                try {
                    parser = new MarcXmlParser(x, f.line() - 1);
                    MarcRecord m = parser.next();
                    if (m == null) {
                        throw new Unreadable(f.line(), null, f.text(), "MARCXML record holds nothing");
                    }
                    return new Parsed(m, f.line(), f.text(), false);
                } finally {
                    x.close();
                }
            } catch (XMLStreamException e) {
                if (cut && parser != null) {
                    return new Parsed(parser.partial(), f.line(), f.text(), true);
                }
                throw new Unreadable(FramedXml.line(e, f.line()), null, f.text(), "MARCXML record not read: "
                        + FramedXml.describe(e));
            }
        }
    }

    /** MARC-in-JSON records, framed one object at a time. */
    static final class Json extends MarcCursor {
        private final JsonFramer framer;

        Json(InputStream in, ReadContext ctx) {
            super(in, ctx);
            this.framer = new JsonFramer(in, MAX_RECORD_BYTES, false);
        }

        @Override
        Parsed parse() throws IOException, Unreadable, Fatal {
            while (true) {
                JsonFramer.Frame f = framer.next();
                if (f == null) {
                    return null;
                }
                switch (f.kind()) {
                    case DOCUMENT -> {
                        return read(f, false);
                    }
                    case BROKEN -> {
                        if (f.atEnd() && f.bytes() != null) {
                            return read(f, true);
                        }
                        throw new Unreadable(f.line(), null, f.text(), "MARC-in-JSON " + f.problem());
                    }
                    case SKIPPED -> throw new Unreadable(f.line(), null, "", "MARC-in-JSON: " + f.problem()
                            + " where a record was expected");
                    case NOTE -> ctx.warn(f.line(), null, "MARC-in-JSON: " + f.problem());
                    case UNREADABLE -> throw new Fatal(f.line(), "MARC-in-JSON cannot be read further: " + f.problem()
                            + "; rest of file skipped");
                    default -> throw new IllegalStateException(f.kind().name());
                }
            }
        }

        private Parsed read(JsonFramer.Frame f, boolean cut) throws IOException, Unreadable {
            MarcJsonParser parser = null;
            try (var p = JsonLimits.open(new ByteArrayInputStream(f.bytes()))) {
                parser = new MarcJsonParser(p, f.line() - 1);
                MarcRecord m = parser.next();
                if (m == null) {
                    throw new Unreadable(f.line(), null, f.text(), "MARC-in-JSON record holds nothing");
                }
                return new Parsed(m, f.line(), f.text(), false);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                if (cut && parser != null) {
                    return new Parsed(parser.partial(), f.line(), f.text(), true);
                }
                int line = e.getLocation() == null ? f.line() : f.line() + e.getLocation().getLineNr() - 1;
                throw new Unreadable(line, null, f.text(), "MARC-in-JSON record not read: "
                        + (e.getOriginalMessage() == null ? Printable.message(e) : e.getOriginalMessage()));
            } catch (IOException e) {
                if (cut && parser != null) {
                    return new Parsed(parser.partial(), f.line(), f.text(), true);
                }
                throw new Unreadable(f.line(), null, f.text(), "MARC-in-JSON record not read: " + Printable.message(e));
            }
        }
    }

    /**
     * MARC staff views: a record starts at a LEADER row, or at a 001 row when the record being
     * read already has one; lines before the first row of a record (page headers) are skipped.
     * Lines are cleaned as they are read ({@link ValueCleaner#line}).
     */
    static final class StaffView extends MarcCursor {
        private final LineReader lines;
        private LineReader.Line pending;
        private final List<Integer> cleanedLines = new ArrayList<>();

        StaffView(LineReader lines, ReadContext ctx) {
            super(null, ctx);
            this.lines = lines;
        }

        @Override
        Parsed parse() throws IOException {
            List<String> text = new ArrayList<>();
            int first = 0;
            boolean has001 = false;
            boolean ended = true;
            for (LineReader.Line l = take(); l != null; l = take()) {
                String t = l.ok() ? l.text() : "";
                boolean row = MarcStaffView.isRow(t);
                String s = t.strip();
                boolean starts = row && (s.startsWith("LEADER") || s.startsWith("LDR") || (s.startsWith("001") && has001));
                if (starts && first > 0) {
                    pending = l;
                    ended = false;
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
            if (first == 0) {
                return null;
            }
            boolean cut = ended && lines.endedWithoutLineBreak() && MarcStaffView.isCutRow(text.get(text.size() - 1));
            if (cut) {
                text.remove(text.size() - 1); // the cut row is no field
            }
            MarcRecord m = MarcStaffView.parse(text, first);
            if (!cleanedLines.isEmpty()) {
                ctx.warn(cleanedLines.get(0), m.control("001").orElse(null), "control or bidi characters removed (MARC view)");
                cleanedLines.clear();
            }
            return new Parsed(m, first, String.join("\n", text) + "\n", cut);
        }

        private LineReader.Line take() throws IOException {
            LineReader.Line l = pending;
            pending = null;
            if (l != null) {
                return l;
            }
            l = lines.next();
            if (l == null || !l.ok() || lines.lastLineIsPlain()) {
                return l;
            }
            String t = ValueCleaner.line(l.text());
            if (t == l.text()) {
                return l;
            }
            if (ValueCleaner.hasRemovable(l.text())) {
                cleanedLines.add(l.number());
            }
            return new LineReader.Line(t, l.number(), null);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

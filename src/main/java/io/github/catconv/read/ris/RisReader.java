package io.github.catconv.read.ris;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import io.github.catconv.read.ValueCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RIS ({@code --from ris}): the tagged format of the RIS specification (2011) as Zotero,
 * EndNote, Mendeley, Web of Science and PubMed-fed tools export it. Streams one record at a time.
 *
 * <p>Lines: {@code XX  - value} with one or two spaces before the hyphen and the value optional
 * (Zotero's reading, {@code RIS.js}); CRLF, LF or CR; a byte order mark; blank lines anywhere. A line
 * that is no tag line continues the value before it (wrapped abstracts). {@code TY} opens a record,
 * {@code ER} closes it; a {@code TY} before the {@code ER} of the record before, or the end of the
 * input inside a record, closes it with a warning. Text outside a record is skipped with one
 * warning per run, but for the "Provider: …" header lines some exporters write before the first
 * record. Tag tables: {@link RisMapper}, {@code docs/readers.md}.
 */
public final class RisReader implements SplittableReader {

    /** Needed by {@link java.util.ServiceLoader}. */
    public RisReader() {
    }

    @Override
    public String id() {
        return "ris";
    }

    @Override
    public String description() {
        return "RIS tagged records (RIS 2011; Zotero, EndNote, Mendeley, Web of Science exports)";
    }

    /**
     * Sure (95) when the first tag line is {@code TY  - } (after at most five exporter header
     * lines); sure too (90) when a whole record, {@code TY} to {@code ER}, follows other text, so
     * that a file holding RIS beside another format is ambiguous rather than taken for the other;
     * 0 otherwise.
     */
    @Override
    public int sniff(String sample) {
        String s = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        boolean first = true;
        boolean open = false;
        int headers = 0;
        for (String line : s.split("\\R", 400)) {
            if (line.isBlank()) {
                continue;
            }
            String tag = tagOf(line);
            if (first && tag == null && isHeader(line) && headers++ < 5) {
                continue; // "Provider: …", "Database: …", "Content: …" before the first record
            }
            if (first && "TY".equals(tag)) {
                return 95;
            }
            first = false;
            if ("TY".equals(tag) && line.startsWith("TY  - ")) {
                open = true;
            } else if (open && "ER".equals(tag)) {
                return 90;
            }
        }
        return 0;
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        return new Cursor(new LineReader(in, context.charset().orElse(null), context.maxLineLength()), context);
    }

    /** Cutting records on the splitter thread, mapping each on a worker. */
    @Override
    public Splitter split(InputStream in, ReadContext context) throws IOException {
        Cursor cursor = new Cursor(new LineReader(in, context.charset().orElse(null), context.maxLineLength()), context);
        OncePerFile once = new OncePerFile();
        return new Splitter() {
            @Override
            public Chunk next() throws IOException {
                return cursor.nextCut();
            }

            @Override
            public BibRecord inOrder(BibRecord record, Chunk chunk, ReadContext ctx) {
                once.report(((Cursor.Cut) chunk).cleaned, ctx); // the first double-encoded value of the file
                return record;
            }

            @Override
            public void close() throws IOException {
                cursor.close();
            }
        };
    }

    /**
     * The header lines some exporters (Web of Science, Wiley, EBSCO) put before the first record:
     * "Provider: …", "Database: …", "Content: …".
     */
    static boolean isHeader(String line) {
        int colon = line.indexOf(':');
        if (colon < 2 || colon > 20) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * The tag of a RIS line ({@code ^([A-Z][A-Z0-9]) {1,2}-( .*)?$}, leading blanks allowed), or null.
     */
    static String tagOf(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i + 4 > n) {
            return null;
        }
        char a = line.charAt(i);
        char b = line.charAt(i + 1);
        if (a < 'A' || a > 'Z' || !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9')) {
            return null;
        }
        int k = i + 2;
        int spaces = 0;
        while (k < n && line.charAt(k) == ' ') {
            k++;
            spaces++;
        }
        if (spaces < 1 || spaces > 2 || k >= n || line.charAt(k) != '-') {
            return null;
        }
        if (k + 1 < n && line.charAt(k + 1) != ' ') {
            return null;
        }
        return line.substring(i, i + 2);
    }

    /** The value of a tag line: everything after {@code "- "}, trimmed. */
    static String valueOf(String line) {
        int dash = line.indexOf('-');
        return dash + 1 >= line.length() ? "" : line.substring(dash + 1).strip();
    }

    /** One tag line of a record. */
    record Line(String tag, String value, int number) {
    }

    private static final class Cursor implements RecordCursor {
        private final LineReader lines;
        private final ReadContext ctx;
        /** Stateless, so one serves every thread. */
        private static final RisMapper MAPPER = new RisMapper();
        private int index;
        private LineReader.Line pushedBack;
        private List<String> cleanedTags = new ArrayList<>();

        Cursor(LineReader lines, ReadContext ctx) {
            this.lines = lines;
            this.ctx = ctx;
        }

        /**
         * One record's lines as cut from the input, or the reason to reject it; remembers what
         * cleaning found, for the in-order report.
         */
        static final class Cut implements Chunk {
            final List<Line> lines;
            final String problem;
            final String raw;
            final int index;
            /** Tags of lines that lost control or bidi characters before they were parsed. */
            final List<String> cleanedTags;
            ValueCleaner.Cleaned cleaned;

            Cut(List<Line> lines, String problem, String raw, int index, List<String> cleanedTags) {
                this.lines = lines;
                this.problem = problem;
                this.raw = raw;
                this.index = index;
                this.cleanedTags = cleanedTags;
            }

            @Override
            public BibRecord toRecord(ReadContext context) {
                int line = lines.get(0).number();
                if (problem != null) {
                    context.reject(line, null, raw, problem);
                    return null;
                }
                cleaned = ValueCleaner.record(MAPPER.map(lines, index, context), context.options().fixMojibake());
                return cleaned.report(context, line, this::text, cleanedTags, line);
            }

            private String text() {
                StringBuilder sb = new StringBuilder();
                lines.forEach(l -> sb.append(l.tag()).append("  - ").append(l.value()).append('\n'));
                return sb.toString();
            }
        }

        private final OncePerFile once = new OncePerFile();

        @Override
        public BibRecord next() throws IOException {
            for (Cut cut = nextCut(); cut != null; cut = nextCut()) {
                BibRecord r = cut.toRecord(ctx);
                if (r != null) {
                    once.report(cut.cleaned, ctx);
                    return r;
                }
            }
            return null;
        }

        /** The next record's lines, or null at the end of the input. */
        Cut nextCut() throws IOException {
            List<Line> record = new ArrayList<>();
            StringBuilder raw = new StringBuilder();
            cleanedTags = new ArrayList<>();
            String problem = readRecord(record, raw);
            if (record.isEmpty()) {
                return null;
            }
            index++;
            return new Cut(record, problem, problem == null ? null : raw.toString(), index, cleanedTags);
        }

        /**
         * Reads the lines of the next record into {@code out}; returns a reason to reject it, or
         * null. Empty {@code out} at the end of the input.
         */
        private String readRecord(List<Line> out, StringBuilder raw) throws IOException {
            boolean outside = false;
            String problem = null;
            while (true) {
                LineReader.Line l = pushedBack != null ? pushedBack : lines.next();
                pushedBack = null;
                if (l == null) {
                    if (!out.isEmpty()) {
                        ctx.warn(out.get(0).number(), null, "record has no ER line before the end of the input");
                    }
                    return problem;
                }
                if (!l.ok()) {
                    if (out.isEmpty()) {
                        ctx.warn(l.number(), null, "line skipped: " + l.error());
                    } else if (problem == null) {
                        problem = "line " + l.number() + ": " + l.error();
                    }
                    continue;
                }
                // Cleaned before parsing, as every line reader does: a control character must not hide a tag.
                String text = ValueCleaner.line(l.text());
                boolean cleanedLine = ValueCleaner.hasRemovable(l.text());
                if (raw.length() < (1 << 20) && !out.isEmpty()) {
                    raw.append(text).append('\n');
                }
                if (text.isBlank()) {
                    continue;
                }
                String tag = tagOf(text);
                if (cleanedLine) {
                    String name = tag != null ? tag : out.isEmpty() ? "line " + l.number() : out.get(out.size() - 1).tag();
                    if (!cleanedTags.contains(name)) {
                        cleanedTags.add(name);
                    }
                }
                if (out.isEmpty()) {
                    if ("TY".equals(tag)) {
                        out.add(new Line(tag, valueOf(text), l.number()));
                        raw.append(text).append('\n');
                    } else if (!outside && !(index == 0 && isHeader(text))) {
                        outside = true;
                        ctx.warn(l.number(), null, "text outside a record (before TY) skipped");
                    }
                    continue;
                }
                if (tag == null && out.size() == 1) {
                    // TY is one code, so this wraps no value
                    ctx.warn(l.number(), null, "text after TY that is no tag line skipped");
                    continue;
                }
                if (tag == null) {
                    // A wrapped value: it continues the line before.
                    Line last = out.remove(out.size() - 1);
                    out.add(new Line(last.tag(), (last.value() + " " + text.strip()).strip(), last.number()));
                    continue;
                }
                if (tag.equals("ER")) {
                    return problem;
                }
                if (tag.equals("TY")) {
                    ctx.warn(out.get(0).number(), null, "record has no ER line; it ends at the TY of line " + l.number());
                    pushedBack = l;
                    return problem;
                }
                out.add(new Line(tag, valueOf(text), l.number()));
            }
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

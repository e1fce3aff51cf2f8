package io.github.catconv.write.ris;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes RIS ({@code --to ris}) as the RIS specification (2011) and Zotero's RIS translator do:
 * {@code TY} first, {@code ER  - } last, one {@code XX  - value} line per value, tags in the
 * fixed order of {@link RisTag}, records separated by one blank line.
 *
 * <p>Option {@code eol}: {@code crlf} (default, as the spec asks) or {@code lf}. Values are never
 * wrapped; every line break inside a value (CR, LF, VT, FF, NEL, U+2028, U+2029, and other
 * control characters) becomes a space, so no value can start a new tag or record. Values are
 * trimmed and empty values skipped. Streams: each record is written as it comes.
 */
public final class RisWriter implements RecordWriter {

    static final WriterOption EOL = WriterOption.oneOf("eol", "EOL", "Line ends.", "crlf", "crlf", "lf");

    /** Needed by {@link java.util.ServiceLoader}. */
    public RisWriter() {
        // options come through the WriteContext
    }

    @Override
    public String id() {
        return "ris";
    }

    @Override
    public String description() {
        return "RIS tagged format (Zotero, EndNote, Mendeley); option eol=crlf|lf";
    }

    @Override
    public String fileExtension() {
        return "ris";
    }

    @Override
    public List<WriterOption> options() {
        return List.of(EOL);
    }

    /**
     * Opens a RIS output on {@code out}, which is never closed.
     *
     * @throws io.github.catconv.diag.CatconvException (usage) when option {@code eol} is neither {@code crlf} nor {@code lf}
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) {
        Objects.requireNonNull(out, "out");
        return new Sink(out, lineEnd(context), new RisRecordMapper());
    }

    /** The line end chosen by option {@code eol}; CRLF when absent. */
    static String lineEnd(WriteContext context) {
        return context.choice(EOL).equals("lf") ? "\n" : "\r\n";
    }

    /**
     * A value made safe for one RIS line: every character that some reader treats as a line
     * break or that is a control character becomes a space; then the value is trimmed.
     */
    static String lineSafe(String value) {
        int i = 0;
        while (i < value.length() && !breaksLine(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value.strip(); // the usual case: nothing to replace, no copy
        }
        char[] chars = value.toCharArray();
        for (; i < chars.length; i++) {
            if (breaksLine(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars).strip();
    }

    /** C0/C1 controls (CR, LF, VT, FF, FS, GS, RS, NEL, tab ...) and U+2028/U+2029. */
    private static boolean breaksLine(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /** One open RIS output. */
    private static final class Sink implements RecordSink {
        private final Writer out;
        private final String eol;
        private final RisRecordMapper mapper;
        private boolean first = true;

        Sink(Writer out, String eol, RisRecordMapper mapper) {
            this.out = out;
            this.eol = eol;
            this.mapper = mapper;
        }

        @Override
        public void write(BibRecord record) throws IOException {
            RisEntry entry = mapper.map(Objects.requireNonNull(record, "record"));
            StringBuilder sb = new StringBuilder(1024);
            if (!first) {
                sb.append(eol);
            }
            first = false;
            sb.append("TY  - ").append(entry.type().code()).append(eol);
            for (RisTag tag : RisTag.values()) {
                for (String v : entry.values(tag)) {
                    String safe = lineSafe(v);
                    if (!safe.isEmpty()) {
                        sb.append(tag.name()).append("  - ").append(safe).append(eol);
                    }
                }
            }
            sb.append("ER  - ").append(eol);
            out.write(sb.toString());
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }
}

package io.github.catconv.read;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
import io.github.catconv.internal.Printable;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader needs to know about the input it reads, and where it reports problems.
 */
public final class ReadContext {

    /** Default cap on one input line, in bytes (1 MiB). */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

    /** Receives the raw text of each rejected record (for {@code --rejects}). */
    @FunctionalInterface
    public interface RejectSink {
        void rejected(String file, int line, String recordId, String rawText);
    }

    /** Counts a record that was read but neither written nor rejected (for the summary). */
    @FunctionalInterface
    public interface SkipSink {
        void skipped(String file, int line, String recordId);
    }

    /**
     * The reader-side choices of a run.
     *
     * @param strict a record that would be written with a warning about its own soundness (truncated
     *               at the end of the file) is rejected instead
     * @param fixMojibake repair text that was UTF-8 decoded as Windows-1252 ({@code --fix-mojibake})
     */
    public record Options(boolean strict, boolean fixMojibake) {
        /** No option set. */
        public static final Options DEFAULT = new Options(false, false);
    }

    private final String fileName;
    private final DiagnosticSink diagnostics;
    private final Charset charset;
    private final int maxLineLength;
    private final RejectSink rejects;
    private final SkipSink skips;
    private final Options options;

    /**
     * @param fileName name used in diagnostics ("-" for standard input)
     * @param diagnostics where problems go
     * @param charset the input encoding, or null to detect it (UTF-8 unless a BOM says otherwise)
     * @param maxLineLength longest accepted line in bytes
     * @param rejects receives raw text of rejected records, or null
     */
    public ReadContext(String fileName, DiagnosticSink diagnostics, Charset charset, int maxLineLength,
                       RejectSink rejects) {
        this(fileName, diagnostics, charset, maxLineLength, rejects, null, Options.DEFAULT);
    }

    /**
     * @param fileName name used in diagnostics ("-" for standard input)
     * @param diagnostics where problems go
     * @param charset the input encoding, or null to detect it (UTF-8 unless a BOM says otherwise)
     * @param maxLineLength longest accepted line in bytes
     * @param rejects receives raw text of rejected records, or null
     * @param skips counts skipped records, or null
     * @param options the reader-side options; not null
     */
    public ReadContext(String fileName, DiagnosticSink diagnostics, Charset charset, int maxLineLength,
                       RejectSink rejects, SkipSink skips, Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.skips = skips == null ? (f, l, id) -> { } : skips;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.charset = charset;
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive");
        }
        this.maxLineLength = maxLineLength;
        this.rejects = rejects == null ? (f, l, id, raw) -> { } : rejects;
    }

    /** A context with defaults, for tests and simple callers. */
    public static ReadContext of(String fileName, DiagnosticSink diagnostics) {
        return new ReadContext(fileName, diagnostics, null, DEFAULT_MAX_LINE_LENGTH, null);
    }

    public String fileName() {
        return fileName;
    }

    /** The encoding the user chose, empty to detect. */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    public int maxLineLength() {
        return maxLineLength;
    }

    /** The reader-side options. */
    public Options options() {
        return options;
    }

    /** Reports a warning about this input. */
    public void warn(int line, String recordId, String message) {
        report(Severity.WARNING, line, recordId, message);
    }

    /**
     * Reports a diagnostic of any severity about this input. Control characters in the record id
     * or the message (which may quote a value) are shown escaped, never sent to the terminal.
     */
    public void report(Severity severity, int line, String recordId, String message) {
        String oneLine = message == null ? null : message.replace('\n', ' ').replace('\r', ' ');
        diagnostics.report(new Diagnostic(severity, fileName, line, Printable.escape(recordId), Printable.escape(oneLine)));
    }

    /**
     * Rejects one record: reports an error and hands its raw text to the reject sink.
     */
    public void reject(int line, String recordId, String rawText, String message) {
        report(Severity.ERROR, line, recordId, message);
        rejects.rejected(fileName, line, recordId, rawText);
    }

    /**
     * Skips one record that was read but holds nothing to write (an empty document, a value where
     * a document was expected): a warning, counted apart from written and rejected records.
     */
    public void skip(int line, String recordId, String message) {
        report(Severity.WARNING, line, recordId, message);
        skips.skipped(fileName, line, recordId);
    }
}

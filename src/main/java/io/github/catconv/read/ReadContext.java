package io.github.catconv.read;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
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

    private final String fileName;
    private final DiagnosticSink diagnostics;
    private final Charset charset;
    private final int maxLineLength;
    private final RejectSink rejects;

    /**
     * @param fileName name used in diagnostics ("-" for standard input)
     * @param diagnostics where problems go
     * @param charset the input encoding, or null to detect it (UTF-8 unless a BOM says otherwise)
     * @param maxLineLength longest accepted line in bytes
     * @param rejects receives raw text of rejected records, or null
     */
    public ReadContext(String fileName, DiagnosticSink diagnostics, Charset charset, int maxLineLength,
                       RejectSink rejects) {
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

    /** Reports a warning about this input. */
    public void warn(int line, String recordId, String message) {
        diagnostics.report(new Diagnostic(Severity.WARNING, fileName, line, recordId, message));
    }

    /** Reports a diagnostic of any severity about this input. */
    public void report(Severity severity, int line, String recordId, String message) {
        diagnostics.report(new Diagnostic(severity, fileName, line, recordId, message));
    }

    /**
     * Rejects one record: reports an error and hands its raw text to the reject sink.
     */
    public void reject(int line, String recordId, String rawText, String message) {
        diagnostics.report(new Diagnostic(Severity.ERROR, fileName, line, recordId, message));
        rejects.rejected(fileName, line, recordId, rawText);
    }
}

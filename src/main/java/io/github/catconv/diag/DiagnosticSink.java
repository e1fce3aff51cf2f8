package io.github.catconv.diag;

/**
 * Receives diagnostics as they are found. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface DiagnosticSink {

    /** Reports one diagnostic. */
    void report(Diagnostic diagnostic);

    /** A sink that drops everything (for tests and sniffing). */
    static DiagnosticSink discard() {
        return d -> { };
    }
}

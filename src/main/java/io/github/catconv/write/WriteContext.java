package io.github.catconv.write;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Options and the diagnostic sink for one output.
 *
 * <p>Options are plain name → value strings (the long option name without dashes, e.g.
 * {@code key-pattern}, {@code eol}, {@code columns}); a writer reads the ones it knows.
 * Boolean flags are present with the value {@code "true"}.
 */
public final class WriteContext {

    private final Map<String, String> options;
    private final DiagnosticSink diagnostics;

    public WriteContext(Map<String, String> options, DiagnosticSink diagnostics) {
        this.options = Collections.unmodifiableMap(new TreeMap<>(options));
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** A context without options whose diagnostics are dropped (tests). */
    public static WriteContext defaults() {
        return new WriteContext(Map.of(), DiagnosticSink.discard());
    }

    /** The value of an option, if given. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** True when a boolean flag was given. */
    public boolean flag(String name) {
        return "true".equalsIgnoreCase(options.get(name));
    }

    /** All options (sorted by name). */
    public Map<String, String> options() {
        return options;
    }

    /** Reports a warning about one record, located at the record's source file and line. */
    public void warn(BibRecord record, String message) {
        diagnostics.report(new Diagnostic(Severity.WARNING, record.source().file(), record.source().line(),
                record.id(), message));
    }

    public DiagnosticSink diagnostics() {
        return diagnostics;
    }
}

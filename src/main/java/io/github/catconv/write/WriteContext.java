package io.github.catconv.write;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Options and the diagnostic sink for one output.
 *
 * <p>Options are plain name → value strings (the long option name without dashes, e.g.
 * {@code key-pattern}, {@code eol}, {@code columns}); a writer reads the ones it knows, best
 * through the {@link WriterOption}s it declares. Boolean flags are present with the value {@code "true"}.
 * A bad value is reported with {@link #invalidValue}, so every writer reports it the same way.
 */
public final class WriteContext {

    /** Told when a writer rejects a record it had accepted (for the run's counts). */
    @FunctionalInterface
    public interface Rejections {
        void rejectedAfterWrite();
    }

    private final Map<String, String> options;
    private final DiagnosticSink diagnostics;
    private final Rejections rejections;

    public WriteContext(Map<String, String> options, DiagnosticSink diagnostics) {
        this(options, diagnostics, () -> { });
    }

    /**
     * @param options writer options
     * @param diagnostics where problems go
     * @param rejections told of each record rejected after {@code write} accepted it
     */
    public WriteContext(Map<String, String> options, DiagnosticSink diagnostics, Rejections rejections) {
        this.options = Collections.unmodifiableMap(new TreeMap<>(options));
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
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

    /** The value of a declared option: the one given, else its default (empty when there is neither). */
    public Optional<String> option(WriterOption option) {
        return Optional.ofNullable(options.getOrDefault(option.name(), option.defaultValue()));
    }

    /** True when a declared flag was given. */
    public boolean flag(WriterOption option) {
        return flag(option.name());
    }

    /**
     * The value of an option with a closed set of values: the one given (trimmed, any case) in the
     * spelling of the declaration, else the default.
     *
     * @throws CatconvException (usage) when the value given is not one of the option's values
     * @throws IllegalArgumentException when the option has no closed set of values (a bug)
     */
    public String choice(WriterOption option) {
        if (option.values().isEmpty()) {
            throw new IllegalArgumentException("--" + option.name() + " has no closed set of values");
        }
        String given = options.get(option.name());
        if (given == null) {
            return option.defaultValue();
        }
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        for (String v : option.values()) {
            if (v.toLowerCase(Locale.ROOT).equals(wanted)) {
                return v;
            }
        }
        throw invalidValue(option, given, "valid values: " + String.join(", ", option.values()));
    }

    /**
     * The usage error (exit 64) for a bad option value, for the writer to throw; a writer bug
     * (any other exception) is an internal error instead.
     *
     * @param option the option
     * @param value the bad value (or the bad part of it)
     * @param valid what would be valid, e.g. {@code "valid values: crlf, lf"}
     */
    public CatconvException invalidValue(WriterOption option, String value, String valid) {
        return new CatconvException(ExitStatus.USAGE, "invalid value '" + value + "' for --" + option.name() + ": " + valid);
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

    /**
     * Rejects a record that {@code write} had accepted but the writer cannot output after all (a
     * buffering writer finds out only when it renders): an error naming it, and the run counts it
     * as rejected instead of written.
     *
     * @param file the record's source file, or null
     * @param line its line, 0 when unknown
     * @param recordId its id, not null
     * @param message what was wrong
     */
    public void rejectWritten(String file, int line, String recordId, String message) {
        diagnostics.report(new Diagnostic(Severity.ERROR, file, line, recordId, message));
        rejections.rejectedAfterWrite();
    }

    public DiagnosticSink diagnostics() {
        return diagnostics;
    }
}

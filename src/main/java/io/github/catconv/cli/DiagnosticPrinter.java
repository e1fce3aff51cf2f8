package io.github.catconv.cli;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints diagnostics on stderr, one line each. A warning of one kind (its message without the
 * quoted values, numbers and what follows a ';') is shown the first {@link #SHOWN} times; the rest
 * of that kind are counted and said in one line at the end, so that 50,000 duplicate ids do not
 * bury the one error. {@code --quiet} shows errors only, {@code --verbose} every warning.
 */
final class DiagnosticPrinter implements DiagnosticSink {

    /** Warnings of one kind shown before the rest are only counted. */
    static final int SHOWN = 10;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean verbose;
    private final Map<String, long[]> seen = new LinkedHashMap<>();

    DiagnosticPrinter(PrintWriter err, boolean quiet, boolean verbose) {
        this.err = err;
        this.quiet = quiet;
        this.verbose = verbose;
    }

    @Override
    public void report(Diagnostic d) {
        if (quiet && d.severity() != Severity.ERROR) {
            return;
        }
        synchronized (err) {
            if (d.severity() == Severity.WARNING && !verbose) {
                long[] n = seen.computeIfAbsent(kind(d.message()), k -> new long[1]);
                if (++n[0] > SHOWN) {
                    return;
                }
            }
            err.println(d.format());
            err.flush();
        }
    }

    /** The closing lines for the warnings that were only counted: {@code … and 49,740 more "duplicate record id" warnings}. */
    void finish() {
        synchronized (err) {
            seen.forEach((kind, n) -> {
                if (n[0] > SHOWN) {
                    err.println(String.format(Locale.ROOT, "warning: … and %,d more \"%s\" warnings (--verbose shows all)",
                            n[0] - SHOWN, kind));
                }
            });
            err.flush();
        }
    }

    /** "duplicate record skipped; duplicate of a.txt:12, …" and "date '1999?' is not …" lose their particulars. */
    static String kind(String message) {
        String k = message;
        int semicolon = k.indexOf(';');
        if (semicolon > 0) {
            k = k.substring(0, semicolon);
        }
        return k.replaceAll("'[^']*'", "").replaceAll("\\d+", "N").replaceAll("\\s+", " ").strip();
    }
}

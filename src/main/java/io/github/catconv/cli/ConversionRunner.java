package io.github.catconv.cli;

import io.github.catconv.convert.Conversion;
import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.convert.FolderFilter;
import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a conversion for a command and maps every outcome to one exit status, in one place.
 */
public final class ConversionRunner {

    private ConversionRunner() {
    }

    static int convert(ConversionOptions options, FolderFilter folders, CatconvCommand root, CommandSpec spec,
                       InputOptions in) {
        boolean debug = in.debug;
        boolean quiet = in.quiet;
        boolean verbose = in.verbose;
        PrintWriter err = spec.commandLine().getErr();
        if (root.stdinIsTerminal && options.inputs().contains("-")) {
            err.println("error: standard input is a terminal: pipe a dump into catconv or name a file"
                    + " (e.g. catconv convert dump.txt --to ris)");
            err.flush();
            return ExitStatus.USAGE.code();
        }
        DiagnosticPrinter sink = new DiagnosticPrinter(err, quiet, verbose);
        Conversion conversion = new Conversion(options, sink, root.stdin, folders);
        Thread notice = new Thread(() -> {
            err.println(interruptedMessage(options, conversion));
            err.flush();
        }, "catconv-interrupted");
        Runtime.getRuntime().addShutdownHook(notice);
        ExitStatus status = null;
        Throwable failure = null;
        try {
            status = conversion.run(root.dataOut);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if (stoppedBySignal(notice)) {
            // The notice says what happened; the JVM exits with 128 + the signal's number. Any error
            // here came from the shutdown (a temporary file deleted under a writer) and is not news.
            return ExitStatus.SOFTWARE.code();
        }
        sink.finish();
        if (failure instanceof CatconvException e) {
            if (e.status() == ExitStatus.IO_ERROR && conversion.writesToStandardOutput() && isBrokenPipe(e.getCause())) {
                // The reader of our output went away (e.g. "| head"): stop quietly, as Unix tools do.
                return ExitStatus.OK.code();
            }
            err.println("error: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            err.flush();
            return e.status().code();
        }
        if (failure != null) {
            err.println("error: internal error: " + failure + " (please report; --debug shows the stack trace)");
            if (debug) {
                StringWriter sw = new StringWriter();
                failure.printStackTrace(new PrintWriter(sw));
                err.print(sw);
            }
            err.flush();
            return ExitStatus.SOFTWARE.code();
        }
        if (options.stats() || verbose || status != ExitStatus.OK) {
            err.println(conversion.stats().summary());
        }
        err.flush();
        return status.code();
    }

    /**
     * Removes the notice hook; false when that is too late because the JVM is shutting down: a
     * signal (SIGINT, SIGTERM, SIGHUP) arrived during the run.
     */
    private static boolean stoppedBySignal(Thread notice) {
        try {
            Runtime.getRuntime().removeShutdownHook(notice);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The one line printed when a signal stops a run: what became of the output. */
    static String interruptedMessage(ConversionOptions options, Conversion conversion) {
        String what;
        if (!conversion.writesToStandardOutput()) {
            what = Files.isDirectory(options.output())
                    ? "files in " + options.output() + " not yet complete were left as they were"
                    : options.output() + " was left as it was";
        } else if (options.rejects() != null || options.writerOptions().containsKey("key-map")) {
            what = "standard output is incomplete; output files were left as they were";
        } else {
            return "error: interrupted by a signal before the run completed; standard output is incomplete";
        }
        return "error: interrupted by a signal before the run completed; " + what + " (temporary files removed)";
    }

    private static boolean isBrokenPipe(Throwable t) {
        return t instanceof IOException && t.getMessage() != null
                && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Stream closed"));
    }
}

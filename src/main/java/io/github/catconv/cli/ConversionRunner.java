package io.github.catconv.cli;

import io.github.catconv.convert.Conversion;
import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a conversion for a command and maps every outcome to one exit status, in one place.
 */
public final class ConversionRunner {

    private ConversionRunner() {
    }

    static int convert(ConversionOptions options, CatconvCommand root, CommandSpec spec, boolean debug) {
        PrintWriter err = spec.commandLine().getErr();
        if (root.stdinIsTerminal && options.inputs().contains("-")) {
            err.println("error: standard input is a terminal: pipe a dump into catconv or name a file"
                    + " (e.g. catconv convert dump.txt --to ris)");
            err.flush();
            return ExitStatus.USAGE.code();
        }
        DiagnosticSink sink = d -> {
            synchronized (err) {
                err.println(d.format());
                err.flush();
            }
        };
        Conversion conversion = new Conversion(options, sink, root.stdin);
        ExitStatus status;
        try {
            status = conversion.run(root.dataOut);
        } catch (CatconvException e) {
            if (e.status() == ExitStatus.IO_ERROR && options.output() == null && isBrokenPipe(e.getCause())) {
                // The reader of our output went away (e.g. "| head"): stop quietly, as Unix tools do.
                return ExitStatus.OK.code();
            }
            err.println("error: " + e.getMessage());
            if (debug && e.getCause() != null) {
                e.getCause().printStackTrace(err);
            }
            err.flush();
            return e.status().code();
        } catch (RuntimeException | Error e) {
            err.println("error: internal error: " + e + " (please report; --debug shows the stack trace)");
            if (debug) {
                StringWriter sw = new StringWriter();
                e.printStackTrace(new PrintWriter(sw));
                err.print(sw);
            }
            err.flush();
            return ExitStatus.SOFTWARE.code();
        }
        if (options.stats() || status != ExitStatus.OK) {
            err.println(conversion.stats().summary());
        }
        err.flush();
        return status.code();
    }

    private static boolean isBrokenPipe(Throwable t) {
        return t instanceof IOException && t.getMessage() != null
                && (t.getMessage().contains("Broken pipe") || t.getMessage().contains("Stream closed"));
    }
}

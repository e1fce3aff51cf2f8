package io.github.catconv.convert;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns the command-line inputs into the list of files to read: "-" is standard input, a directory
 * stands for every regular, non-hidden file below it, in name order (so runs are deterministic).
 */
final class Inputs {

    private final Supplier<InputStream> stdin;

    Inputs(Supplier<InputStream> stdin) {
        this.stdin = stdin;
    }

    List<InputFile> expand(List<String> args, DiagnosticSink diagnostics, RunStats stats) {
        List<InputFile> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                files.add(InputFile.stdin(stdin));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    int before = files.size();
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .sorted()
                            .forEach(f -> files.add(InputFile.of(f)));
                    if (files.size() == before) {
                        diagnostics.report(new Diagnostic(Severity.ERROR, arg, 0, null, "no files in this folder"));
                    }
                } catch (IOException | UncheckedIOException e) {
                    stats.files.incrementAndGet();
                    stats.filesRejected.incrementAndGet();
                    stats.filesUnreadable.incrementAndGet();
                    diagnostics.report(new Diagnostic(Severity.ERROR, arg, 0, null, "cannot read directory: " + e.getMessage()));
                }
            } else {
                files.add(InputFile.of(p));
            }
        }
        return files;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

package io.github.catconv.convert;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.Severity;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordReader;
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
 * stands for every regular, non-hidden file below it (recursively), in name order (so runs are
 * deterministic), that the folder filter lets through and, unless the reader is forced, that a
 * reader recognises: a folder's other text files (a README, notes) are skipped with one note each,
 * not read as broken records. A file named on the command line is always read.
 */
final class Inputs {

    private final Supplier<InputStream> stdin;
    private final FolderFilter filter;
    private final boolean sniffFolders;

    Inputs(Supplier<InputStream> stdin) {
        this(stdin, FolderFilter.ALL, true);
    }

    /** @param sniffFolders false when the reader is forced ({@code --from}): every file is read with it */
    Inputs(Supplier<InputStream> stdin, FolderFilter filter, boolean sniffFolders) {
        this.stdin = stdin;
        this.filter = filter;
        this.sniffFolders = sniffFolders;
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
                    List<Path> found = walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p, f))
                            .filter(f -> filter.accepts(p.relativize(f)))
                            .sorted()
                            .toList();
                    for (Path f : found) {
                        InputFile input = InputFile.of(f);
                        String skipped = sniffFolders ? notAnExport(input) : null;
                        if (skipped == null) {
                            files.add(input);
                        } else {
                            diagnostics.report(new Diagnostic(Severity.INFO, input.name(), 0, null, skipped));
                        }
                    }
                    if (files.size() == before) {
                        diagnostics.report(new Diagnostic(Severity.ERROR, arg, 0, null, found.isEmpty()
                                ? "no files in this folder" : "no catalog exports in this folder"));
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

    /**
     * Why a folder's text file is skipped, or null when a reader recognises it. One that cannot be
     * opened or is not text is kept: reading it reports the error, as for a named file.
     */
    private static String notAnExport(InputFile input) {
        try (InputFile.Opened opened = input.open()) {
            String sample = opened.sample();
            // An empty file is read, so that its warning tells of an empty download.
            return sample.isBlank() || recognised(sample) ? null : "not a catalog export (skipped; --from reads it anyway)";
        } catch (IOException e) {
            // Binary content is kept too: reading it reports the error, as a corrupt download
            // should be (case B15 in docs/errors.md).
            return null;
        }
    }

    /**
     * Some reader is more than unsure: readers answer "a low positive number" for text they might
     * read (RecordReader#sniff), as the VuFind reader does for any text, so that a named file is
     * still tried; a folder's file needs more than such a guess.
     */
    private static boolean recognised(String sample) {
        for (RecordReader r : ReaderRegistry.installed().all()) {
            if (r.sniff(sample) > UNSURE) {
                return true;
            }
        }
        return false;
    }

    /** The highest score that is only a guess (the VuFind reader's answer for any text). */
    static final int UNSURE = 5;

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

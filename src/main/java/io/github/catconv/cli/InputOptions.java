package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.read.ReadContext;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options about the inputs and error handling, shared by {@code convert} and {@code inspect}. */
public final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Dump files or folders of dumps; '-' reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "Input format (default: sniffed per file). See 'catconv formats'.")
    String from;

    @Option(names = "--input-encoding", paramLabel = "CHARSET",
            description = "Input encoding, e.g. windows-1252 (default: UTF-8, or UTF-16 after a byte order mark).")
    Charset inputEncoding;

    @Option(names = "--max-line-length", paramLabel = "BYTES", defaultValue = "" + ReadContext.DEFAULT_MAX_LINE_LENGTH,
            description = "Reject lines longer than this (default: ${DEFAULT-VALUE}).")
    int maxLineLength;

    @Option(names = "--strict", description = "Treat warnings as errors: exit 65 when any was reported.")
    boolean strict;

    @Option(names = "--fail-fast", description = "Stop at the first rejected record or file.")
    boolean failFast;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "0",
            description = "Stop after N errors (default: no limit).")
    int maxErrors;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write the raw text of each rejected record to FILE, to fix and re-run.")
    Path rejects;

    @Option(names = "--stats", description = "Print a summary line on stderr at the end.")
    boolean stats;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Option(names = "--fix-mojibake",
            description = "Repair UTF-8 text that was read as Windows-1252 once (\"BibliogrÃ¡ficos\" -> \"Bibliográficos\").")
    boolean fixMojibake;

    @Option(names = "--keep-unknown",
            description = "BibTeX/BibLaTeX: write fields the reader does not know as non-standard fields"
                    + " (CSL-JSON keeps them in 'custom' anyway).")
    boolean keepUnknown;

    @Option(names = "--warn-unknown", description = "Name each field the reader does not know, once per file.")
    boolean warnUnknown;

    /** The value options these flags give. */
    ConversionOptions.ValueOptions values() {
        return new ConversionOptions.ValueOptions(fixMojibake, keepUnknown, warnUnknown);
    }
}

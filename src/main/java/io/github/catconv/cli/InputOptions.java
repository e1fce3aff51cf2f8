package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.convert.FolderFilter;
import io.github.catconv.read.ReadContext;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Options about the inputs and error handling, shared by {@code convert} and {@code inspect}. */
public final class InputOptions {

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = {"Dump files or folders of dumps; '-' reads standard input, as does no INPUT when"
                    + " standard input is not a terminal.",
                "A folder is read recursively (hidden files and folders left out): each text file a reader"
                    + " recognises, the others skipped with a note."})
    List<String> inputs = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In folders, read only files matching GLOB (e.g. '*.txt'; with a '/', the path below the folder). Repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "In folders, skip files matching GLOB. Repeatable; wins over --include.")
    List<String> exclude = new ArrayList<>();

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

    @Option(names = {"-q", "--quiet"}, description = "Errors only: no warnings or notes (the summary still follows a failure).")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Every warning (default: the first 10 of each kind, then a count) and the summary line.")
    boolean verbose;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /**
     * The inputs to read: as given, or standard input when none is given and it is not a terminal
     * (as {@code cat} and {@code sort} do).
     *
     * @throws ParameterException for no input from a terminal, or '-' given twice
     */
    FolderFilter folderFilter(CommandSpec spec) {
        try {
            return FolderFilter.of(include, exclude);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid --include or --exclude pattern: " + e.getMessage());
        }
    }

    List<String> inputs(CatconvCommand root, CommandSpec spec) {
        if (quiet && verbose) {
            throw new ParameterException(spec.commandLine(), "--quiet and --verbose exclude each other");
        }
        if (inputs.isEmpty()) {
            if (root.stdinIsTerminal) {
                throw new ParameterException(spec.commandLine(),
                        "no INPUT given, and standard input is a terminal: name a file or pipe a dump in");
            }
            return List.of("-");
        }
        if (inputs.indexOf("-") != inputs.lastIndexOf("-")) {
            throw new ParameterException(spec.commandLine(), "'-' (standard input) can be read only once");
        }
        return inputs;
    }

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

package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catconv convert}: reads dumps and writes one output in the chosen format. The options of
 * the writers are not fields here: {@link #commandLine()} adds those the installed writers declare.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Converts catalog dumps to CSL-JSON, BibTeX, BibLaTeX, RIS or CSV.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  catconv convert dump.txt --to csl-json > items.json",
            "  catconv convert dumps/ --to bibtex -o all.bib --stats",
            "  cat a.txt b.txt | catconv convert - --to ris --eol lf | head"})
public final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    CatconvCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(names = {"-t", "--to"}, paramLabel = "FORMAT",
            completionCandidates = WriterIds.class,
            description = {"Output format: ${COMPLETION-CANDIDATES}; any case, and bib, json, csljson as aliases.",
                "Default: the format of -o's extension when only one writer writes it."})
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Output file (default: standard output; '-' too). Written atomically.",
                "An existing folder, or a name ending in '/' (created), gets one file per input."})
    String output;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Threads (default: the number of cores); output is identical for any N. 1 = one thread.")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Set by {@link #commandLine()}. */
    private WriterOptionSpecs writerOptions;

    /** The command with the options of the installed writers and its exit codes, for picocli. */
    static CommandLine commandLine() {
        ConvertCommand command = new ConvertCommand();
        CommandLine cl = new CommandLine(command);
        command.writerOptions = WriterOptionSpecs.addTo(cl.getCommandSpec(), WriterRegistry.installed().all());
        ExitCodes.listAll(cl.getCommandSpec());
        return cl;
    }

    /** The writer options given, by name (after parsing). */
    Map<String, String> writerOptionValues() {
        return writerOptions.values();
    }

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        List<RecordWriter> writers = WriterRegistry.installed().all();
        String writerId = writerId(writers);
        Path out;
        try {
            out = outputPath();
        } catch (CatconvException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return e.status().code();
        }
        Map<String, String> values = writerOptionValues();
        warnIgnored(writerId, spec.commandLine().getErr());
        ConversionOptions o = new ConversionOptions(in.inputs(root, spec), FormatNames.readerId(in.from), writerId, out,
                values, in.inputEncoding, in.maxLineLength, in.strict, in.failFast, in.maxErrors, in.rejects, in.stats,
                jobs);
        o = o.withValues(in.values());
        return ConversionRunner.convert(o, in.folderFilter(spec), root, spec, in);
    }

    /** {@code --to} resolved, or the one format that {@code -o}'s extension names. */
    private String writerId(List<RecordWriter> writers) {
        List<String> ids = WriterRegistry.installed().ids();
        if (to != null) {
            return FormatNames.writerId(to, ids);
        }
        if (output != null && !output.equals("-")) {
            List<String> candidates = FormatNames.writersForExtension(output, writers);
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            if (candidates.size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + FormatNames.extension(output)
                        + "' is written by " + String.join(" and ", candidates) + ": say which with --to");
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing required option: '--to=FORMAT' (one of " + String.join(", ", ids) + ")");
    }

    /** {@code -o}: '-' is standard output; a name ending in '/' is a folder, created when missing. */
    private Path outputPath() {
        if (output == null || output.equals("-")) {
            return null;
        }
        Path p;
        try {
            p = Path.of(output);
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid -o: " + e.getMessage());
        }
        if (output.endsWith("/") && !Files.isDirectory(p)) {
            try {
                Files.createDirectories(p);
            } catch (IOException e) {
                throw new CatconvException(ExitStatus.CANT_CREATE, "cannot create folder " + output + ": "
                        + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
            }
        }
        return p;
    }

    /** A writer option that the chosen writer does not read is said, not silently dropped. */
    private void warnIgnored(String writerId, PrintWriter err) {
        for (Map.Entry<String, List<String>> e : writerOptions.givenDeclared().entrySet()) {
            if (!e.getValue().contains(writerId)) {
                err.println("warning: --" + e.getKey() + " is read by " + String.join(", ", e.getValue())
                        + "; --to " + writerId + " ignores it");
            }
        }
        err.flush();
    }
}

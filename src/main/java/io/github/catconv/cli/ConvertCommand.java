package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import io.github.catconv.write.WriterRegistry;
import java.nio.file.Path;
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

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT",
            completionCandidates = WriterIds.class,
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Output file (default: standard output). Written atomically.")
    Path output;

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
        ConversionOptions o = new ConversionOptions(in.inputs, in.from, to, output, writerOptionValues(),
                in.inputEncoding, in.maxLineLength, in.strict, in.failFast, in.maxErrors, in.rejects, in.stats, jobs);
        return ConversionRunner.convert(o, root, spec, in.debug);
    }
}

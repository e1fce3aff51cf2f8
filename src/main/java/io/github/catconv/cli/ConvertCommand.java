package io.github.catconv.cli;

import io.github.catconv.convert.ConversionOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code catconv convert}: reads dumps and writes one output in the chosen format. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Converts catalog dumps to CSL-JSON, BibTeX, BibLaTeX, RIS or CSV.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:all records written (warnings allowed)",
            "64:usage error",
            "65:some records or files rejected; all good records written",
            "66:no input could be read",
            "70:internal error (a bug; --debug shows the stack trace)",
            "73:output could not be created",
            "74:write failed, e.g. disk full"},
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

    @Mixin
    WriterOptions writerOptions;

    @Mixin
    CitationOptions citation;

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        Map<String, String> opts = new LinkedHashMap<>(writerOptions.asMap());
        opts.putAll(citation.asMap());
        ConversionOptions o = new ConversionOptions(in.inputs, in.from, to, output, opts, in.inputEncoding,
                in.maxLineLength, in.strict, in.failFast, in.maxErrors, in.rejects, in.stats, jobs);
        o = o.withValues(in.values());
        return ConversionRunner.convert(o, root, spec, in.debug);
    }
}

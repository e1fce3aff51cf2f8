package io.github.catconv.cli;

import java.io.InputStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * The root command. Holds the raw data streams the subcommands convert to and from, which
 * {@link Main} sets: data output must fail loudly on a closed pipe, unlike picocli's PrintWriter.
 * Its subcommands are added by {@link Main} (see {@link #SUBCOMMANDS}).
 */
@Command(name = "catconv",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Converts raw VuFind catalog dumps into CSL-JSON, BibTeX, BibLaTeX, RIS and CSV.",
        exitCodeOnInvalidInput = 64,
        exitCodeOnExecutionException = 70,
        footerHeading = "%nExamples:%n",
        footer = {
            "  catconv convert dump.txt --to csl-json > items.json",
            "  cat page1.txt page2.txt | catconv convert - --to ris",
            "  catconv dumps/ --to bibtex -o all.bib      (the word 'convert' may be left out)",
            "  catconv inspect dump.txt",
            "  catconv formats"})
public final class CatconvCommand {

    /**
     * The subcommands, in the order help lists them. Main adds only the one a command line names
     * (each one's model costs picocli start-up time), or all of them for help and usage errors.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("convert", ConvertCommand::new);
        SUBCOMMANDS.put("formats", FormatsCommand::new);
        SUBCOMMANDS.put("inspect", InspectCommand::new);
        SUBCOMMANDS.put("styles", StylesCommand::new);
    }

    Writer dataOut;
    Supplier<InputStream> stdin;
    /** True when standard input is a terminal (set by {@link Main#main} only), so '-' would wait for typing. */
    boolean stdinIsTerminal;
}

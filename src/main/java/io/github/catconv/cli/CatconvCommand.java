package io.github.catconv.cli;

import java.io.InputStream;
import java.io.Writer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * The root command. Holds the raw data streams the subcommands convert to and from, which
 * {@link Main} sets: data output must fail loudly on a closed pipe, unlike picocli's PrintWriter.
 * Its subcommands ({@link Subcommand}) and exit codes are added by {@link Main}.
 */
@Command(name = "catconv",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Converts raw VuFind catalog dumps into CSL-JSON, BibTeX, BibLaTeX, RIS and CSV.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  catconv convert dump.txt --to csl-json > items.json",
            "  cat page1.txt page2.txt | catconv convert - --to ris",
            "  catconv dumps/ --to bibtex -o all.bib    ('convert' may be left out)",
            "  catconv inspect dump.txt",
            "  catconv formats"})
public final class CatconvCommand {

    Writer dataOut;
    Supplier<InputStream> stdin;
    /** True when standard input is a terminal (set by {@link Main#main} only), so '-' would wait for typing. */
    boolean stdinIsTerminal;
}

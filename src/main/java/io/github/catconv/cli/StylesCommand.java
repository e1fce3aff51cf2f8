package io.github.catconv.cli;

import io.github.catconv.cite.StyleSearch;
import io.github.catconv.diag.ExitStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code catconv styles [WORDS]}: finds citation styles for {@code --to citation --style}. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "Lists the installed CSL citation styles whose id or title contains all WORDS "
                + "(case-insensitive): id, then title. Without WORDS, lists all styles.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  catconv styles medical",
            "  catconv styles chicago author",
            "  catconv convert dump.txt --to citation --style american-medical-association"})
public final class StylesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "Words that id or title must contain.")
    List<String> words = new ArrayList<>();

    /** Exit status when no style matches, as grep does. */
    static final int NO_MATCH = 1;

    /** The command with its exit codes, for picocli. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StylesCommand());
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(ExitCodes.key(ExitStatus.OK.code()), "at least one style found");
        codes.put(ExitCodes.key(NO_MATCH), "no style matches");
        codes.put(ExitCodes.key(ExitStatus.USAGE.code()), ExitStatus.USAGE.meaning());
        ExitCodes.list(cl.getCommandSpec(), codes);
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StyleSearch.Match> matches = StyleSearch.find(words);
        for (StyleSearch.Match m : matches) {
            String parent = m.parent() == null ? "" : "  (uses " + m.parent() + ")";
            out.printf("%-48s %s%s%n", m.id(), m.title(), parent);
        }
        out.flush();
        if (matches.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("no style matches " + String.join(" ", words));
            err.flush();
            return NO_MATCH;
        }
        return ExitStatus.OK.code();
    }
}

package io.github.catconv.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run of the launcher's class-data-sharing archive (docs/performance.md, "Start-up"):
 * after each build the launcher runs this class once with {@code -XX:DumpLoadedClassList} and dumps the
 * classes it loaded into a static archive, so the classes that a one-liner loads (picocli, the VuFind
 * reader, every writer, the citation writer) are mapped from the archive on later starts instead of
 * being loaded and verified again.
 *
 * <p>Not a command: it converts the sample files given as arguments to every output format, output
 * discarded, and exits 0 even when a conversion fails (a bad training run only makes a smaller archive).
 */
public final class CdsTraining {

    private static final String[][] RUNS = {
        {"--to", "bibtex"}, {"--to", "biblatex"}, {"--to", "csl-json"}, {"--to", "ris"}, {"--to", "csv"},
        {"--to", "citation", "--style", "apa"}, {"--to", "csl-json", "--jobs=1"},
    };

    private CdsTraining() {
    }

    /**
     * Converts each input to each format, output discarded.
     *
     * @param args dump files (e.g. samples/pubmed-6092784.txt); none means only start-up classes are loaded
     */
    public static void main(String[] args) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        Main.run(none, none, "--version");
        Main.run(none, none, "--help");
        Main.run(none, none, "formats");
        for (String file : args) {
            Main.run(none, none, "inspect", file);
            for (String[] run : RUNS) {
                String[] a = new String[run.length + 2];
                a[0] = "convert";
                a[1] = file;
                System.arraycopy(run, 0, a, 2, run.length);
                Main.run(none, none, a);
            }
        }
    }
}

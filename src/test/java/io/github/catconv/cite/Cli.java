package io.github.catconv.cite;

import io.github.catconv.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for the citation tests. */
public final class Cli {

    /** Exit code, standard output and standard error of one run. */
    public record Result(int code, String out, String err) {
    }

    public static final String SEED = "samples/pubmed-6092784.txt";

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}

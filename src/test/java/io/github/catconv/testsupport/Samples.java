package io.github.catconv.testsupport;

import io.github.catconv.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample dumps in {@code samples/} and a one-call conversion of one of them. */
public final class Samples {

    /** The samples folder, relative to the project root (Surefire's working directory). */
    public static final Path DIR = Path.of("samples");

    private Samples() {
    }

    /** Every sample dump in {@code samples/} (page text, Solr JSON and JSON lines, Solr XML, MARCXML, raw MARC), sorted. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().matches(".*\\.(txt|json|jsonl|xml|mrc)$")).sorted().toList();
        }
    }

    /** Every sample's file name, sorted. */
    public static Stream<String> names() throws IOException {
        return all().stream().map(Path::getFileName).map(Path::toString);
    }

    /** Converts one sample with one writer through the CLI; returns stdout; fails on exit codes other than 0 and 65. */
    public static String convert(String writer, String sample) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "convert", DIR.resolve(sample).toString(),
                "--to", writer);
        if (code != 0 && code != 65) {
            throw new AssertionError("exit " + code + ": " + err);
        }
        return out.toString();
    }
}

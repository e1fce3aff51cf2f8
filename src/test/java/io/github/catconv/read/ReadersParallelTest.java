package io.github.catconv.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The new readers' parallel path (splitter thread, mapping on workers) gives byte-identical output,
 * the same diagnostics in the same order, the same rejects and exit code as {@code --jobs 1}: on
 * catconv's output of every sample followed by broken records and warnings of every kind.
 */
class ReadersParallelTest {

    private record Result(int code, String out, String err, String rejects) {
    }

    private static Result run(Path input, String from, int jobs, Path rejects) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "convert", input.toString(), "--from", from,
                "--to", "csl-json", "--jobs", String.valueOf(jobs), "--rejects", rejects.toString(), "--stats");
        return new Result(code, out.toString(), err.toString(), Files.readString(rejects, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bibtex|hand.bib",
        "biblatex|zotero-bbt.bib",
        "ris|wos.ris",
        "csl-json|zotero.json"})
    void jobsGiveTheSameOutputDiagnosticsAndRejects(String from, String broken, @TempDir Path tmp) throws IOException {
        String[] samples = Samples.all().stream().map(Path::toString).toArray(String[]::new);
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(List.of(samples));
        args.addAll(List.of("--to", from));
        StringWriter corpus = new StringWriter();
        Main.run(new PrintWriter(corpus), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
        String extra = Files.readString(Path.of("src/test/resources/read", broken), StandardCharsets.UTF_8);
        String text = from.equals("csl-json")
                ? corpus.toString().strip().replaceAll("\\]$", ",") + extra.strip().substring(1) + "\n"
                : corpus + "\n" + extra;
        Path input = tmp.resolve("input." + from);
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Result one = run(input, from, 1, tmp.resolve("r1.txt"));
        Result three = run(input, from, 3, tmp.resolve("r3.txt"));
        assertEquals(one.code(), three.code());
        assertEquals(one.err(), three.err());
        assertEquals(one.out(), three.out());
        assertEquals(one.rejects(), three.rejects());
        assertTrue(one.out().length() > 100_000, "output size " + one.out().length());
        assertTrue(one.err().contains("warning") || one.err().contains("error"), one.err());
    }
}

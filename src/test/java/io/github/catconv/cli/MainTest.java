package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@code Main.run}: stdout, stderr and exit codes. */
class MainTest {

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static Result runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = stdin == null
                ? Main.run(new PrintWriter(out), new PrintWriter(err), args)
                : Main.run(new PrintWriter(out), new PrintWriter(err),
                        () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static final String SEED = "samples/pubmed-6092784.txt";

    @Test
    void convertSeedToCslJson() {
        Result r = run("convert", SEED, "--to", "csl-json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"DOI\" : \"10.1186/s12954-018-0245-7\"") || r.out().contains("\"DOI\": \"10.1186/s12954-018-0245-7\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void convertWordMayBeLeftOut() {
        assertEquals(run("convert", SEED, "--to", "csl-json").out(), run(SEED, "--to", "csl-json").out());
    }

    @Test
    void stdinIsDash() throws Exception {
        String dump = Files.readString(Path.of(SEED));
        Result viaStdin = runWithStdin(dump, "convert", "-", "--to", "csl-json");
        assertEquals(0, viaStdin.code(), viaStdin.err());
        assertTrue(viaStdin.out().contains("Tookey"));
    }

    @Test
    void unknownFormatIsUsageError() {
        Result r = run("convert", SEED, "--to", "nope");
        assertEquals(64, r.code());
        assertTrue(r.err().contains("csl-json"), r.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        assertEquals(64, run("convert", SEED, "--to", "csl-json", "--bogus").code());
        assertEquals(64, run().code());
    }

    @Test
    void missingInputIsNoInput() {
        Result r = run("convert", "does-not-exist.txt", "--to", "csl-json");
        assertEquals(66, r.code());
        assertTrue(r.err().startsWith("error does-not-exist.txt: cannot read: no such file"), r.err());
        assertTrue(r.err().contains("summary: 1 file (1 rejected), 0 records read, 0 written, 0 rejected"), r.err());
    }

    @Test
    void outputFileWrittenAtomicallyAndStatsPrinted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("items.json");
        Result r = run("convert", SEED, "--to", "csl-json", "-o", out.toString(), "--stats");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).startsWith("["));
        assertTrue(r.err().contains("1 records read, 1 written, 0 rejected"), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void outputEqualToInputIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("d.txt");
        Files.copy(Path.of(SEED), in);
        byte[] before = Files.readAllBytes(in);
        Result r = run("convert", in.toString(), "--to", "csl-json", "-o", in.toString());
        assertEquals(64, r.code());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(in));
    }

    @Test
    void missingOutputFolderCannotCreate(@TempDir Path dir) {
        Result r = run("convert", SEED, "--to", "csl-json", "-o", dir.resolve("no/such/x.json").toString());
        assertEquals(73, r.code());
    }

    @Test
    void folderInputAndFormatsAndInspect() {
        Result f = run("formats");
        assertEquals(0, f.code());
        assertTrue(f.out().contains("vufind") && f.out().contains("csl-json"), f.out());
        Result i = run("inspect", SEED);
        assertEquals(0, i.code(), i.err());
        assertTrue(i.out().contains("container abbr Harm Reduct J"), i.out());
        assertTrue(i.out().contains("<- spelling:"), i.out());
        Result dir = run("convert", "samples", "--to", "csl-json");
        assertFalse(dir.out().isEmpty());
    }

    @Test
    void helpListsExitCodes() {
        Result r = run("convert", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("\nExit codes:\n   0   all records written (warnings allowed)\n  64   usage error"),
                r.out());
    }

    @Test
    void anOptionFirstIsStillAnImplicitConvert() {
        Result r = run("--to", "ris", SEED);
        assertEquals(0, r.code(), r.err());
        assertEquals(run("convert", SEED, "--to", "ris").out(), r.out());
        assertEquals(0, run("--version").code(), "a root option is not a conversion");
    }

    @Test
    void helpCommandShowsTheHelpOfACommand() {
        Result r = run("help", "convert");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: catconv convert"), r.out());
        assertTrue(r.out().contains("--csv-formulas=MODE"), r.out());
        assertEquals(0, run("help").code());
    }

    @Test
    void stylesListsItsOwnExitCodes() {
        Result r = run("styles", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("   0   at least one style found\n   1   no style matches\n"
                + "  64   usage error: bad option, argument or format id\n"), r.out());
        assertEquals(1, run("styles", "no-style-has-this-word-xyzzy").code());
    }

    @Test
    void binaryFileRefused(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("x.pdf");
        Files.write(bin, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        Result r = run("convert", bin.toString(), "--to", "csl-json");
        assertEquals(65, r.code());
        assertTrue(r.err().contains("not a text file (binary content at byte 4)"), r.err());
    }

    @Test
    void terminalOnStandardInputIsAUsageHintNotAWait() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        int code = Main.run(o, new PrintWriter(err), o, () -> {
            throw new AssertionError("standard input must not be read");
        }, true, "convert", "-", "--to", "ris");
        assertEquals(64, code);
        assertTrue(err.toString().contains("standard input is a terminal"), err.toString());
    }
}

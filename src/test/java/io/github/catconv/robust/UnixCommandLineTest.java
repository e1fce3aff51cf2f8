package io.github.catconv.robust;

import static io.github.catconv.robust.Processes.SAMPLE;
import static io.github.catconv.robust.Processes.catconv;
import static io.github.catconv.robust.Processes.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.robust.Processes.Result;
import io.github.catconv.testsupport.ExternalTools;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line behaves as the Unix tools users know (issue 18): each test runs the real CLI
 * as a separate process, with real pipes for its standard streams.
 */
class UnixCommandLineTest {

    private static String ris;
    private static String cslJson;

    @BeforeAll
    static void expectedOutput(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        ris = r.out();
        assertTrue(ris.startsWith("TY  - JOUR"), ris);
        Result j = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "csl-json"));
        assertEquals(0, j.code(), j.err());
        cslJson = j.out();
    }

    @Test
    void aMistypedSubcommandGetsOneLineWithTheCommandMeant(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "fromats"));
        assertEquals(64, r.code(), r.err());
        assertEquals(List.of("catconv: 'fromats' is not a catconv command; did you mean 'formats'? (see 'catconv --help')"),
                r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void aUsageErrorIsItsMessageAndAPointerToHelpNotTheWholeUsage(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString()));
        assertEquals(64, r.code(), r.err());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("catconv: Missing required option: '--to=FORMAT'"), r.err());
        assertEquals("Try 'catconv convert --help' for more information.", r.errLines().get(1));
    }

    @Test
    void helpAndHelpConvertPrintUsage(@TempDir Path dir) throws Exception {
        Result top = run(catconv(dir, "help"));
        assertEquals(0, top.code(), top.err());
        assertTrue(top.out().startsWith("Usage: catconv "), top.out());
        assertTrue(top.out().contains("formats"), top.out());
        Result convert = run(catconv(dir, "help", "convert"));
        assertEquals(0, convert.code(), convert.err());
        assertTrue(convert.out().startsWith("Usage: catconv convert"), convert.out());
    }

    @Test
    void leavingOutConvertStillConvertsAFile(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, SAMPLE.toString(), "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
    }

    @Test
    void dashAsOutputIsStandardOutput(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", "-"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
        assertTrue(Files.notExists(dir.resolve("-")), "wrote a file named '-'");
    }

    @Test
    void anOutputEndingInSlashIsAFolderCreatedWithOneFilePerInput(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", "out/new/"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, Files.readString(dir.resolve("out/new/pubmed-6092784.ris")));
    }

    @Test
    void noInputWithAPipedStandardInputReadsIt(@TempDir Path dir) throws Exception {
        Process p = catconv(dir, "convert", "--to", "ris").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(Files.readAllBytes(SAMPLE));
        }
        Result r = Processes.finish(p);
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
    }

    @Test
    void standardInputTwiceIsAUsageError(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", "-", "-", "--to", "ris"));
        assertEquals(64, r.code(), r.err());
        assertEquals("catconv: '-' (standard input) can be read only once", r.errLines().get(0));
        assertEquals("", r.out());
    }

    @Test
    void theFormatFollowsTheOutputsExtension(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "-o", "items.RIS"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, Files.readString(dir.resolve("items.RIS")));
    }

    @Test
    void dotBibIsAmbiguousAndSaysSo(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "-o", "items.bib"));
        assertEquals(64, r.code(), r.err());
        assertEquals("catconv: '.bib' is written by biblatex and bibtex: say which with --to", r.errLines().get(0));
        assertTrue(Files.notExists(dir.resolve("items.bib")));
    }

    @Test
    void formatNamesTakeAnyCaseAndTheUsualAliases(@TempDir Path dir) throws Exception {
        Result upper = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "RIS"));
        assertEquals(0, upper.code(), upper.err());
        assertEquals(ris, upper.out());
        for (String alias : List.of("json", "csljson", "CSL-JSON")) {
            Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", alias));
            assertEquals(0, r.code(), alias + ": " + r.err());
            assertEquals(cslJson, r.out(), alias);
        }
        Result bib = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "bib"));
        Result bibtex = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "bibtex"));
        assertEquals(0, bib.code(), bib.err());
        assertEquals(bibtex.out(), bib.out());
        Result from = run(catconv(dir, "convert", SAMPLE.toString(), "--from", "VuFind", "--to", "ris"));
        assertEquals(0, from.code(), from.err());
        assertEquals(ris, from.out());
    }

    @Test
    void anOptionTheChosenWriterIgnoresIsAWarning(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "bibtex", "--eol", "lf"));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("warning: --eol is read by ris; --to bibtex ignores it"), r.errLines());
        assertTrue(r.out().startsWith("@article{"), r.out());
    }

    @Test
    void aFolderIsReadForItsExportsAndItsOtherFilesAreSkippedWithANote(@TempDir Path dir) throws Exception {
        Path dumps = Files.createDirectories(dir.resolve("dumps/2024"));
        Files.copy(SAMPLE, dumps.resolve("a.txt"));
        Files.writeString(dir.resolve("dumps/README.md"), "# Dumps\n\nDownloaded from the catalogue in May.\n");
        Files.writeString(dir.resolve("dumps/2024/notes.txt"), "Ask the library about the missing pages.\n");
        Result r = run(catconv(dir, "convert", "dumps", "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
        assertEquals(List.of("info dumps/2024/notes.txt: not a catalog export (skipped; --from reads it anyway)",
                "info dumps/README.md: not a catalog export (skipped; --from reads it anyway)"), r.errLines());
    }

    @Test
    void includeAndExcludeChooseTheFilesOfAFolder(@TempDir Path dir) throws Exception {
        Path dumps = Files.createDirectories(dir.resolve("dumps/old"));
        Files.copy(SAMPLE, dir.resolve("dumps/a.txt"));
        Files.copy(SAMPLE, dir.resolve("dumps/b.dump"));
        Files.copy(SAMPLE, dumps.resolve("c.txt"));
        Result r = run(catconv(dir, "convert", "dumps", "--to", "ris", "--include", "*.txt", "--exclude", "old/*",
                "--stats"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
        assertTrue(r.err().contains("1 file"), r.err());
        Result none = run(catconv(dir, "convert", "dumps", "--to", "ris", "--include", "*.xml"));
        assertEquals(66, none.code(), none.err());
        assertEquals("error dumps: no files in this folder", none.errLines().get(0));
    }

    @Test
    void aFolderOfNoExportsIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/notes.txt"), "Nothing to convert here.\n");
        Result r = run(catconv(dir, "convert", "docs", "--to", "ris"));
        assertEquals(66, r.code(), r.err());
        assertTrue(r.errLines().contains("error docs: no catalog exports in this folder"), r.err());
    }

    /** Compressed inputs by name and on standard input, by their magic bytes; the real tools compress them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"gzip, gz", "bzip2, bz2", "xz, xz", "zstd, zst"})
    void compressedInputsAreReadTransparently(String tool, String extension, @TempDir Path dir) throws Exception {
        ExternalTools.require(tool);
        Path compressed = dir.resolve("sample.txt." + extension);
        Result made = run(new ProcessBuilder(tool, "-c", SAMPLE.toString()).redirectOutput(compressed.toFile()));
        assertEquals(0, made.code(), made.err());
        Result byName = run(catconv(dir, "convert", compressed.toString(), "--to", "ris"));
        assertEquals(0, byName.code(), byName.err());
        assertEquals(ris, byName.out());
        Result piped = run(catconv(dir, "convert", "--to", "ris").redirectInput(compressed.toFile()));
        assertEquals(0, piped.code(), piped.err());
        assertEquals(ris, piped.out());
    }

    @Test
    void aTruncatedCompressedInputIsOneErrorLine(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("cut.gz");
        try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(SAMPLE));
        }
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(bytes, 40));
        Result r = run(catconv(dir, "convert", gz.toString(), "--to", "ris"));
        assertEquals(65, r.code(), r.err());
        assertTrue(r.errLines().get(0).startsWith("error " + gz + ": cannot read compressed input: "), r.err());
        assertEquals("", r.out());
    }

    /** The script bash sources completes the values of each option, not those of another with the same label. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            catconv fo                 | formats
            catconv convert --to       | biblatex bibtex citation csl-json csl-jsonl csv endnote-xml inspect mods ris
            catconv convert --format   | text html asciidoc markdown markdown-pure fo
            catconv convert --eol      | crlf lf
            """)
    void theCompletionScriptCompletesCommandsAndOptionValues(String line, String expected, @TempDir Path dir)
            throws Exception {
        Result script = run(catconv(dir, "generate-completion"));
        assertEquals(0, script.code(), script.err());
        Path file = Files.writeString(dir.resolve("catconv.bash"), script.out());
        List<String> words = new java.util.ArrayList<>(List.of(line.split(" ")));
        String current = words.size() == 2 ? words.remove(1) : "";
        words.add(current);
        String array = String.join(" ", words.stream().map(w -> "'" + w + "'").toList());
        String bash = "source \"$1\"; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.size() - 1)
                + "; _complete_catconv catconv '" + current + "' 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Result r = run(new ProcessBuilder("bash", "-c", bash, "bash", file.toString()).directory(dir.toFile()));
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out().strip(), line);
    }

    /** Fifteen copies of one record: fourteen "duplicate record skipped" warnings. */
    private static Path fifteenCopies(Path dir) throws Exception {
        String one = Files.readString(SAMPLE);
        return Files.writeString(dir.resolve("copies.txt"), (one + "\n").repeat(15));
    }

    @Test
    void aWarningRepeatedForManyRecordsIsShownTenTimesThenCounted(@TempDir Path dir) throws Exception {
        Path copies = fifteenCopies(dir);
        Result r = run(catconv(dir, "convert", copies.toString(), "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.errLines();
        assertEquals(11, lines.size(), r.err());
        assertTrue(lines.subList(0, 10).stream().allMatch(l -> l.startsWith("warning " + copies + ":")
                && l.contains("duplicate record skipped")), r.err());
        assertEquals("warning: … and 4 more \"duplicate record skipped\" warnings (--verbose shows all)", lines.get(10));
    }

    @Test
    void verboseShowsEveryWarningAndTheSummary(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", fifteenCopies(dir).toString(), "--to", "ris", "-v"));
        assertEquals(0, r.code(), r.err());
        assertEquals(14, r.errLines().stream().filter(l -> l.contains("duplicate record skipped")).count(), r.err());
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("summary: 1 file"), r.err());
    }

    @Test
    void quietShowsErrorsOnly(@TempDir Path dir) throws Exception {
        Result ok = run(catconv(dir, "convert", fifteenCopies(dir).toString(), "--to", "ris", "--quiet"));
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());
        Path missing = dir.resolve("missing.txt");
        Result failed = run(catconv(dir, "convert", missing.toString(), "--to", "ris", "-q"));
        assertEquals(66, failed.code(), failed.err());
        assertEquals("error " + missing + ": cannot read: no such file", failed.errLines().get(0));
        Result both = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-q", "-v"));
        assertEquals(64, both.code(), both.err());
    }
}

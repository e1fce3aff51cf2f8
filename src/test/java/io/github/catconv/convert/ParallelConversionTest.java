package io.github.catconv.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --jobs N}: the parallel path must give byte-identical output, the same
 * diagnostics in the same order, the same rejects and the same exit code as {@code --jobs 1}; and
 * {@code -o DIR} writes one file per input.
 */
class ParallelConversionTest {

    record Result(int code, String out, String err) { }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Every sample, plus the 250-record sample again and a revised copy of it (another
     * institution, same ids): skipped repeats, renamed ids and key clashes, many warnings to keep in order.
     */
    static Stream<String> formats() {
        return Stream.of("csl-json", "bibtex", "biblatex", "ris", "csv", "inspect");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void jobsGiveTheSameOutputAndDiagnostics(String format, @TempDir Path tmp) throws IOException {
        Path twice = tmp.resolve("twice.txt");
        String multi = Files.readString(Path.of("samples/multi-250-en.txt"));
        Files.writeString(twice, multi + "\n" + revised(multi));
        List<String> args = new ArrayList<>(List.of("convert", "samples", twice.toString(), "--to", format, "--stats"));
        Result one = run(withJobs(args, 1));
        Result four = run(withJobs(args, 4));
        assertEquals(one.code(), four.code());
        assertEquals(one.err(), four.err());
        assertEquals(one.out(), four.out());
        // The run really had work and warnings to keep in order.
        assertTrue(one.out().length() > 100_000, "output size " + one.out().length());
        assertTrue(one.err().contains("duplicate record skipped"), one.err());
        assertTrue(one.err().contains("duplicate record id"), one.err());
    }

    /** The same pages held by another institution: same ids, other data. */
    static String revised(String dump) {
        return dump.replace("\ninstitution MyInstitution\n", "\ninstitution Another Library\n");
    }

    /**
     * The duplicate rules (docs/usage.md, "Duplicate records") at --jobs 1 and 2 and in both input
     * orders: the repeat is skipped and counted, the revised copies come out under suffixed ids,
     * ids are unique, and swapping the inputs changes which copy keeps the plain id, not what is written.
     */
    @ParameterizedTest
    @CsvSource({"1", "2"})
    void duplicateRulesHoldInBothOrders(int jobs, @TempDir Path tmp) throws IOException {
        String multi = Files.readString(Path.of("samples/multi-250-en.txt"));
        Path a = Files.writeString(tmp.resolve("a.txt"), multi);
        Path b = Files.writeString(tmp.resolve("b.txt"), multi + "\n" + revised(multi));
        List<List<String>> rowsByOrder = new ArrayList<>();
        for (List<Path> order : List.of(List.of(a, b), List.of(b, a))) {
            List<String> args = new ArrayList<>(List.of("convert"));
            order.forEach(p -> args.add(p.toString()));
            args.addAll(List.of("--to", "csv", "--columns", "id,title", "--stats", "-v"));
            Result r = run(withJobs(args, jobs));
            assertEquals(0, r.code(), r.err());
            List<String> rows = r.out().lines().skip(1).toList();
            assertEquals(500, rows.size(), "250 originals and 250 revised; the repeat skipped");
            Set<String> ids = new HashSet<>();
            rows.forEach(row -> assertTrue(ids.add(row.substring(0, row.indexOf(','))), "unique id: " + row));
            assertEquals(250, rows.stream().filter(row -> row.matches("var\\d+-[a-z2-7]{4,},.*")).count(), r.out());
            assertEquals(250, r.err().lines().filter(l -> l.contains("duplicate record skipped; duplicate of ")
                    && l.contains(", identical in every field")).count(), r.err());
            assertEquals(250, r.err().lines().filter(l -> l.contains("duplicate record id; ")
                    && l.contains(" has the same id and other data, so this record is written as var")).count(), r.err());
            assertTrue(r.err().contains("250 skipped"), r.err());
            // Without the suffixes: each record twice (its original and its revised copy), in any order.
            rowsByOrder.add(rows.stream().map(row -> row.replaceFirst("^(var\\d+)-[a-z2-7]+,", "$1,")).sorted().toList());
        }
        assertEquals(rowsByOrder.get(0), rowsByOrder.get(1), "the same records in either order");
        assertEquals(250, new HashSet<>(rowsByOrder.get(0)).size());
    }

    /** Stop points of --fail-fast and --max-errors fall on the same record whatever the threads. */
    @ParameterizedTest
    @CsvSource({"--fail-fast, ''", "--max-errors, 3", "--strict, ''"})
    void stopsAtTheSameRecord(String option, String value, @TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.txt");
        String page = Files.readString(Path.of("samples/pubmed-6092784.txt"), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            bytes.writeBytes(page.replace("id pubmed-6092784", "id rec-" + i).getBytes(StandardCharsets.UTF_8));
            if (i % 40 == 7) {
                // An invalid UTF-8 byte on a staff line rejects that record (cases B04, B11 in docs/errors.md).
                bytes.writeBytes("title_alt bad \u0000".getBytes(StandardCharsets.UTF_8));
                bytes.write(0xC3);
                bytes.write('\n');
            }
            bytes.write('\n');
        }
        Files.write(bad, bytes.toByteArray());
        List<String> args = new ArrayList<>(List.of("convert", bad.toString(), "--to", "ris", option));
        if (!value.isEmpty()) {
            args.add(value);
        }
        Path rejects1 = tmp.resolve("r1.txt");
        Path rejects4 = tmp.resolve("r4.txt");
        List<String> a1 = new ArrayList<>(args);
        a1.addAll(List.of("--rejects", rejects1.toString()));
        List<String> a4 = new ArrayList<>(args);
        a4.addAll(List.of("--rejects", rejects4.toString()));
        Result one = run(withJobs(a1, 1));
        Result four = run(withJobs(a4, 4));
        assertEquals(65, one.code(), one.err());
        assertEquals(one.code(), four.code());
        assertEquals(one.err(), four.err());
        assertEquals(one.out(), four.out());
        assertEquals(Files.readString(rejects1), Files.readString(rejects4));
        assertFalse(Files.readString(rejects1).isEmpty());
    }

    @Test
    void outputDirGetsOneFilePerInput(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        String a = "samples/pubmed-6092784.txt";
        String b = "samples/multi-250-en.txt";
        Result r = run("convert", a, b, "--to", "bibtex", "-o", dir.toString(), "--jobs", "2");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("multi-250-en.bib", "pubmed-6092784.bib"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(run("convert", a, "--to", "bibtex").out(), Files.readString(dir.resolve("pubmed-6092784.bib")));
        assertEquals(run("convert", b, "--to", "bibtex").out(), Files.readString(dir.resolve("multi-250-en.bib")));
    }

    @Test
    void outputDirRefusesTwoInputsWithOneName(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        Path other = Files.createDirectory(tmp.resolve("other"));
        Path copy = Files.copy(Path.of("samples/pubmed-6092784.txt"), other.resolve("pubmed-6092784.txt"));
        Result r = run("convert", "samples/pubmed-6092784.txt", copy.toString(), "--to", "ris", "-o", dir.toString());
        assertEquals(64, r.code(), r.err());
        assertTrue(r.err().contains("would both be written to"), r.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void jobsBelowOneIsUsageError() {
        assertEquals(64, run("convert", "samples/pubmed-6092784.txt", "--to", "ris", "--jobs", "0").code());
    }

    private static String[] withJobs(List<String> args, int jobs) {
        List<String> a = new ArrayList<>(args);
        a.add("--jobs");
        a.add(String.valueOf(jobs));
        return a.toArray(String[]::new);
    }
}

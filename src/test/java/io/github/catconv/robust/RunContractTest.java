package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run contract of docs/errors.md: every exit status, {@code --stats}, {@code --rejects},
 * {@code --strict}, {@code --max-errors}, {@code --fail-fast}, and read = written + rejected.
 */
class RunContractTest {

    record Result(int code, String out, String err) {
        /** The numbers of the summary line: files, records read, written, rejected, warnings, skipped. */
        long[] summary() {
            Matcher m = Pattern.compile("summary: (\\d+) files? \\(\\d+ rejected\\), (\\d+) records read, (\\d+) written,"
                    + " (\\d+) rejected, (\\d+) skipped, (\\d+) warnings?").matcher(err);
            assertTrue(m.find(), "no summary in: " + err);
            return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(6)), Long.parseLong(m.group(5))};
        }
    }

    static Result run(Supplier<InputStream> stdin, Writer data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        int code = Main.run(o, new PrintWriter(err), data == null ? o : data, stdin, args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(InputStream::nullInputStream, null, args);
    }

    static String good(int i) {
        return "id ok" + i + "\ntitle Good record " + i + "\nauthor Doe, Jane\nformat Book\npublishDate 2001\n\n";
    }

    /** A page that is neither staff view nor header: the reader rejects it (and would again). */
    static String junk(int i) {
        return "This is not a catalog record " + i + "\nJust some pasted prose.\n\n";
    }

    static byte[] latin1(int i) {
        return ("id bad" + i + "\ntitle Espa\u00f1a " + i + "\nformat Book\n\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * 6 good records and 4 rejected pages in a known order: 3 with a Latin-1 line (invalid UTF-8)
     * and, at the end, text that is no record at all.
     */
    static byte[] mixedDump() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(good(1).getBytes(StandardCharsets.UTF_8));
        b.writeBytes(latin1(1));
        b.writeBytes((good(2) + good(3)).getBytes(StandardCharsets.UTF_8));
        b.writeBytes(latin1(2));
        b.writeBytes((good(4) + good(5)).getBytes(StandardCharsets.UTF_8));
        b.writeBytes(latin1(3));
        b.writeBytes((good(6) + junk(1)).getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    @Test
    void readEqualsWrittenPlusRejectedAndRejectsAreReRunnable(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("mixed.txt");
        Files.write(in, mixedDump());
        Path rejects = dir.resolve("rejects.txt");
        Result r = run("convert", in.toString(), "--to", "csl-json", "--rejects", rejects.toString(), "--stats");
        assertEquals(65, r.code(), r.err());
        long[] s = r.summary();
        assertEquals(10, s[1], "records read");
        assertEquals(6, s[2], "written");
        assertEquals(4, s[3], "rejected");
        assertEquals(s[1], s[2] + s[3] + s[5], "read = written + rejected + skipped");
        assertEquals(4, r.err().lines().filter(l -> l.startsWith("error " + in + ":")).count(), r.err());

        // Every rejected page is in the rejects file, in input order; fed back, the text that is no
        // record is rejected again. (An undecodable line itself cannot be kept: docs/errors.md.)
        String raw = Files.readString(rejects);
        assertTrue(raw.indexOf("id bad1") < raw.indexOf("id bad2") && raw.indexOf("id bad2") < raw.indexOf("id bad3"), raw);
        assertTrue(raw.contains("This is not a catalog record 1"), raw);
        Result again = run("convert", rejects.toString(), "--to", "csl-json", "--stats");
        long[] s2 = again.summary();
        assertEquals(s2[1], s2[2] + s2[3] + s2[5], "read = written + rejected + skipped");
        assertEquals(1, again.err().lines().filter(l -> l.contains("no record here")).count(), again.err());
        assertFalse(again.out().contains("\"ok"), "no good record went to the rejects file");
    }

    @Test
    void valuesThatAreNoRecordsAreCountedAsSkipped(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("docs.json");
        Files.writeString(in, "[{\"id\":\"a\",\"title\":\"A\"},\"stray text\",{},{\"id\":\"b\",\"title\":\"B\"}]");
        Result r = run("convert", in.toString(), "--to", "csl-json", "--stats");
        assertEquals(0, r.code(), r.err());
        long[] s = r.summary();
        assertEquals(4, s[1], "records read");
        assertEquals(2, s[2], "written");
        assertEquals(2, s[5], "skipped: the string and the empty document");
        assertEquals(s[1], s[2] + s[3] + s[5], "read = written + rejected + skipped");
    }

    @Test
    void maxErrorsStopsTheRunAfterNErrors(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("mixed.txt");
        Files.write(in, mixedDump());
        Result r = run("convert", in.toString(), "--to", "csl-json", "--max-errors", "2", "--stats");
        assertEquals(65, r.code());
        long[] s = r.summary();
        assertEquals(2, s[3], "stopped at the second rejection");
        assertEquals(3, s[2], "ok1 to ok3 written before it");
        assertEquals(s[1], s[2] + s[3] + s[5]);
    }

    @Test
    void failFastStopsAtTheFirstRejection(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("mixed.txt");
        Files.write(in, mixedDump());
        Path other = dir.resolve("other.txt");
        Files.writeString(other, good(9));
        Result r = run("convert", in.toString(), other.toString(), "--to", "csl-json", "--fail-fast", "--stats");
        assertEquals(65, r.code());
        long[] s = r.summary();
        assertEquals(1, s[0], "second file not started");
        assertEquals(1, s[2]);
        assertEquals(1, s[3]);
        assertFalse(r.out().contains("ok9"));
    }

    @Test
    void strictTurnsAWarningIntoExit65(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("noid.txt");
        Files.writeString(in, "title No id\nauthor Doe, Jane\nformat Book\npublishDate 2001\n");
        assertEquals(0, run("convert", in.toString(), "--to", "ris").code());
        Result strict = run("convert", in.toString(), "--to", "ris", "--strict");
        assertEquals(65, strict.code(), strict.err());
        assertTrue(strict.err().startsWith("warning " + in + ":1: "), strict.err());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "good input                     | 0",
        "unknown option                 | 64",
        "unknown output format          | 64",
        "bad writer option value        | 64",
        "a rejected record              | 65",
        "missing input                  | 66",
        "output folder missing          | 73",
        "output equals input            | 64"})
    void exitStatuses(String situation, int expected, @TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, good(1));
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, good(1) + junk(1));
        String[] args = switch (situation.strip()) {
            case "good input" -> new String[] {good.toString(), "--to", "ris"};
            case "unknown option" -> new String[] {good.toString(), "--to", "ris", "--no-such-option"};
            case "unknown output format" -> new String[] {good.toString(), "--to", "marc21"};
            case "bad writer option value" -> new String[] {good.toString(), "--to", "csv", "--columns", "nope"};
            case "a rejected record" -> new String[] {bad.toString(), "--to", "ris"};
            case "missing input" -> new String[] {dir.resolve("none.txt").toString(), "--to", "ris"};
            case "output folder missing" -> new String[] {good.toString(), "--to", "ris", "-o",
                dir.resolve("no/such/dir/out.ris").toString()};
            default -> new String[] {good.toString(), "--to", "ris", "-o", good.toString()};
        };
        Result r = run(args);
        assertEquals(expected, r.code(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(good(1), Files.readString(good), "an input is never overwritten");
    }

    @Test
    void internalErrorIsExit70WithoutStackTrace() {
        Supplier<InputStream> exploding = () -> new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("simulated bug");
            }
        };
        Result r = run(exploding, null, "convert", "-", "--to", "ris");
        assertEquals(70, r.code(), r.err());
        assertTrue(r.err().contains("simulated bug"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        Result debug = run(exploding, null, "convert", "-", "--to", "ris", "--debug");
        assertEquals(70, debug.code());
    }

    @Test
    void writeFailureIsExit74() {
        Writer full = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        Supplier<InputStream> in = () -> new ByteArrayInputStream(good(1).getBytes(StandardCharsets.UTF_8));
        Result r = run(in, full, "convert", "-", "--to", "ris");
        assertEquals(74, r.code(), r.err());
        assertEquals("error: write failed: No space left on device", r.err().strip());
    }

    @Test
    void writeToDevFullIsExit74() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "no /dev/full here");
        Process p = new ProcessBuilder(JarRunner.command("64m", "convert", "samples/pubmed-6092784.txt", "--to", "csl-json"))
                .redirectOutput(devFull.toFile()).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(74, p.waitFor(), err);
        assertTrue(err.contains("write failed: No space left on device"), err);
    }
}

package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory stays flat (bad-input cases B12, B14 in docs/errors.md). Tagged {@code resource}: run by the separate Surefire
 * execution under -Xmx256m (pom.xml), so an unbounded buffer fails with OutOfMemoryError.
 */
@Tag("resource")
class ResourceTest {

    /** Counts characters and throws them away. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] c, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static String runWith(InputStream stdin, Writer data, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), data, () -> stdin, args);
        return code + "\n" + err;
    }

    @Test
    void twoMillionRecordsConvertInFlatMemory() {
        CountingWriter out = new CountingWriter();
        String r = runWith(new Generated(2_000_000), out, "convert", "-", "--to", "csv", "--columns", "id", "--stats");
        assertEquals("0\nsummary: 1 file (0 rejected), 2000000 records read, 2000000 written, 0 rejected, 0 skipped, 0 warnings",
                r.strip());
        // "id\r\n" header plus "gN\r\n" per record (RFC 4180 CRLF).
        assertTrue(out.chars > 2_000_000L * 4, "output size " + out.chars);
    }

    @Test
    void hundredMegabyteLineIsOneError() {
        InputStream huge = new ParserLimitsTest.RepeatingStream((byte) 'x', 100L << 20);
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(Generated.record(1).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("id big\ntitle ".getBytes(StandardCharsets.UTF_8)), huge,
                new ByteArrayInputStream(("\n\n" + Generated.record(2)).getBytes(StandardCharsets.UTF_8)))));
        String r = runWith(in, new CountingWriter(), "convert", "-", "--to", "csv", "--columns", "id");
        assertEquals("65\nerror -:6: [big] line longer than 1048576 bytes\n"
                + "summary: 1 file (0 rejected), 3 records read, 2 written, 1 rejected, 0 skipped, 0 warnings", r.strip());
    }
}

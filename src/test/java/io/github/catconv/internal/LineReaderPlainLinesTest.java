package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.catconv.read.ValueCleaner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Plain ASCII lines are cut straight from the read buffer and other lines decoded in one pass: the
 * lines, cleaned as the readers clean them ({@link ValueCleaner#line}), are those of a
 * straightforward reference (split, strict decode, clean, NFC), also when lines cross reads of a
 * few bytes, end in CR, CRLF or LF, or pass the length cap.
 */
class LineReaderPlainLinesTest {

    private static final String[] PIECES = {"a", "Smith, John", " ", "\t", "\u0001", "\u007F", "é", "e\u0301",
        "\u202E", "書", "\uD83D\uDE00", "\n", "\r", "\r\n", "\n\n", "…"};

    /** An input stream that hands out at most {@code chunk} bytes per read. */
    private static InputStream trickle(byte[] bytes, int chunk) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < bytes.length ? bytes[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, chunk), bytes.length - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    /** Text of each line, or "!" for a line with an error. */
    private static List<String> reference(byte[] bytes, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean end = i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r';
            if (!end) {
                continue;
            }
            if (i == bytes.length && start == i) {
                break;
            }
            out.add(i - start > max ? "!" : decode(bytes, start, i - start));
            if (i < bytes.length && bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                i++;
            }
            start = i + 1;
        }
        return out;
    }

    private static String decode(byte[] bytes, int from, int n) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, n)).toString();
        } catch (CharacterCodingException e) {
            return "!";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            boolean removable = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == '\uFEFF';
            if (!removable) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    private static List<String> read(byte[] bytes, int chunk, int max) throws IOException {
        List<String> out = new ArrayList<>();
        LineReader r = new LineReader(trickle(bytes, chunk), StandardCharsets.UTF_8, max);
        for (LineReader.Line l; (l = r.next()) != null; ) {
            assertEquals(out.size() + 1, l.number());
            out.add(l.ok() ? ValueCleaner.line(l.text()) : "!");
        }
        assertNull(r.next());
        return out;
    }

    @Test
    void linesEqualTheReferenceWhateverTheReadSizes() throws IOException {
        Random rnd = new Random(20261126);
        for (int n = 0; n < 2_000; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = rnd.nextInt(40); k > 0; k--) {
                out.writeBytes(PIECES[rnd.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
            if (rnd.nextInt(8) == 0) {
                out.write(0xF1); // not UTF-8
            }
            byte[] bytes = out.toByteArray();
            int max = 4 + rnd.nextInt(60);
            int chunk = 1 + rnd.nextInt(n % 2 == 0 ? 8 : 1 << 17);
            assertEquals(reference(bytes, max), read(bytes, chunk, max), "chunk " + chunk + ", max " + max);
        }
    }

    @Test
    void aPlainLineAtTheCapIsKeptAndOneByteMoreIsNot() throws IOException {
        byte[] bytes = "abcd\nabcde\r\nabc\rab".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of("abcd", "!", "abc", "ab"), read(bytes, 1 << 16, 4));
        assertEquals(List.of("abcd", "!", "abc", "ab"), read(bytes, 3, 4));
    }
}

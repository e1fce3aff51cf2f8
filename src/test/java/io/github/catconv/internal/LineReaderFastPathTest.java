package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Well-formed UTF-8 lines skip the decoder but come back as the decoder gives them (cleaning is the
 * reader's, {@code read.ValueCleanerTest}); bad lines still report.
 */
class LineReaderFastPathTest {

    private static LineReader reader(byte[] bytes) throws IOException {
        return new LineReader(new ByteArrayInputStream(bytes), null, 1 << 16);
    }

    @Test
    void nonAsciiLinesComeBackAsDecoded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("García\u0001 M\u00fcller\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Me\u0301ndez \u202Eb\u00e0d\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("書誌 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8));
        LineReader r = reader(out.toByteArray());
        assertEquals("García\u0001 Müller", r.next().text());
        assertEquals("Me\u0301ndez \u202Ebàd", r.next().text());
        assertEquals(false, r.endedWithoutLineBreak());
        assertEquals("書誌 \uD83D\uDE00", r.next().text());
        assertNull(r.next());
        assertTrue(r.endedWithoutLineBreak(), "the last line had no line break");
    }

    @Test
    void plainLinesAreSaidToBePlain() throws IOException {
        LineReader r = reader("plain\ttext\nbell\u0007\ncaf\u00e9\nplain again".getBytes(StandardCharsets.UTF_8));
        boolean[] plain = new boolean[4];
        for (int i = 0; i < 4; i++) {
            r.next();
            plain[i] = r.lastLineIsPlain();
        }
        assertTrue(plain[0] && !plain[1] && !plain[2] && plain[3], java.util.Arrays.toString(plain));
    }

    @Test
    void aFinalLineBreakIsSeen() throws IOException {
        LineReader r = reader("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a", r.next().text());
        assertEquals("b", r.next().text());
        assertNull(r.next());
        assertEquals(false, r.endedWithoutLineBreak());
    }

    @Test
    void malformedLinesStillCarryTheirError() throws IOException {
        byte[] bytes = {'o', 'k', '\n', 'E', 's', 'p', 'a', (byte) 0xF1, 'a', '\n', (byte) 0xC0, (byte) 0xAF, '\n',
            (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n', (byte) 0xC3, (byte) 0xA9, '\n'};
        LineReader r = reader(bytes);
        assertEquals("ok", r.next().text());
        LineReader.Line latin = r.next();
        assertTrue(latin.error().contains("byte offset 7") && latin.error().contains("windows-1252"), latin.error());
        LineReader.Line overlong = r.next();
        assertTrue(overlong.error().startsWith("invalid UTF-8") && !overlong.error().contains("windows-1252"), overlong.error());
        LineReader.Line surrogate = r.next();
        assertTrue(surrogate.error().startsWith("invalid UTF-8"), surrogate.error());
        assertEquals("é", r.next().text());
    }
}

package io.github.catconv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits an input into lines, streaming, with line numbers, strict decoding and a length cap.
 *
 * <p>LF, CRLF and lone CR all end a line, so the three conventions give identical lines. A UTF-8
 * byte order mark is dropped; a UTF-16 one switches to UTF-16 decoding. Lines are split on bytes
 * before decoding, so an invalid byte sequence spoils only its own line: that line comes back with
 * an {@link Line#error() error} and reading goes on. A line longer than the cap is skipped without
 * being held in memory and also comes back with an error. Lines come back as decoded: cleaning
 * them (control characters, NFC) is the reader's job ({@code read.ValueCleaner}), which reports
 * what it removed.
 */
public final class LineReader implements Closeable {

    /** One line of input. {@code text} is empty when {@code error} is set. */
    public record Line(String text, int number, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int lineLen;
    private int lineNo;
    private boolean eof;
    private boolean skipLf;
    private long offset;
    private CharsetDecoder decoder;
    /** True when the input is UTF-8, so well-formed lines can skip the decoder. */
    private final boolean utf8;
    private Reader charReader;
    /** True when the input ended without a line break after its last line. */
    private boolean unterminated;
    /** True when the line returned last was printable ASCII and tabs only. */
    private boolean lastPlain;

    /**
     * @param in the input; closed by {@link #close()}
     * @param charset the encoding, or null to detect from a BOM (default UTF-8)
     * @param maxLineBytes longest accepted line in bytes (chars for UTF-16 input)
     */
    public LineReader(InputStream in, Charset charset, int maxLineBytes) throws IOException {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineBytes = maxLineBytes;
        fill();
        Charset cs = charset;
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            pos += 3;
            cs = cs == null ? StandardCharsets.UTF_8 : cs;
        } else if (startsWith(0xFE, 0xFF) || startsWith(0xFF, 0xFE)) {
            cs = startsWith(0xFE, 0xFF) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            pos += 2;
        }
        cs = cs == null ? StandardCharsets.UTF_8 : cs;
        this.decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.utf8 = cs.equals(StandardCharsets.UTF_8);
        if (isUtf16(cs)) {
            // Byte-level splitting does not work for UTF-16; decode as a char stream instead.
            InputStream rest = new java.io.SequenceInputStream(
                    new java.io.ByteArrayInputStream(Arrays.copyOfRange(buf, pos, limit)), in);
            charReader = new InputStreamReader(rest, decoder);
        }
    }

    private static boolean isUtf16(Charset cs) {
        return cs.name().startsWith("UTF-16");
    }

    private boolean startsWith(int... bytes) {
        if (limit - pos < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((buf[pos + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            limit = pos = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /**
     * True once the last line has been returned and the input did not end with a line break
     * (a file cut short, or one written without a final newline).
     */
    public boolean endedWithoutLineBreak() {
        return unterminated;
    }

    /**
     * True when the line returned last holds only printable ASCII and tabs: nothing in it for a
     * reader's cleaning to change, so the reader may skip it.
     */
    public boolean lastLineIsPlain() {
        return lastPlain;
    }

    /** Number of the last line returned (1-based). */
    public int lineNumber() {
        return lineNo;
    }

    /**
     * The next line, or {@code null} at end of input. Never throws on bad data; see {@link Line#error()}.
     *
     * @throws IOException when the stream fails
     */
    public Line next() throws IOException {
        lastPlain = false;
        if (charReader != null) {
            return nextChars();
        }
        lineLen = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        boolean plain = true;
        long lineStart = offset;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                unterminated = true;
                break;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    offset++;
                    lineStart++;
                    continue;
                }
            }
            sawAny = true;
            // One pass finds the line end and whether the run is plain ASCII: printable or tab.
            int end = pos;
            while (end < limit) {
                byte b = buf[end];
                if (b >= 0x20 && b != 0x7F) {
                    end++;
                    continue;
                }
                if (b == '\n' || b == '\r') {
                    break;
                }
                plain &= b == '\t';
                end++;
            }
            if (plain && lineLen == 0 && end < limit && end - pos <= maxLineBytes) {
                // The whole line lies in the buffer: make the string from there, without a copy.
                return plainLine(end);
            }
            tooLong |= append(pos, end - pos);
            offset += end - pos;
            pos = end;
            if (end < limit) {
                skipLf = buf[pos] == '\r';
                pos++;
                offset++;
                break;
            }
        }
        lineNo++;
        if (tooLong) {
            return new Line("", lineNo, "line longer than " + maxLineBytes + " bytes");
        }
        if (plain) {
            lastPlain = true;
            return new Line(new String(line, 0, lineLen, StandardCharsets.ISO_8859_1), lineNo, null);
        }
        return decodeLine(lineStart);
    }

    /** The plain-ASCII line from {@code pos} to the line end at {@code end} of the buffer. */
    private Line plainLine(int end) {
        String text = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
        offset += end - pos + 1;
        skipLf = buf[end] == '\r';
        pos = end + 1;
        lineNo++;
        lastPlain = true;
        return new Line(text, lineNo, null);
    }

    /**
     * Appends {@code n} bytes of the buffer from {@code from} to the line, up to the cap.
     *
     * @return true when bytes were dropped because the line is longer than the cap
     */
    private boolean append(int from, int n) {
        int take = Math.min(n, maxLineBytes - lineLen);
        if (take > 0) {
            if (lineLen + take > line.length) {
                line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, lineLen + take), maxLineBytes + 1));
            }
            System.arraycopy(buf, from, line, lineLen, take);
            lineLen += take;
        }
        return take < n;
    }

    private Line decodeLine(long lineStart) {
        boolean ascii = true;
        for (int i = 0; i < lineLen; i++) {
            if (line[i] < 0x20 || line[i] == 0x7F) {
                if (line[i] != '\t') {
                    ascii = false;
                    break;
                }
            } else if (line[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            lastPlain = true;
            return new Line(new String(line, 0, lineLen, StandardCharsets.ISO_8859_1), lineNo, null);
        }
        if (utf8 && Utf8.isWellFormed(line, lineLen)) {
            // What the strict decoder gives for well-formed input, without its buffers.
            return new Line(new String(line, 0, lineLen, StandardCharsets.UTF_8), lineNo, null);
        }
        decoder.reset();
        ByteBuffer bb = ByteBuffer.wrap(line, 0, lineLen);
        CharBuffer cb = CharBuffer.allocate((int) (lineLen * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult r = decoder.decode(bb, cb, true);
        if (!r.isError()) {
            r = decoder.flush(cb);
        }
        if (r.isError()) {
            int bad = bb.position();
            long at = lineStart + bad;
            String hint = looksLikeWindows1252(bad) ? "; if the file is Latin-1 or Windows-1252, re-run with"
                    + " --input-encoding windows-1252" : "";
            return new Line("", lineNo, String.format("invalid %s at byte offset %d (byte 0x%02X)%s",
                    decoder.charset().name(), at, line[bad] & 0xFF, hint));
        }
        cb.flip();
        return new Line(cb.toString(), lineNo, null);
    }

    /**
     * True when the invalid byte at {@code i} reads as a Windows-1252 character rather than as a
     * broken UTF-8 sequence (case B11 in docs/errors.md): a byte Windows-1252 defines, not followed
     * by a UTF-8 continuation byte (0x80-0xBF). "Espa\u00f1a" saved as Latin-1 is {@code F1 61}: hint; an overlong
     * {@code C0 AF} or an encoded surrogate {@code ED A0 80} is damaged UTF-8: no hint.
     */
    private boolean looksLikeWindows1252(int i) {
        if (!decoder.charset().equals(StandardCharsets.UTF_8)) {
            return false;
        }
        int b = line[i] & 0xFF;
        // Windows-1252 leaves these five bytes undefined (WHATWG Encoding, index-windows-1252).
        boolean defined = b >= 0x80 && b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D;
        boolean nextIsContinuation = i + 1 < lineLen && (line[i + 1] & 0xC0) == 0x80;
        return defined && !nextIsContinuation;
    }

    private Line nextChars() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean sawAny = false;
        boolean tooLong = false;
        while (true) {
            int c;
            try {
                c = charReader.read();
            } catch (java.nio.charset.CharacterCodingException e) {
                lineNo++;
                charReader = new java.io.StringReader("");
                return new Line("", lineNo, "invalid " + decoder.charset().name() + " input");
            }
            if (c < 0) {
                if (!sawAny) {
                    return null;
                }
                unterminated = true;
                break;
            }
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAny = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                skipLf = true;
                break;
            }
            if (sb.length() >= maxLineBytes) {
                tooLong = true;
            } else {
                sb.append((char) c);
            }
        }
        lineNo++;
        if (tooLong) {
            return new Line("", lineNo, "line longer than " + maxLineBytes + " characters");
        }
        return new Line(sb.toString(), lineNo, null);
    }

    @Override
    public void close() throws IOException {
        if (charReader != null) {
            charReader.close();
        }
        in.close();
    }
}

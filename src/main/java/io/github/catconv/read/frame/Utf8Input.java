package io.github.catconv.read.frame;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An input as bytes a framer can scan: UTF-16 and UTF-32 (by byte order mark, or by the zero
 * bytes around the first ASCII character, as RFC 4627 and the XML specification detect them) are
 * re-encoded as UTF-8, streaming; a UTF-8 byte order mark is dropped; anything else passes as it is.
 */
public final class Utf8Input {

    private Utf8Input() {
    }

    /**
     * @param in the raw input; closed when the returned stream is closed
     * @return the input as UTF-8 (or its own ASCII-compatible bytes), and whether it was re-encoded
     * @throws IOException when the start of the input cannot be read
     */
    public static Opened open(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(4);
        byte[] h = b.readNBytes(4);
        b.reset();
        int n = h.length;
        int b0 = n > 0 ? h[0] & 0xFF : -1;
        int b1 = n > 1 ? h[1] & 0xFF : -1;
        int b2 = n > 2 ? h[2] & 0xFF : -1;
        int b3 = n > 3 ? h[3] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            b.skipNBytes(3);
            return new Opened(b, false);
        }
        Charset wide = null;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
            wide = Charset.forName("UTF-32BE");
        } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            wide = Charset.forName("UTF-32LE");
        } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 > 0) {
            wide = StandardCharsets.UTF_16BE;
        } else if (b0 == 0xFF && b1 == 0xFE || b0 > 0 && b1 == 0) {
            wide = StandardCharsets.UTF_16LE;
        }
        if (wide == null) {
            return new Opened(b, false);
        }
        boolean bom = b0 == 0xFE || b0 == 0xFF || b2 == 0xFE;
        if (bom) {
            b.skipNBytes(wide.name().startsWith("UTF-32") ? 4 : 2);
        }
        return new Opened(new Reencoding(new InputStreamReader(b, wide.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))), true);
    }

    /**
     * @param stream the bytes to scan
     * @param reencoded true when they are UTF-8 made from UTF-16 or UTF-32 (a declared encoding no longer holds)
     */
    public record Opened(InputStream stream, boolean reencoded) {
    }

    /** Chars from a reader as UTF-8 bytes, a buffer at a time. */
    private static final class Reencoding extends InputStream {
        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 4);
        private boolean eof;

        Reencoding(Reader reader) {
            this.reader = reader;
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (eof) {
                    return -1;
                }
                int n = reader.read(chars);
                bytes.clear();
                chars.flip();
                if (n < 0) {
                    eof = true;
                    encoder.encode(chars, bytes, true);
                    encoder.flush(bytes);
                } else {
                    encoder.encode(chars, bytes, false);
                }
                chars.compact();
                bytes.flip();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}

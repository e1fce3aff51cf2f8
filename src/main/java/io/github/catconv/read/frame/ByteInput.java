package io.github.catconv.read.frame;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one input for a framer: read one at a time through a buffer, with line numbers
 * counted as Jackson and Woodstox count them (LF, CR and CRLF each end a line), a capture of the
 * bytes of the document being framed (up to a cap, so an endless document is skipped, not held),
 * and a replay of captured bytes, so a framer can go back to a document boundary it passed while
 * it misread a broken document.
 */
final class ByteInput {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    private byte[] replay;
    private int replayPos;
    private int replayEnd;

    private int line = 1;
    private boolean afterCr;
    private int last = -1;

    private final int maxCapture;
    private byte[] capture = new byte[1024];
    private int captured;
    private boolean capturing;
    private boolean overflow;
    private int captureLine;

    ByteInput(InputStream in, int maxCapture) {
        this.in = in;
        this.maxCapture = maxCapture;
    }

    /** The next byte (0-255), or -1 at the end of the input. */
    int read() throws IOException {
        int b;
        if (replay != null) {
            b = replay[replayPos++] & 0xFF;
            if (replayPos == replayEnd) {
                replay = null;
            }
        } else {
            if (pos == limit && !fill()) {
                return -1;
            }
            b = buf[pos++] & 0xFF;
        }
        if (b == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (b == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
        if (capturing) {
            keep(b);
        }
        last = b;
        return b;
    }

    /** The byte read last, or -1 before the first. */
    int last() {
        return last;
    }

    /**
     * Consumes the bytes before the next '"', '\\' or byte below 0x20 (the plain run of a JSON
     * string, the bulk of any JSON input) in one go, capturing them, and returns that next byte
     * without consuming it, or -1 at the end of the input. No line break is consumed.
     */
    int skipStringRun() throws IOException {
        while (true) {
            if (replay != null) {
                int b = peek();
                if (b == '"' || b == '\\' || b < 0x20) {
                    return b;
                }
                read();
                continue;
            }
            if (pos == limit && !fill()) {
                return -1;
            }
            int start = pos;
            while (pos < limit) {
                byte b = buf[pos];
                if (b == '"' || b == '\\' || b >= 0 && b < 0x20) {
                    break;
                }
                pos++;
            }
            if (pos > start) {
                afterCr = false;
                last = buf[pos - 1] & 0xFF;
                if (capturing) {
                    keepAll(start, pos - start);
                }
            }
            if (pos < limit) {
                return buf[pos] & 0xFF;
            }
        }
    }

    private void keepAll(int from, int n) {
        int take = Math.min(n, maxCapture - captured);
        if (take < n) {
            overflow = true;
        }
        if (captured + take > capture.length) {
            capture = Arrays.copyOf(capture, Math.min(maxCapture, Math.max(capture.length * 2, captured + take)));
        }
        System.arraycopy(buf, from, capture, captured, take);
        captured += take;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (replay != null) {
            return replay[replayPos] & 0xFF;
        }
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void keep(int b) {
        if (captured == maxCapture) {
            overflow = true;
            return;
        }
        if (captured == capture.length) {
            capture = Arrays.copyOf(capture, Math.min(maxCapture, capture.length * 2));
        }
        capture[captured++] = (byte) b;
    }

    /** The line of the next byte to be read (1-based). */
    int line() {
        return line;
    }

    /**
     * Starts capturing with the byte just read (its line is the capture's line).
     *
     * @param first the byte just read
     * @param firstLine the line that byte was on
     */
    void startCapture(int first, int firstLine) {
        captured = 0;
        overflow = false;
        capturing = true;
        captureLine = firstLine;
        keep(first);
    }

    /** Stops capturing and returns what was captured (a copy), or null when it overflowed. */
    byte[] endCapture() {
        capturing = false;
        return overflow ? null : Arrays.copyOf(capture, captured);
    }

    /** Drops the capture. */
    void cancelCapture() {
        capturing = false;
        captured = 0;
    }

    boolean capturing() {
        return capturing;
    }

    /** True when the capture went past the cap (its bytes are no longer all there). */
    boolean overflowed() {
        return overflow;
    }

    /** The captured bytes so far (not a copy; valid until the next read). */
    byte[] captureBuffer() {
        return capture;
    }

    int captured() {
        return captured;
    }

    int captureLine() {
        return captureLine;
    }

    /**
     * Reads {@code bytes[from, to)} again before the rest of the input, as if it came next; the
     * line count goes back to {@code lineAtFrom}.
     */
    void replay(byte[] bytes, int from, int to, int lineAtFrom) {
        if (from >= to) {
            return;
        }
        byte[] rest = replay == null ? null : Arrays.copyOfRange(replay, replayPos, replayEnd);
        int n = to - from + (rest == null ? 0 : rest.length);
        byte[] r = new byte[n];
        System.arraycopy(bytes, from, r, 0, to - from);
        if (rest != null) {
            System.arraycopy(rest, 0, r, to - from, rest.length);
        }
        replay = r;
        replayPos = 0;
        replayEnd = n;
        line = lineAtFrom;
        afterCr = false;
    }

    /** The line of byte {@code at} of a capture that started on line {@code startLine}. */
    static int lineAt(byte[] bytes, int at, int startLine) {
        int l = startLine;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                if (i == 0 || bytes[i - 1] != '\r') {
                    l++;
                }
            } else if (bytes[i] == '\r') {
                l++;
            }
        }
        return l;
    }
}

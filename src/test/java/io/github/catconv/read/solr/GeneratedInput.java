package io.github.catconv.read.solr;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream made on the fly: a head, a body repeated up to a byte count, a tail. Lets the
 * tests feed 200 MB or 1 GB inputs without keeping them anywhere.
 */
public final class GeneratedInput extends InputStream {

    private final byte[] head;
    private final byte[] body;
    private final byte[] tail;
    private final long bodyBytes;
    private long pos;
    private long consumed;

    public GeneratedInput(String head, String body, long bodyBytes, String tail) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.tail = tail.getBytes(StandardCharsets.UTF_8);
        this.bodyBytes = bodyBytes - bodyBytes % this.body.length;
    }

    /** How many bytes the reader took so far. */
    long consumed() {
        return consumed;
    }

    @Override
    public int read() {
        long total = head.length + bodyBytes + tail.length;
        if (pos >= total) {
            return -1;
        }
        byte b;
        if (pos < head.length) {
            b = head[(int) pos];
        } else if (pos < head.length + bodyBytes) {
            b = body[(int) ((pos - head.length) % body.length)];
        } else {
            b = tail[(int) (pos - head.length - bodyBytes)];
        }
        pos++;
        consumed++;
        return b & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            buf[off + n++] = (byte) c;
        }
        return n;
    }
}

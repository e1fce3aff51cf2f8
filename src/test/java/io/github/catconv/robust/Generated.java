package io.github.catconv.robust;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A dump generated on the fly, record by record: {@code count} small staff-view records, never held
 * in memory or written to disk. Record {@code i} is {@code id gI / title Record I / format Book}.
 */
final class Generated extends InputStream {

    private final long count;
    private long next;
    private byte[] chunk = new byte[0];
    private int at;

    Generated(long count) {
        this.count = count;
    }

    static String record(long i) {
        return "id g" + i + "\ntitle Record " + i + "\nformat Book\n\n";
    }

    @Override
    public int read() {
        if (at == chunk.length && !refill()) {
            return -1;
        }
        return chunk[at++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (at == chunk.length && !refill()) {
            return -1;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    private boolean refill() {
        if (next >= count) {
            return false;
        }
        StringBuilder sb = new StringBuilder(8192);
        while (next < count && sb.length() < 8000) {
            sb.append(record(next++));
        }
        chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
        at = 0;
        return true;
    }
}

package io.github.catconv.read.marc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds ISO 2709 records byte by byte for tests (MARC 21 Specifications for Record Structure):
 * leader with the right lengths and base address, directory, fields ending in 0x1E, the record in
 * 0x1D. Field contents are raw bytes, so a test can write MARC-8 exactly as a catalog would.
 */
final class Iso2709Bytes {

    private final char coding;
    private final List<String> tags = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();

    /** A record whose leader/09 is {@code coding} (' ' MARC-8, 'a' UTF-8). */
    Iso2709Bytes(char coding) {
        this.coding = coding;
    }

    /** A control field (ASCII). */
    Iso2709Bytes control(String tag, String data) {
        tags.add(tag);
        bodies.add(data.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** A data field: two indicators, then code/value pairs; values are given as raw bytes. */
    Iso2709Bytes data(String tag, String indicators, Object... codesAndValues) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < codesAndValues.length; i += 2) {
            b.write(0x1F);
            b.write((Character) codesAndValues[i]);
            Object v = codesAndValues[i + 1];
            b.writeBytes(v instanceof byte[] raw ? raw : ((String) v).getBytes(StandardCharsets.US_ASCII));
        }
        tags.add(tag);
        bodies.add(b.toByteArray());
        return this;
    }

    /** The record's bytes. */
    byte[] bytes() {
        StringBuilder directory = new StringBuilder();
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        for (int i = 0; i < tags.size(); i++) {
            int start = fields.size();
            fields.writeBytes(bodies.get(i));
            fields.write(0x1E);
            directory.append(tags.get(i)).append(String.format("%04d%05d", fields.size() - start, start));
        }
        int base = 24 + directory.length() + 1;
        int length = base + fields.size() + 1;
        String leader = String.format("%05dnam %c22%05d   4500", length, coding, base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(directory.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(0x1E);
        out.writeBytes(fields.toByteArray());
        out.write(0x1D);
        return out.toByteArray();
    }

    /** Bytes from a mix of strings (ASCII) and ints (single bytes, e.g. 0xE8 or 0x1B). */
    static byte[] of(Object... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer i) {
                b.write(i);
            } else {
                b.writeBytes(((String) p).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return b.toByteArray();
    }
}

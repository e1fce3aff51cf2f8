package io.github.catconv.read.vufind;

import io.github.catconv.internal.Fnv1a;

/**
 * The record ids seen in one input, to warn about duplicates (case B22 in docs/errors.md) in
 * bounded memory: 64-bit hashes and first lines in an open-addressing table, 12 bytes per id, so a file of
 * 2,000,000 records costs about 50 MB at worst. Two different ids whose hashes collide would be
 * reported as duplicates; with 64-bit hashes that is vanishingly unlikely.
 */
final class SeenIds {

    private long[] hashes = new long[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    /**
     * Records {@code id} first seen at {@code line}.
     *
     * @return the line where the same id was seen before, or 0 when it is new
     */
    int add(String id, int line) {
        long h = hash(id); // never 0, which marks an empty slot
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = h;
                lines[i] = line;
                if (++size * 2 > hashes.length) {
                    grow();
                }
                return 0;
            }
            if (hashes[i] == h) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldH = hashes;
        int[] oldL = lines;
        hashes = new long[oldH.length * 2];
        lines = new int[oldH.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldH.length; j++) {
            long h = oldH[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldL[j];
            }
        }
    }

    private static long hash(String s) {
        return Fnv1a.hash64(s);
    }
}

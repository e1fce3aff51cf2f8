package io.github.catconv.write.bibtex.keys;

import io.github.catconv.internal.Fnv1a;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The citation keys handed out so far and the record id that holds each, in memory that stays
 * small at millions of records: a key is kept as a 64-bit hash of its lower-case form in
 * an open-addressing table, and its owner's id as UTF-8 bytes in one growing byte array: 40 to 80
 * bytes a key with typical ids, where two strings and a hash-map entry took about 150.
 *
 * <p>Two different keys whose hashes collide would count as one: the second would get a
 * disambiguated key it did not need. With 64-bit hashes the chance is about n²/2⁶⁵ (3·10⁻⁸ for a
 * million keys). Not thread-safe.
 */
final class KeyOwners {

    private long[] hashes = new long[1 << 10];
    /** Index of the owner's id in {@link #idStarts}, per slot of {@link #hashes}. */
    private int[] owners = new int[1 << 10];
    private int[] idStarts = new int[1 << 10];
    private byte[] idBytes = new byte[1 << 14];
    private int size;
    private int idEnd;

    /**
     * The id of the record that holds {@code lowerKey}, or null when the key is free.
     *
     * @param lowerKey the key in lower case, not null
     */
    String owner(String lowerKey) {
        int slot = find(hash(lowerKey));
        return hashes[slot] == 0 ? null : id(owners[slot]);
    }

    /** True when {@code lowerKey} is held by a record. */
    boolean isTaken(String lowerKey) {
        return hashes[find(hash(lowerKey))] != 0;
    }

    /**
     * Records that {@code lowerKey} is now held by the record {@code id}; a key already held keeps
     * its first owner.
     */
    void put(String lowerKey, String id) {
        long h = hash(lowerKey);
        int slot = find(h);
        if (hashes[slot] != 0) {
            return;
        }
        hashes[slot] = h;
        owners[slot] = appendId(id);
        if (++size * 2 > hashes.length) {
            grow();
        }
    }

    /** The slot holding {@code h}, or the empty slot where it would go (linear probing). */
    private int find(long h) {
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0 && hashes[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int appendId(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        if (idEnd + b.length > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idEnd + b.length));
        }
        System.arraycopy(b, 0, idBytes, idEnd, b.length);
        if (size + 1 >= idStarts.length) {
            idStarts = Arrays.copyOf(idStarts, idStarts.length * 2);
        }
        idStarts[size] = idEnd;
        idEnd += b.length;
        idStarts[size + 1] = idEnd;
        return size;
    }

    private String id(int index) {
        return new String(idBytes, idStarts[index], idStarts[index + 1] - idStarts[index], StandardCharsets.UTF_8);
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldOwners = owners;
        hashes = new long[oldHashes.length * 2];
        owners = new int[oldHashes.length * 2];
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int slot = find(oldHashes[j]);
                hashes[slot] = oldHashes[j];
                owners[slot] = oldOwners[j];
            }
        }
    }

    private static long hash(String s) {
        return Fnv1a.hash64(s);
    }
}

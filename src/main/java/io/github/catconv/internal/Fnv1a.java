package io.github.catconv.internal;

/**
 * One 64-bit hash for the tables that keep hashes instead of strings (the ids of one output,
 * citation keys), so both agree on what is "the same".
 */
public final class Fnv1a {

    private Fnv1a() {
    }

    /**
     * The 64-bit FNV-1a hash of the UTF-16 code units of {@code s}, never 0 (0 marks an empty slot
     * in the open-addressing tables that keep such hashes instead of strings).
     *
     * @param s not null
     */
    public static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}

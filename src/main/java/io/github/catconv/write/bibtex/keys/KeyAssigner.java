package io.github.catconv.write.bibtex.keys;

import io.github.catconv.model.BibRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;

/**
 * Gives each record of one output a unique citation key, as records stream through.
 *
 * <p><b>Rule.</b> The base key is the pattern's result; when that is empty, the record id folded
 * to key characters; when that is empty too, {@code anon}. A record whose base key is still free
 * gets it. A record whose base key is taken gets {@code base-xxxx}, where {@code xxxx} are the
 * first 4 characters of the lower-case RFC 4648 base32 SHA-256 of its record id, lengthened two
 * characters at a time while that key is taken too; a record id seen again (the same id twice)
 * finally gets {@code -2}, {@code -3}, … after its full hash. Keys are compared ignoring case,
 * because BibTeX looks keys up case-insensitively.
 *
 * <p><b>What this guarantees.</b> Keys are unique within the output; the same input gives the
 * same keys every run; a record whose base key no other record of the run produces keeps its plain
 * base key whatever the order and company; and a disambiguated key depends only on the record
 * itself (its base key and its id), not on which record took the plain key. The one order
 * dependence, inherent to writing entries as they come, is which of several records with the same
 * base key is first and so keeps the plain key: the writers warn about every clash.
 *
 * <p>Memory grows with the number of keys, 40 to 80 bytes a key ({@link KeyOwners}: a 64-bit hash
 * of each key and its owner's id as UTF-8), never with the size of the records.
 * Not thread-safe: one instance per output.
 */
public final class KeyAssigner {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final KeyPattern ID_PATTERN = KeyPattern.parse("[id]");

    /**
     * The outcome for one record.
     *
     * @param key the unique key
     * @param base the base key the pattern (or fallback) gave
     * @param takenBy the record id that holds {@code base}, or null when the record got its base key
     */
    public record Assignment(String key, String base, String takenBy) {
        /** True when the base key was taken and the key was disambiguated. */
        public boolean disambiguated() {
            return takenBy != null;
        }
    }

    private final KeyPattern pattern;
    /** Lower-cased key → id of the record that holds it. */
    private final KeyOwners owners = new KeyOwners();

    /** @param pattern the key pattern, not null */
    public KeyAssigner(KeyPattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
    }

    /**
     * Assigns the key of the next record.
     *
     * @param record not null
     * @return the assignment, never null; its key is non-empty and unique in this assigner
     */
    public Assignment assign(BibRecord record) {
        String base = baseKey(record);
        String owner = owners.owner(lower(base));
        if (owner == null) {
            owners.put(lower(base), record.id());
            return new Assignment(base, base, null);
        }
        String hash = hash(record.id());
        String key = null;
        for (int len = 4; len <= hash.length(); len += 2) {
            String candidate = base + "-" + hash.substring(0, len);
            if (!owners.isTaken(lower(candidate))) {
                key = candidate;
                break;
            }
        }
        for (int n = 2; key == null; n++) {
            String candidate = base + "-" + hash + "-" + n;
            if (!owners.isTaken(lower(candidate))) {
                key = candidate;
            }
        }
        owners.put(lower(key), record.id());
        return new Assignment(key, base, owner);
    }

    /** The base key: pattern result, else the folded record id, else {@code anon}. */
    String baseKey(BibRecord record) {
        String key = pattern.apply(record);
        if (key.isEmpty()) {
            key = ID_PATTERN.apply(record);
        }
        return key.isEmpty() ? "anon" : key;
    }

    /** Lower-case base32 of the SHA-256 of the UTF-8 id (52 characters). */
    static String hash(String id) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        StringBuilder sb = new StringBuilder(52);
        int buffer = 0;
        int bits = 0;
        for (byte b : digest) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}

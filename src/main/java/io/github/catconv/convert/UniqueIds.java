package io.github.catconv.convert;

import io.github.catconv.internal.Fnv1a;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceField;
import io.github.catconv.model.SourceInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps record ids unique in one output, whatever the inputs repeat (docs/usage.md, "Duplicate
 * records"). Records arrive in input order, the same at any {@code --jobs}:
 * <ul>
 *   <li>a record identical in every field to one already written under the same id is skipped,
 *       with a warning naming the first one ({@code duplicate of FILE:LINE});</li>
 *   <li>a different record with an id already written is written under {@code ID-xxxx}, where
 *       {@code xxxx} are the first 4 characters (6, 8, … while that id is taken too) of the base32
 *       hash of its own content, with a warning. The suffix depends only on the record, so the same
 *       record gets the same id in any company; which of two records keeps the plain id is the one
 *       that comes first.</li>
 * </ul>
 * "Identical" compares every model field and the catalog facts of {@link SourceInfo}; not the
 * file and line the record came from. Memory: 24 bytes per record id in an open-addressing table
 * (64-bit hashes of the id and of the content, and where the record was); two different records
 * whose 64-bit hashes collide would be taken as one, which is vanishingly unlikely.
 *
 * <p>Not thread-safe: one instance per output, fed in output order.
 */
final class UniqueIds {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    /** Content hash of an entry that only marks an id as taken (a suffixed id). */
    private static final long TAKEN_ONLY = 0;

    /**
     * What to do with one record.
     *
     * @param record the record to write (its id may be new), or null to skip it
     * @param warning the warning to report at the record, or null
     */
    record Verdict(BibRecord record, String warning) {
    }

    private long[] idHashes = new long[1 << 10];
    private long[] contentHashes = new long[1 << 10];
    private int[] files = new int[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();

    /** Decides about {@code r}, the next record of the output, and remembers it. */
    Verdict admit(BibRecord r) {
        long idHash = idHash(r.id());
        long content = contentHash(r);
        int mask = idHashes.length - 1;
        int firstSlot = -1;
        for (int i = slot(idHash, mask); idHashes[i] != 0; i = (i + 1) & mask) {
            if (idHashes[i] != idHash) {
                continue;
            }
            if (contentHashes[i] == content) {
                return new Verdict(null, "duplicate record skipped; duplicate of " + where(i)
                        + ", identical in every field");
            }
            if (firstSlot < 0) {
                firstSlot = i;
            }
        }
        int file = fileIndex(r.source().file());
        int line = r.source().line();
        if (firstSlot < 0) {
            put(idHash, content, file, line);
            return new Verdict(r, null);
        }
        String first = where(firstSlot);
        String hash = base32(content);
        String id = null;
        for (int len = 4; len <= hash.length(); len += 2) {
            String candidate = r.id() + "-" + hash.substring(0, len);
            if (!taken(idHash(candidate))) {
                id = candidate;
                break;
            }
        }
        for (int n = 2; id == null; n++) {
            String candidate = r.id() + "-" + hash + "-" + n;
            id = taken(idHash(candidate)) ? null : candidate;
        }
        // Under the original id with its content, so that a later copy of this record is skipped;
        // under the new id as taken only, so that no later record gets it.
        put(idHash, content, file, line);
        put(idHash(id), TAKEN_ONLY, file, line);
        return new Verdict(r.toBuilder().id(id).build(), "duplicate record id; " + first
                + " has the same id and other data, so this record is written as " + id);
    }

    private boolean taken(long idHash) {
        int mask = idHashes.length - 1;
        for (int i = slot(idHash, mask); idHashes[i] != 0; i = (i + 1) & mask) {
            if (idHashes[i] == idHash) {
                return true;
            }
        }
        return false;
    }

    private String where(int slot) {
        String file = fileNames.get(files[slot]);
        return (file == null ? "-" : file) + ":" + lines[slot];
    }

    private int fileIndex(String name) {
        Integer i = fileIndex.get(name);
        if (i == null) {
            i = fileNames.size();
            fileNames.add(name);
            fileIndex.put(name, i);
        }
        return i;
    }

    private void put(long idHash, long content, int file, int line) {
        if ((size + 1) * 2 > idHashes.length) {
            grow();
        }
        int mask = idHashes.length - 1;
        int i = slot(idHash, mask);
        while (idHashes[i] != 0) {
            i = (i + 1) & mask;
        }
        idHashes[i] = idHash;
        contentHashes[i] = content;
        files[i] = file;
        lines[i] = line;
        size++;
    }

    private void grow() {
        long[] oldIds = idHashes;
        long[] oldContent = contentHashes;
        int[] oldFiles = files;
        int[] oldLines = lines;
        idHashes = new long[oldIds.length * 2];
        contentHashes = new long[oldIds.length * 2];
        files = new int[oldIds.length * 2];
        lines = new int[oldIds.length * 2];
        size = 0;
        // Re-inserted in slot order: the same inputs always give the same table.
        for (int j = 0; j < oldIds.length; j++) {
            if (oldIds[j] != 0) {
                put(oldIds[j], oldContent[j], oldFiles[j], oldLines[j]);
            }
        }
    }

    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Never 0, which marks an empty slot. */
    private static long idHash(String id) {
        long h = Fnv1a.hash64(id);
        return h == 0 ? 1 : h;
    }

    /** A 64-bit hash of everything a writer can show: every model field, not where the record was read. */
    static long contentHash(BibRecord r) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(r.type()).append('\u001e').append(r.title()).append('\u001e').append(r.subtitle())
                .append('\u001e').append(r.shortTitle()).append('\u001e').append(r.contributors())
                .append('\u001e').append(r.container()).append('\u001e').append(r.publisher())
                .append('\u001e').append(r.place()).append('\u001e').append(r.issued())
                .append('\u001e').append(r.edition()).append('\u001e').append(r.series())
                .append('\u001e').append(r.physicalDescription()).append('\u001e').append(r.numberOfPages())
                .append('\u001e').append(r.language()).append('\u001e').append(r.abstractText())
                .append('\u001e').append(r.subjects()).append('\u001e').append(r.identifiers())
                .append('\u001e').append(r.urls()).append('\u001e').append(r.notes())
                .append('\u001e').append(r.rights()).append('\u001e').append(r.genre())
                .append('\u001e').append(r.callNumber()).append('\u001e').append(r.originalScript());
        SourceInfo s = r.source();
        sb.append('\u001e').append(s.recordId()).append('\u001e').append(s.institution())
                .append('\u001e').append(s.collection()).append('\u001e').append(s.recordFormat())
                .append('\u001e').append(s.formats());
        for (SourceField f : r.unmapped()) {
            sb.append('\u001e').append(f.name()).append('=').append(f.values());
        }
        long h = Fnv1a.hash64(sb);
        return h == TAKEN_ONLY ? 1 : h;
    }

    /** The 13 base32 characters of a 64-bit hash (RFC 4648 alphabet, lower case). */
    private static String base32(long h) {
        StringBuilder sb = new StringBuilder(13);
        for (int shift = 59; shift > -5; shift -= 5) {
            sb.append(BASE32.charAt((int) ((shift >= 0 ? h >>> shift : h << -shift) & 31)));
        }
        return sb.toString();
    }
}

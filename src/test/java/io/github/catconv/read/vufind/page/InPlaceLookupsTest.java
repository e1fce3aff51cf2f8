package io.github.catconv.read.vufind.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scanner's in-place look-ups (field name without a substring, one label normalisation, the
 * length pre-check) and the array form of the longest run answer as the checks they replaced.
 */
class InPlaceLookupsTest {

    private static final SolrSchema SCHEMA = SolrSchema.get();
    private static final String ALPHABET = "ab_zAZ09-.é \t:…,;/()[]xyz";

    /** Field names of the schema, dynamic-field names and near misses. */
    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String[] c : Labels.rows("solr-fields.tsv")) {
            out.add(c[2].equals("dynamic") ? "local" + c[0].substring(1) : c[0]);
            out.add(c[0] + "x");
            out.add(c[0].substring(0, c[0].length() - 1));
            out.add(c[0].substring(1));
        }
        out.addAll(List.of("score", "doi_str_mv", "_str_mv", "x_str_mv", "author", "authorx", "a", "zzz_txt_mv"));
        return out;
    }

    @Test
    void knownNameInPlaceEqualsIsKnownOfTheSubstring() {
        int known = 0;
        for (String name : names()) {
            for (String line : List.of(name, name + " value", name + "\tvalue")) {
                int end = DumpScanner.fieldNameEnd(line);
                String old = DumpScanner.fieldName(line);
                assertEquals(old == null ? -1 : old.length(), end, line);
                String found = end > 0 ? SCHEMA.knownName(line, end) : null;
                boolean expected = old != null && SCHEMA.isKnown(old);
                assertEquals(expected, found != null, line);
                if (found != null) {
                    known++;
                    assertEquals(old, found, line);
                    assertEquals(SCHEMA.isMultiValued(old), SCHEMA.isMultiValued(found), line);
                }
            }
        }
        assertTrue(known > 300, "known names checked: " + known);
        assertSame(SCHEMA.knownName("author Smith", 6), SCHEMA.knownName("author", 6), "the table's own instance");
    }

    @Test
    void randomLinesAgreeWithTheSubstringLookUp() {
        Random rnd = new Random(6092784);
        List<String> names = names();
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? names.get(rnd.nextInt(names.size())) : "");
            for (int k = rnd.nextInt(12); k > 0; k--) {
                sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            String line = sb.toString();
            String old = DumpScanner.fieldName(line);
            int end = DumpScanner.fieldNameEnd(line);
            String found = end > 0 ? SCHEMA.knownName(line, end) : null;
            assertEquals(old != null && SCHEMA.isKnown(old) ? old : null, found, line);
        }
    }

    @Test
    void furnitureIsLoadingOrHeadingAsBefore() {
        Labels labels = Labels.get();
        List<String> lines = new ArrayList<>(List.of("Loading…", "Loading...", "  Bibliographic Details  ",
                "Bibliographic Details:", "Chargement…", "Main Author", "", "Loading… " + "x".repeat(40)));
        for (String[] row : Labels.rows("labels.tsv")) {
            if (row.length > 2) {
                lines.add(row[2]);
                lines.add(" " + row[2] + " ".repeat(30));
            }
        }
        for (String line : lines) {
            String s = line.strip();
            Labels.Furniture expected = labels.isLoading(s) ? Labels.Furniture.LOADING
                    : labels.isDetailsHeading(s) ? Labels.Furniture.HEADING : Labels.Furniture.NONE;
            assertEquals(expected, labels.furniture(line), line);
        }
        assertEquals(Labels.Furniture.LOADING, labels.furniture("Loading…"));
        assertEquals(Labels.Furniture.HEADING, labels.furniture("Bibliographic Details"));
    }

    @Test
    void theLengthPreCheckDropsOnlyLinesNoLabelMatches() {
        Labels labels = Labels.get();
        Random rnd = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String core = rnd.nextBoolean() ? "Bibliographic Details" : "Loading…";
            String pad = " ".repeat(rnd.nextInt(50));
            String line = rnd.nextBoolean() ? pad + core + pad : core + "x".repeat(rnd.nextInt(50));
            boolean old = DumpScanner.mayBeLabel(line) && labels.furniture(line) != Labels.Furniture.NONE;
            boolean now = DumpScanner.mayBeShortLabel(line) && labels.furniture(line) != Labels.Furniture.NONE;
            assertEquals(old, now, line);
        }
        assertFalse(DumpScanner.mayBeShortLabel("x".repeat(61)));
        assertTrue(DumpScanner.mayBeShortLabel(" ".repeat(40) + "Loading…" + " ".repeat(40)));
        assertNull(DumpScanner.fieldName("Author x"));
    }

    @Test
    void theLetterPairPreCheckPassesEveryLabelText() {
        Labels labels = Labels.get();
        int texts = 0;
        for (String[] row : Labels.rows("labels.tsv")) {
            for (int i = 2; i < row.length; i++) {
                for (String v : List.of(row[i], "  " + row[i].toUpperCase(java.util.Locale.ROOT) + " :", row[i] + "...")) {
                    texts++;
                    if (labels.keyOfNormalized(Labels.normalize(v)) != null) {
                        assertTrue(labels.mayBeLabelText(v), v);
                    }
                }
            }
        }
        assertTrue(texts > 3000, "texts: " + texts);
        assertFalse(labels.mayBeLabelText("Qqx xyzzy"));
        assertTrue(labels.mayBeLabelText("Qq\u0301"), "a combining mark may change the letters");
    }

    @Test
    void whatThePairPreCheckRejectsHasNoKey() {
        Labels labels = Labels.get();
        Random rnd = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIZ .:…\u0301éİı\u2000\t";
        int rejected = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (!labels.mayBeLabelText(s)) {
                rejected++;
                assertNull(labels.keyOfNormalized(Labels.normalize(s)), s);
            }
        }
        assertTrue(rejected > 10_000, "rejected: " + rejected);
    }

    @Test
    void longestIncreasingEqualsTheFormerListForm() {
        Random rnd = new Random(7);
        String[] pool = {"a", "author", "b", "format", "id", "isbn", "title", "topic", "url", "_version_"};
        for (int n = 0; n < 5_000; n++) {
            int len = rnd.nextInt(30);
            String[] names = new String[len + 3];
            for (int i = 0; i < len; i++) {
                names[i] = pool[rnd.nextInt(pool.length)];
            }
            int[] fromArray = RecordPageParser.longestIncreasing(names, len);
            int[] reference = referenceLongestIncreasing(java.util.Arrays.asList(names).subList(0, len));
            assertArrayEquals(reference, fromArray, java.util.Arrays.asList(names).subList(0, len).toString());
        }
    }

    /** The former list form: binary search over all tails for every name. */
    private static int[] referenceLongestIncreasing(List<String> names) {
        int n = names.size();
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names.get(tails[mid]).compareTo(names.get(i)) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo < len && names.get(tails[lo]).equals(names.get(i))) {
                continue;
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == len) {
                len++;
            }
        }
        int[] out = new int[len];
        int k = len > 0 ? tails[len - 1] : -1;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = k;
            k = prev[k];
        }
        return out;
    }
}

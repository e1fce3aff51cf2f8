package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyAssignerTest {

    private static BibRecord rec(String id, String family, String title) {
        return KeyPatternTest.seed().toBuilder().id(id).title(title).subtitle(null)
                .contributors(List.of(new Contributor(ContributorRole.AUTHOR, Person.of(family, "X")))).build();
    }

    private static Map<String, String> keysById(List<BibRecord> records) {
        KeyAssigner a = new KeyAssigner(KeyPattern.parse(KeyPattern.DEFAULT));
        Map<String, String> out = new HashMap<>();
        for (BibRecord r : records) {
            out.put(r.id(), a.assign(r).key());
        }
        return out;
    }

    /** SHA-256 base32 prefixes computed independently (Python: base64.b32encode(sha256(id))). */
    @ParameterizedTest
    @CsvSource({"pubmed-6092784, njl6", "a, zkly", "b, hyr6"})
    void hashSuffix(String id, String prefix) {
        assertTrue(KeyAssigner.hash(id).startsWith(prefix), KeyAssigner.hash(id));
        assertEquals(52, KeyAssigner.hash(id).length());
    }

    @Test
    void uniqueBaseKeysSurviveAnyOrder() {
        List<BibRecord> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            records.add(rec("id" + i, "Author" + (char) ('a' + i % 26) + i, "Title " + i));
        }
        Map<String, String> reference = keysById(records);
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            List<BibRecord> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, random);
            assertEquals(reference, keysById(shuffled));
            // Any subset: each record keeps the key it had in the full set.
            keysById(shuffled.subList(0, 10)).forEach((id, key) -> assertEquals(reference.get(id), key));
        }
    }

    @Test
    void clashesGetASuffixDerivedFromTheRecordItself() {
        BibRecord a = rec("a", "Tookey", "From client to co-worker");
        BibRecord b = rec("b", "Tookey", "From client to co-worker");
        BibRecord c = rec("c", "Other", "Something else");
        assertEquals(Map.of("a", "tookey2018client", "b", "tookey2018client-hyr6", "c", "other2018something"),
                keysById(List.of(a, b, c)));
        // Whoever comes first keeps the plain key; the other's key depends only on itself.
        assertEquals(Map.of("b", "tookey2018client", "a", "tookey2018client-zkly", "c", "other2018something"),
                keysById(List.of(b, c, a)));
    }

    @Test
    void sameIdTwiceGetsDistinctKeysDeterministically() {
        BibRecord a = rec("a", "Tookey", "From client to co-worker");
        KeyAssigner k = new KeyAssigner(KeyPattern.parse(KeyPattern.DEFAULT));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(k.assign(a).key());
        }
        assertEquals("tookey2018client", keys.get(0));
        assertEquals("tookey2018client-zkly", keys.get(1));
        assertEquals("tookey2018client-zklyce", keys.get(2));
        assertEquals(25, new HashSet<>(keys).size());
        KeyAssigner again = new KeyAssigner(KeyPattern.parse(KeyPattern.DEFAULT));
        for (String expected : keys) {
            assertEquals(expected, again.assign(a).key());
        }
    }

    @Test
    void clashDetectionIgnoresCaseLikeBibtex() {
        KeyAssigner k = new KeyAssigner(KeyPattern.parse("[auth]"));
        assertEquals("Tookey", k.assign(rec("a", "Tookey", "x")).key());
        KeyAssigner.Assignment second = k.assign(rec("b", "TOOKEY", "x"));
        assertTrue(second.disambiguated());
        assertEquals("a", second.takenBy());
        assertEquals("TOOKEY-hyr6", second.key());
    }

    @Test
    void neverEmpty() {
        BibRecord cjk = KeyPatternTest.seed().toBuilder().id("源氏").title("源氏物語").subtitle(null).issued(null)
                .contributors(List.of()).build();
        KeyAssigner k = new KeyAssigner(KeyPattern.parse(KeyPattern.DEFAULT));
        assertEquals("anon", k.assign(cjk).key());
        BibRecord idOnly = cjk.toBuilder().id("rec-7").build();
        assertEquals("rec-7", k.assign(idOnly).key());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String key = k.assign(cjk).key();
            assertFalse(key.isEmpty());
            assertTrue(key.matches("[A-Za-z0-9_:.-]+"), key);
            assertTrue(seen.add(key));
        }
        assertNotEquals("anon", k.assign(cjk).key());
    }
}

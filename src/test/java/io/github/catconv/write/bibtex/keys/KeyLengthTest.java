package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import org.junit.jupiter.api.Test;

/** A 500,000-character title must not give a 500,000-character key: keys stop at 64 characters (docs/bibtex.md). */
class KeyLengthTest {

    private static BibRecord record(String id, String title) {
        return BibRecord.builder().id(id).title(title)
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Doe", "Jane"))).build();
    }

    /** The limit docs/bibtex.md promises. */
    private static final int LIMIT = 64;

    @Test
    void aHugeTitleWordGivesAKeyOfAtMostTheLimit() {
        String word = "a".repeat(500_000);
        KeyAssigner keys = new KeyAssigner(KeyPattern.parse(KeyPattern.DEFAULT));
        String key = keys.assign(record("r1", word)).key();
        assertEquals(LIMIT, key.length(), key.substring(0, 20));
        assertTrue(key.startsWith("doe"), key.substring(0, 20));
        // A second such record is disambiguated after the cut: still far from the title's length.
        String second = keys.assign(record("r2", word)).key();
        assertTrue(second.length() <= LIMIT + 1 + 52, second);
        assertTrue(second.startsWith(key + "-"), second);
    }

    @Test
    void aHugeIdAsFallbackIsCutToo() {
        BibRecord r = BibRecord.builder().id("x".repeat(100_000)).build();
        String key = new KeyAssigner(KeyPattern.parse("[title]")).assign(r).key();
        assertEquals(LIMIT, key.length());
    }

    @Test
    void theWholeTitlePatternIsCut() {
        String title = "word ".repeat(100_000);
        assertEquals(LIMIT, KeyPattern.parse("[title]").apply(record("r1", title)).length());
        assertEquals("wordwordword", KeyPattern.parse("[title:3:lower]").apply(record("r1", title)));
    }
}

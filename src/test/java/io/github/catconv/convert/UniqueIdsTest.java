package io.github.catconv.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unique-id rule of one output (docs/usage.md, "Duplicate records"). */
class UniqueIdsTest {

    private static BibRecord record(String id, String title, String file, int line) {
        return BibRecord.builder().id(id).title(title)
                .source(new SourceInfo(id, "Inst", null, "vufind", List.of("Book"), file, line)).build();
    }

    @Test
    void aNewIdIsWrittenAsItIs() {
        UniqueIds ids = new UniqueIds();
        BibRecord r = record("a", "Title", "x.txt", 1);
        UniqueIds.Verdict v = ids.admit(r);
        assertSame(r, v.record());
        assertNull(v.warning());
    }

    @Test
    void aRepeatIdenticalInEveryFieldIsSkippedNamingTheFirst() {
        UniqueIds ids = new UniqueIds();
        ids.admit(record("a", "Title", "x.txt", 1));
        // Another file and line: where a record was read is not part of its content.
        UniqueIds.Verdict v = ids.admit(record("a", "Title", "y.txt", 40));
        assertNull(v.record());
        assertEquals("duplicate record skipped; duplicate of x.txt:1, identical in every field", v.warning());
    }

    @Test
    void aDifferentRecordWithTheSameIdGetsASuffixFromItsOwnContent() {
        UniqueIds ids = new UniqueIds();
        ids.admit(record("a", "Title", "x.txt", 1));
        UniqueIds.Verdict v = ids.admit(record("a", "Other title", "y.txt", 7));
        String id = v.record().id();
        assertTrue(id.matches("a-[a-z2-7]{4}"), id);
        assertEquals("Other title", v.record().title().orElseThrow());
        assertEquals("duplicate record id; x.txt:1 has the same id and other data, so this record is written as " + id,
                v.warning());
        // The suffix depends only on the record: in another output, after another first record, the same.
        UniqueIds other = new UniqueIds();
        other.admit(record("a", "Third title", "z.txt", 1));
        assertEquals(id, other.admit(record("a", "Other title", "q.txt", 3)).record().id());
    }

    @Test
    void aLaterCopyOfARenamedRecordIsSkipped() {
        UniqueIds ids = new UniqueIds();
        ids.admit(record("a", "Title", "x.txt", 1));
        ids.admit(record("a", "Other title", "x.txt", 7));
        UniqueIds.Verdict v = ids.admit(record("a", "Other title", "x.txt", 13));
        assertNull(v.record());
        assertEquals("duplicate record skipped; duplicate of x.txt:7, identical in every field", v.warning());
    }

    @Test
    void aSuffixedIdIsNeverGivenTwiceNorTakenFromARealRecord() {
        UniqueIds ids = new UniqueIds();
        ids.admit(record("a", "Title", "x.txt", 1));
        String renamed = ids.admit(record("a", "Other title", "x.txt", 7)).record().id();
        // A record whose own id is the suffixed one, with other data, is renamed in turn.
        UniqueIds.Verdict v = ids.admit(record(renamed, "Unrelated", "x.txt", 20));
        assertNotEquals(renamed, v.record().id());
        assertTrue(v.warning().startsWith("duplicate record id; "), v.warning());
    }

    @Test
    void inEitherOrderTheSameRecordsAreWrittenWithUniqueIds() {
        List<BibRecord> input = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // ids repeat every 1000 records; titles every 2000: repeats and clashes both.
            input.add(record("id" + (i % 1000), "Title " + (i % 2000), "x.txt", i + 1));
        }
        Set<String> forward = written(input);
        List<BibRecord> reversed = new ArrayList<>(input);
        java.util.Collections.reverse(reversed);
        Set<String> backward = written(reversed);
        assertEquals(2000, forward.size(), "1000 repeats skipped");
        assertEquals(forward, backward);
    }

    /** The titles written, failing on any id given twice. */
    private static Set<String> written(List<BibRecord> input) {
        UniqueIds ids = new UniqueIds();
        Set<String> seenIds = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (BibRecord r : input) {
            BibRecord out = ids.admit(r).record();
            if (out != null) {
                assertTrue(seenIds.add(out.id()), "id written twice: " + out.id());
                titles.add(out.id().replaceAll("-[a-z2-7]+$", "") + "|" + out.title().orElseThrow());
            }
        }
        return titles;
    }

    @Test
    void contentHashSeesEveryCatalogFactButNotWhereTheRecordWasRead() {
        BibRecord a = record("a", "T", "x.txt", 1);
        assertEquals(UniqueIds.contentHash(a), UniqueIds.contentHash(record("a", "T", "y.txt", 9)));
        BibRecord otherInstitution = a.toBuilder()
                .source(new SourceInfo("a", "Other", null, "vufind", List.of("Book"), "x.txt", 1)).build();
        assertNotEquals(UniqueIds.contentHash(a), UniqueIds.contentHash(otherInstitution));
    }
}

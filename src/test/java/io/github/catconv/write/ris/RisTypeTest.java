package io.github.catconv.write.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RecordType → TY table and the per-type tag choices (RIS spec 2011, Zotero RIS.js). */
class RisTypeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ARTICLE, GEN",
        "ARTICLE_JOURNAL, JOUR",
        "ARTICLE_MAGAZINE, MGZN",
        "ARTICLE_NEWSPAPER, NEWS",
        "BOOK, BOOK",
        "CHAPTER, CHAP",
        "PAPER_CONFERENCE, CPAPER",
        "THESIS, THES",
        "REPORT, RPRT",
        "DATASET, DATA",
        "SOFTWARE, COMP",
        "WEBPAGE, ELEC",
        "MAP, MAP",
        "MANUSCRIPT, MANSCPT",
        "MOTION_PICTURE, VIDEO",
        "SONG, SOUND",
        "MUSICAL_SCORE, MUSIC",
        "GRAPHIC, ART",
        "PERIODICAL, JFULL",
        "ENTRY_ENCYCLOPEDIA, ENCYC",
        "LEGISLATION, STAT",
        "DOCUMENT, GEN",
    })
    void recordTypeMapsToTy(RecordType type, String ty) {
        assertEquals(ty, RisType.of(type).name());
    }

    @Test
    void tableAboveCoversEveryRecordType() {
        // 22 rows above; a new RecordType must get a row (and a deliberate TY).
        assertEquals(22, RecordType.values().length);
    }

    /** Zotero RIS.js fieldMap: which tag Zotero reads as which creator, per item type. */
    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "AUTHOR, JOUR, AU",
        "EDITOR, JOUR, A2",
        "EDITOR, CHAP, A2",
        "EDITOR, BOOK, A3",
        "COMPILER, BOOK, A3",
        "SERIES_EDITOR, BOOK, A2",
        "SERIES_EDITOR, CHAP, A3",
        "SERIES_EDITOR, RPRT, A2",
        "TRANSLATOR, BOOK, A4",
        "THESIS_ADVISOR, THES, A3",
        "DIRECTOR, VIDEO, AU",
        "PRODUCER, VIDEO, A3",
        "COMPOSER, SOUND, AU",
        "COMPOSER, MUSIC, AU",
        "PERFORMER, SOUND, A2",
    })
    void roleTag(ContributorRole role, RisType ty, RisTag tag) {
        assertEquals(tag, RisRecordMapper.tagFor(role, ty));
    }

    @ParameterizedTest(name = "{0} in {1} has no tag")
    @CsvSource({"ILLUSTRATOR, BOOK", "THESIS_ADVISOR, BOOK", "DIRECTOR, BOOK", "INTERVIEWER, JOUR", "CURATOR, ART"})
    void roleWithoutTagGoesToNotes(ContributorRole role, RisType ty) {
        assertNull(RisRecordMapper.tagFor(role, ty));
    }

    @ParameterizedTest(name = "{0}: series {1}, number {2}")
    @CsvSource({
        "BOOK, T2, M1",
        "CHAP, T3, SV",
        "JOUR, T3, ",
        "RPRT, T2, ",
        "MAP, T2, ",
        "COMP, T2, ",
        "CPAPER, T3, ",
    })
    void seriesTags(RisType ty, RisTag series, RisTag number) {
        assertEquals(series, ty.seriesTag());
        assertEquals(number, ty.seriesNumberTag());
    }
}

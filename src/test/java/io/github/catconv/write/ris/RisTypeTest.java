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

    @ParameterizedTest(name = "{0} -> {1} as TY {2}")
    @CsvSource({
        "ARTICLE, GEN, GEN",
        "ARTICLE_JOURNAL, JOUR, JOUR",
        "ARTICLE_MAGAZINE, MGZN, MGZN",
        "ARTICLE_NEWSPAPER, NEWS, NEWS",
        "BOOK, BOOK, BOOK",
        "CHAPTER, CHAP, CHAP",
        "PAPER_CONFERENCE, CPAPER, CONF",
        "THESIS, THES, THES",
        "REPORT, RPRT, RPRT",
        "DATASET, DATA, DATA",
        "SOFTWARE, COMP, COMP",
        "WEBPAGE, ELEC, ELEC",
        "MAP, MAP, MAP",
        "MANUSCRIPT, MANSCPT, MANSCPT",
        "MOTION_PICTURE, VIDEO, VIDEO",
        "SONG, SOUND, SOUND",
        "MUSICAL_SCORE, MUSIC, MUSIC",
        "GRAPHIC, ART, ART",
        "PERIODICAL, JFULL, JOUR",
        "ENTRY_ENCYCLOPEDIA, ENCYC, ENCYC",
        "LEGISLATION, STAT, STAT",
        "DOCUMENT, GEN, GEN",
    })
    void recordTypeMapsToTy(RecordType type, String profile, String ty) {
        assertEquals(profile, RisType.of(type).name(), "tag profile");
        // The spec's code, but CONF and JOUR where every importer reads those as the right type
        // and bibutils knows no CPAPER or JFULL: docs/ris.md, "Type codes".
        assertEquals(ty, RisType.of(type).code(), "TY code");
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

package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each spelling rule: when it fires, and the cases where it must not. */
class SpellingMinerTest {

    private static final String SEED = "pubmed-60927842018-08-20 From client to co-worker Tookey, Paula Mason, Kate"
            + " Harm Reduct J Research BACKGROUND: Despite the integration of peer workers into services."
            + " BioMed Central 2018-08-14 /pmc/articles/PMC6092784/ Text en © The Author(s). 2018 Open Access";
    private static final String ABSTRACT = "BACKGROUND: Despite the integration of peer workers into services.";

    @Test
    void exactDateAfterPublisherWins() {
        assertEquals(new PartialDate(2018, 8, 14),
                new SpellingMiner(List.of(SEED)).exactDate(2018, "BioMed Central", "pubmed-6092784").orElseThrow());
    }

    @Test
    void exactDateIgnoresHarvestDateGluedToId() {
        // No publisher anchor: the glued harvest date is skipped, the free one is the only candidate.
        assertEquals(new PartialDate(2018, 8, 14),
                new SpellingMiner(List.of(SEED)).exactDate(2018, null, "pubmed-6092784").orElseThrow());
    }

    @Test
    void exactDateDoesNotFireWhenYearDiffers() {
        assertTrue(new SpellingMiner(List.of(SEED)).exactDate(2017, "BioMed Central", "x").isEmpty());
    }

    @Test
    void exactDateDoesNotFireOnTwoUnanchoredCandidates() {
        String s = "Title 2018-03-01 more text 2018-05-02 end";
        assertTrue(new SpellingMiner(List.of(s)).exactDate(2018, "Other", "id1").isEmpty());
    }

    @Test
    void journalAbbreviationBetweenLastAuthorAndAbstractLessSubjects() {
        assertEquals("Harm Reduct J", new SpellingMiner(List.of(SEED))
                .journalAbbreviation(List.of("Tookey, Paula", "Mason, Kate"), ABSTRACT, List.of("Research")).orElseThrow());
    }

    @Test
    void journalAbbreviationDoesNotFireWhenGapIsOnlyASubject() {
        String s = "Title Tookey, Paula Research BACKGROUND: Despite the integration of peer workers into services.";
        assertTrue(new SpellingMiner(List.of(s))
                .journalAbbreviation(List.of("Tookey, Paula"), ABSTRACT, List.of("Research")).isEmpty());
    }

    @Test
    void journalAbbreviationDoesNotFireOnSentenceText() {
        String s = "Title Tookey, Paula this is some running text, not a title. BACKGROUND: Despite the integration"
                + " of peer workers into services.";
        assertTrue(new SpellingMiner(List.of(s))
                .journalAbbreviation(List.of("Tookey, Paula"), ABSTRACT, List.of()).isEmpty());
    }

    @Test
    void journalAbbreviationDoesNotFireWithoutAbstractAnchor() {
        assertTrue(new SpellingMiner(List.of(SEED))
                .journalAbbreviation(List.of("Tookey, Paula"), null, List.of()).isEmpty());
    }

    @Test
    void rightsAfterAbstract() {
        assertEquals("© The Author(s). 2018 Open Access", new SpellingMiner(List.of(SEED)).rights(ABSTRACT).orElseThrow());
    }

    @Test
    void rightsDoesNotFireWithoutAbstractOrInsideIt() {
        assertTrue(new SpellingMiner(List.of("New York : Wiley, ©1987. 300 p.")).rights(null).isEmpty());
        String s = "Abstract text says © Someone inside it. Nothing after.";
        assertTrue(new SpellingMiner(List.of(s)).rights("Abstract text says © Someone inside it. Nothing after.").isEmpty());
    }

    @Test
    void placeBeforePublisherInOneValue() {
        assertEquals("Bologna", SpellingMiner.place(List.of("Unione matematica italiana", "Bologna : Zanichelli, 1922-1975."),
                "Zanichelli").orElseThrow());
    }

    @Test
    void placeDoesNotFireWithoutColonStatementOrOnConflict() {
        assertTrue(SpellingMiner.place(List.of("Amsterdam [u.a.] Rodopi 2012"), "Rodopi").isEmpty());
        assertTrue(SpellingMiner.place(List.of("Paris : Gallimard", "Lyon : Gallimard"), "Gallimard").isEmpty());
    }

    @Test
    void seriesNumberRightAfterSeriesTitle() {
        String s = "Politics otherwise Rodopi 2012 Value inquiry book series 242 Philosophy. Value inquiry book series 242";
        assertEquals("242", new SpellingMiner(List.of(s)).seriesNumber("Value inquiry book series").orElseThrow());
    }

    @Test
    void seriesNumberDoesNotFireOnConflictOrYearLikeText() {
        String s = "Studies 12 and later Studies 13";
        assertTrue(new SpellingMiner(List.of(s)).seriesNumber("Studies").isEmpty());
        assertTrue(new SpellingMiner(List.of("Studies in history")).seriesNumber("Studies").isEmpty());
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleProtectorTest {

    /** Protect exactly the capitals BibTeX's change.case$ "t" would lower. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "From client to co-worker: a case study in Toronto, Canada | From client to co-worker: a case study in {Toronto}, {Canada}",
            "NASA reports on the ISS | {NASA} reports on the {ISS}",
            "The iPhone effect | The {iPhone} effect",
            "Results: Europe and Asia | Results: Europe and {Asia}",
            "all lower case | all lower case",
            "A study of (DNA) repair | A study of ({DNA}) repair",
            "Über die Natur | Über die {Natur}",
            "Co-Worker roles | {Co-Worker} roles",
            "x: Y | x: Y",
    })
    void protectsCapitalisedWords(String title, String expected) {
        assertEquals(expected, TitleProtector.protect(title, LatexEncoder.unicode()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            "Études sur École | {\\'E}tudes sur {{\\'E}cole}",
            "50% of USA & more | 50\\% of {USA} \\& more",
    })
    void protectsAfterEncoding(String title, String expected) {
        assertEquals(expected, TitleProtector.protect(title, LatexEncoder.ascii()));
    }
}

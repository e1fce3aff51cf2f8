package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each shape of volume goes in BibLaTeX (docs/bibtex.md, "BibLaTeX volumes"). */
class BiblatexVolumeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // raw              | volume | series | pubstate     | issue            | other
        "12                 | 12     | -      | -            | -                | -",
        "XLV                | 45     | -      | -            | -                | -",
        "xlv                | 45     | -      | -            | -                | -",
        "IV                 | 4      | -      | -            | -                | -",
        "IIII               | -      | -      | -            | -                | IIII",
        "Vi                 | -      | -      | -            | -                | Vi",
        "Vol. 12            | 12     | -      | -            | -                | -",
        "Bd. 3              | 3      | -      | -            | -                | -",
        "t. 4               | 4      | -      | -            | -                | -",
        "8586 LNCS          | 8586   | LNCS   | -            | -                | -",
        "LNCS 8586          | 8586   | LNCS   | -            | -                | -",
        "In press           | -      | -      | inpress      | -                | -",
        "Forthcoming.       | -      | -      | forthcoming  | -                | -",
        "Forthcomin         | -      | -      | forthcoming  | -                | -",
        "Im Druck           | -      | -      | inpress      | -                | -",
        "July-September     | -      | -      | -            | July-September   | -",
        "Spring 2004        | -      | -      | -            | Spring 2004      | -",
        "12A                | -      | -      | -            | -                | 12A",
        "Suppl. 2           | -      | -      | -            | -                | Suppl. 2",
        "1234567890         | -      | -      | -            | -                | 1234567890",
    })
    void eachShapeGoesWhereBiblatexReadsIt(String raw, String volume, String series, String pubstate, String issue,
            String other) {
        assertEquals(new BiblatexVolume(volume, series, pubstate, issue, other), BiblatexVolume.of(raw));
    }

    @ParameterizedTest
    @CsvSource({"I, 1", "IX, 9", "XIV, 14", "MCMXCIV, 1994", "MMMMCMXCIX, 4999", "IC, 0", "VV, 0", "ABC, 0", "'', 0"})
    void romanNumeralsInTheirCanonicalSpellingOnly(String numeral, int value) {
        assertEquals(value, BiblatexVolume.romanValue(numeral));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "'  '"})
    void noVolume(String raw) {
        BiblatexVolume v = BiblatexVolume.of(raw);
        assertEquals(Arrays.asList(null, null, null, null, null),
                Arrays.asList(v.volume(), v.series(), v.pubstate(), v.issue(), v.other()));
    }
}

package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiFolderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Müller | Muller",
            "Straße | Strasse",
            "Ærø | Aero",
            "Łódź | Lodz",
            "Øster | Oster",
            "Þórr | Thorr",
            "Œuvre | Oeuvre",
            "Dvořák | Dvorak",
            "co-worker | coworker",
            "Достоевский | Dostoevskiy",
            "Щедрин | Shchedrin",
            "Юлия | Yuliya",
            "Ελλάδα | Ellada",
            "Θεσσαλονίκη | Thessaloniki",
            "Ψυχή | Psychi",
            "源氏物語 | ''",
            "שלום | ''",
            "Kant2 | Kant2",
    })
    void folds(String in, String expected) {
        assertEquals(expected, AsciiFolder.fold(in));
    }
}

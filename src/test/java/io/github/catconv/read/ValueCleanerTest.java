package io.github.catconv.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.SourceField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one cleaning every reader's values pass through: controls, bidi, NFC, surrogates, mojibake. */
class ValueCleanerTest {

    @Test
    void linesLoseControlsAndBidiControlsKeepTabsAndAreComposed() {
        assertEquals("García Müller", ValueCleaner.line("García\u0001 M\u00fcller"));
        assertEquals("Méndez bàd", ValueCleaner.line("Me\u0301ndez \u202Eb\u00e0d"));
        assertEquals("a\tb", ValueCleaner.line("a\tb\u0000\u007F\u0085\uFEFF\u2066\u2069"));
        String plain = "书 \uD83D\uDE00 plain";
        assertSame(plain, ValueCleaner.line(plain));
    }

    private static BibRecord record(String title) {
        return BibRecord.builder().id("r1").title(title).provenance("title", new Provenance("title_short", 7, ""))
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("Do\u001Be", "J\u202Eane")))
                .addUnmapped(new SourceField("local_x", List.of("v\u0007al"), 9, true)).build();
    }

    @Test
    void everyStringOfARecordIsCleanedAndTheWarningNamesTheFields() {
        ValueCleaner.Cleaned c = ValueCleaner.record(record("Bell\u0007 and\r\nCR\u202E"), false);
        BibRecord r = c.record();
        assertEquals("Bell and\nCR", r.title().orElseThrow());
        assertEquals("Doe", ((Person) r.contributors().get(0).agent()).family());
        assertEquals("Jane", ((Person) r.contributors().get(0).agent()).given());
        assertEquals(List.of("val"), r.unmapped().get(0).values());
        assertTrue(r.unmapped().get(0).unknown(), "the unknown flag survives cleaning");
        assertEquals(List.of("title (from title_short)", "contributors[1]", "local_x"), c.removed());
        assertEquals(7, c.removedLine(), "the line of the first field, from its provenance");
    }

    @Test
    void aCleanRecordIsTheSameInstance() {
        BibRecord r = BibRecord.builder().id("r1").title("Plain title").build();
        assertSame(r, ValueCleaner.record(r, false).record());
    }

    @Test
    void decomposedTextIsComposedSilently() {
        ValueCleaner.Cleaned c = ValueCleaner.record(BibRecord.builder().id("r1").title("Bibliogra\u0301ficos").build(), false);
        assertEquals("Bibliográficos", c.record().title().orElseThrow());
        assertTrue(c.removed().isEmpty());
    }

    @Test
    void aLoneSurrogateRejectsItsRecord() {
        ValueCleaner.Cleaned c = ValueCleaner.record(BibRecord.builder().id("r1").title("bad \uD800 text").build(), false);
        assertNull(c.record());
        assertEquals("r1", c.id());
        assertEquals("field title holds a lone surrogate, which is no Unicode text; record rejected", c.rejection());
    }

    @Test
    void anIdOfControlCharactersOnlyRejectsItsRecord() {
        ValueCleaner.Cleaned c = ValueCleaner.record(BibRecord.builder().id("\u0001\u0002").title("t").build(), false);
        assertNull(c.record());
        assertTrue(c.rejection().contains("record id"), c.rejection());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BibliogrÃ¡ficos|Bibliográficos",
        "EspaÃ±a|España",
        "itâ€™s|it’s",
        "â€œquotedâ€\u009D|“quoted”",
        "Ã¼ber Ã©tÃ© â€“ dash|über été – dash",
        "mixed é and Ã©|mixed é and é",
        "emoji ðŸ˜€|emoji \uD83D\uDE00"})
    void doubleEncodedTextIsFoundAndRepaired(String mojibake, String repaired) {
        assertTrue(ValueCleaner.looksDoubleEncoded(mojibake), mojibake);
        assertEquals(repaired, ValueCleaner.repairDoubleEncoding(mojibake));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"São Paulo", "SÃO PAULO", "Ã", "café", "naïve Ã ", "Â", "100 °C", "Łódź"})
    void correctTextIsNotTakenForMojibake(String text) {
        assertFalse(ValueCleaner.looksDoubleEncoded(text), text);
        assertSame(text, ValueCleaner.repairDoubleEncoding(text));
    }

    @Test
    void theRecordPassFindsMojibakeAndRepairsItOnlyWhenAsked() {
        BibRecord r = BibRecord.builder().id("r1").title("BibliogrÃ¡ficos").build();
        ValueCleaner.Cleaned kept = ValueCleaner.record(r, false);
        assertEquals("BibliogrÃ¡ficos", kept.record().title().orElseThrow());
        assertEquals("title", kept.mojibakeField());
        assertEquals("Bibliográficos", ValueCleaner.record(r, true).record().title().orElseThrow());
    }
}

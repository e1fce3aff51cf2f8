package io.github.catconv.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.model.SourceField;
import io.github.catconv.testsupport.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the exchange readers share with every reader: values cleaned in one place (a control
 * character is removed with a warning naming the field), unknown fields kept as such (CSL-JSON's
 * {@code custom} carries them), and the original-script facts catconv writes (MARC 880) read back.
 */
class ReadersOnMainTest {

    private static BibRecord one(String reader, String text, List<Diagnostic> d) {
        List<BibRecord> r = Formats.read(reader, text, d);
        assertEquals(1, r.size(), d.toString());
        return r.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bibtex|@book{k,~  title = {A\u0001B},~  year = 2001~}~|title",
        "ris|TY  - BOOK~TI  - A\u0001B~ER  - ~|TI",
        "csl-json|{'id':'k','type':'book','title':'A\u0001B'}~{'id':'l','type':'book'}~|line 1"})
    void aControlCharacterIsRemovedWithAWarningNamingWhereItWas(String reader, String text, String where) {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = Formats.read(reader, text.replace('~', '\n').replace('\'', '"'), d);
        assertEquals("AB", r.get(0).title().orElseThrow());
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().startsWith("control or bidi characters removed (" + where), d.get(0).message());
    }

    @Test
    void cslOriginalTitleAndPublisherAreTheOriginalScript() {
        BibRecord r = one("csl-json", "[{\"id\":\"k\",\"type\":\"book\",\"title\":\"Voĭna i mir\","
                + "\"original-title\":\"Война и мир\",\"original-publisher\":\"Художественная литература\"}]", new ArrayList<>());
        assertEquals(new OriginalScript(null, "Война и мир", null, "Художественная литература", null, null, Map.of()),
                r.originalScript().orElseThrow());
    }

    @Test
    void cslCustomFieldsAndForeignKeysAreUnknownFields() {
        BibRecord r = one("csl-json", "[{\"id\":\"k\",\"type\":\"book\",\"custom\":{\"local\":\"x\",\"list\":[\"a\",\"b\"]},"
                + "\"zotero-extra\":\"y\",\"citation-number\":3}]", new ArrayList<>());
        assertEquals(List.of(new SourceField("local", List.of("x"), 1, true), new SourceField("list", List.of("a", "b"), 1, true),
                new SourceField("zotero-extra", List.of("y"), 1, true), new SourceField("citation-number", List.of("3"), 1, false)),
                r.unmapped());
    }

    @Test
    void biblatexTitleaddonInAnotherScriptIsTheOriginalTitle() {
        BibRecord r = one("biblatex", "@book{k, title = {Voĭna i mir}, titleaddon = {Война и мир}}", new ArrayList<>());
        assertEquals("Cyrl", r.originalScript().orElseThrow().script());
        assertEquals("Война и мир", r.originalScript().get().title());
        BibRecord same = one("biblatex", "@book{k, title = {War and peace}, subtitle = {A novel}, titleaddon = {Abridged}}",
                new ArrayList<>());
        assertTrue(same.originalScript().isEmpty());
        assertEquals("A novel. Abridged", same.subtitle().orElseThrow(), "a title addition in the title's own script");
    }

    @Test
    void unknownBibtexFieldsAndRisTagsAreMarkedUnknown() {
        BibRecord bib = one("bibtex", "@book{k, title = {T}, mrclass = {05A}, timestamp = {2020}}", new ArrayList<>());
        assertEquals(List.of(new SourceField("mrclass", List.of("05A"), 1, true), new SourceField("timestamp", List.of("2020"), 1, false)),
                bib.unmapped());
        BibRecord ris = one("ris", "TY  - BOOK\nTI  - T\nZZ  - local\nU1  - user\nER  - \n", new ArrayList<>());
        assertEquals(List.of(new SourceField("ZZ", List.of("local"), 3, true), new SourceField("U1", List.of("user"), 4, false)),
                ris.unmapped());
    }
}

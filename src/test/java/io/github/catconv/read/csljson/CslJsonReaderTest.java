package io.github.catconv.read.csljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceField;
import io.github.catconv.testsupport.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The csl-json reader: every JSON shape, every kind of CSL variable, and bad items one at a time. */
class CslJsonReaderTest {

    private static List<BibRecord> read(String json, List<Diagnostic> diags) {
        return Formats.read("csl-json", json, diags);
    }

    private static BibRecord one(String item) {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("[" + item + "]", d);
        assertEquals(1, r.size(), d.toString());
        return r.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "array|[{'id':'a','type':'book'},{'id':'b','type':'book'}]|a b",
        "one item|{'id':'a','type':'book'}|a",
        "JSON lines|{'id':'a','type':'book'}~{'id':'b','type':'book'}~~{'id':'c','type':'book'}~|a b c",
        "items one after another|{'id':'a','type':'book'} {'id':'b','type':'book'}|a b",
        "empty array|[]|''",
        "pretty-printed single item|{~  'id': 'a',~  'type': 'book'~}|a"})
    void shapes(String name, String json, String ids) {
        List<BibRecord> r = read(json.replace('\'', '"').replace('~', '\n'), new ArrayList<>());
        assertEquals(ids.isEmpty() ? List.of() : List.of(ids.split(" ")), r.stream().map(BibRecord::id).toList());
    }

    @Test
    void zoteroExportNamesDatesStringNumbersAndNoteLines() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read(Files.readString(Path.of("src/test/resources/read/zotero.json"), StandardCharsets.UTF_8), d);
        assertEquals(3, r.size(), d.toString());
        assertEquals(List.of(), d);
        BibRecord a = r.get(0);
        assertEquals(RecordType.ARTICLE_JOURNAL, a.type());
        assertEquals(List.of(Person.of("Tookey", "Paul"), new Person("Gogh", "Vincent", null, "van", null, null),
                new Person("Humboldt", "Alexander", "von", null, "Jr.", null), new Organization("World Health Organization")),
                a.contributors(ContributorRole.AUTHOR));
        assertEquals(new PartialDate(2018, 8, 14), a.issued().get().start(), "date-parts as strings");
        assertEquals("Harm Reduct J", a.container().map(Container::shortTitle).orElseThrow(), "journalAbbreviation");
        assertEquals("43", a.container().get().pages().first());
        assertEquals("1477-7517", a.identifier(IdentifierScheme.ISSN).orElseThrow());
        assertEquals("PubMed", a.source().collection());
        assertEquals(List.of("PMID: 30107808", "PMCID: PMC6092784", "accessed: 2021-05-06"), a.notes(),
                "Zotero's note lines are notes; accessed (no model field) becomes one in CSL's note syntax");
        assertEquals(List.of("zotero-key", "citation-key"), a.unmapped().stream().map(SourceField::name).toList(),
                "custom's fields are unknown fields (written back into custom), citation-key a known one");
        assertEquals(List.of(true, false), a.unmapped().stream().map(SourceField::unknown).toList());

        BibRecord b = r.get(1);
        assertEquals("2", b.id(), "a number id");
        assertEquals(RecordType.WEBPAGE, b.type(), "post-weblog is the closest model type");
        assertEquals("3", b.container().get().volume(), "a JSON number");
        assertEquals("120", b.numberOfPages().orElseThrow());
        assertEquals(new DateValue(PartialDate.ofYear(1998), PartialDate.ofYear(2003), true, "1998/2003"), b.issued().get());
        assertEquals(List.of("archive: Internet Archive", "medium: Online"), b.notes());

        BibRecord c = r.get(2);
        assertTrue(c.issued().get().approximate(), "raw 'ca. 1971'");
        assertEquals(PartialDate.ofYear(1971), c.issued().get().start());
        assertEquals(List.of("reviewed-author: Doe || Jane", "original-date: 19th century"), c.notes());
    }

    @Test
    void catconvNoteLinesGoBackToTheirFacts() {
        BibRecord r = one("{\"id\":\"x\",\"type\":\"thesis\","
                + "\"note\":\"A catalog note\\nthesis-advisor: Curie, Marie\\nseries: Second ; 2\"}");
        assertEquals(List.of("A catalog note"), r.notes());
        assertEquals(List.of(Person.of("Curie", "Marie")), r.contributors(ContributorRole.THESIS_ADVISOR));
        assertEquals(List.of(new Series("Second", "2")), r.series());
    }

    @Test
    void identifiersUrlsLicenceAndCatalogIdFromTheNote() {
        BibRecord r = one("{\"id\":\"k\",\"type\":\"book\",\"ISBN\":\"9780198526636 0198526636\",\"URL\":\"http://a\","
                + "\"note\":\"Free text\\noclc: 123\\ncontainer-issn: 1234-5679\\nurl: http://b\\nlicense: CC BY\\ncatalog-record-id: cat-1\"}");
        assertEquals(List.of("Free text"), r.notes());
        assertEquals(List.of("9780198526636", "0198526636"), r.identifiers(IdentifierScheme.ISBN).stream().map(i -> i.value()).toList());
        assertEquals("123", r.identifier(IdentifierScheme.OCLC).orElseThrow());
        assertEquals("1234-5679", r.container().get().identifiers().get(0).value());
        assertEquals(List.of("http://a", "http://b"), r.urls());
        assertEquals("CC BY", r.rights().orElseThrow());
        assertEquals("cat-1", r.source().recordId());
    }

    @Test
    void noteLinesOutOfTheWritersOrderStayNotes() {
        BibRecord r = one("{\"id\":\"k\",\"type\":\"book\",\"note\":\"license: CC BY\\noclc: 123\"}");
        assertEquals("123", r.identifier(IdentifierScheme.OCLC).orElseThrow());
        assertEquals(List.of("license: CC BY"), r.notes(), "license comes after the identifiers, so this one is a note");
    }

    @Test
    void aBadItemCostsOnlyItselfAndTheErrorNamesIndexIdAndVariable() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("[{\"id\":\"ok\",\"type\":\"book\"},\n"
                + "{\"id\":\"bad\",\"type\":\"book\",\"issued\":{\"date-parts\":[[\"spring\"]]}},\n"
                + "{\"id\":\"bad2\",\"type\":\"book\",\"author\":\"Doe, John\"},\n"
                + "{\"id\":\"bad3\",\"type\":\"book\",\"title\":[\"a\",\"b\"]},\n"
                + "{\"id\":\"bad4\",\"type\":\"book\",\"editor\":[{\"family\":{\"x\":1}}]},\n"
                + "\"not an item\",\n"
                + "{\"id\":\"ok2\",\"type\":\"book\"}]", d);
        assertEquals(List.of("ok", "ok2"), r.stream().map(BibRecord::id).toList());
        List<String> errors = d.stream().filter(x -> x.severity() == Severity.ERROR)
                .map(x -> x.line() + " [" + x.recordId() + "] " + x.message()).toList();
        assertEquals(List.of(
                "2 [bad] item 2 (id bad): variable \"issued\": date-parts hold \"spring\", not a number",
                "3 [bad2] item 3 (id bad2): variable \"author\": expected an array of names, found a string",
                "4 [bad3] item 4 (id bad3): variable \"title\": expected a string or a number, found an array",
                "5 [bad4] item 5 (id bad4): variable \"editor\": name 1: family is an object, not a string",
                "6 [null] item 6 is a string, not a CSL item object"), errors);
    }

    @Test
    void aBrokenJsonLineCostsOnlyItsLine() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("{\"id\":\"a\",\"type\":\"book\"}\n{\"id\":\"b\",\n{\"id\":\"c\",\"type\":\"book\"}\n", d);
        assertEquals(List.of("a", "c"), r.stream().map(BibRecord::id).toList());
        assertEquals(1, d.size(), d.toString());
        assertEquals(2, d.get(0).line());
    }

    @Test
    void brokenJsonInAnArrayEndsTheInputAfterTheItemsBeforeIt() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("[{\"id\":\"a\",\"type\":\"book\"},{\"id\":\"b\",\"type\": }]", d);
        assertEquals(List.of("a"), r.stream().map(BibRecord::id).toList());
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().startsWith("CSL-JSON cannot be read further after item 1"), d.get(0).message());
    }

    @Test
    void deepNestingIsRefusedByTheHardenedFactory() {
        List<Diagnostic> d = new ArrayList<>();
        read("[{\"id\":\"a\",\"type\":\"book\",\"custom\":" + "[".repeat(5000) + "]".repeat(5000) + "}]", d);
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().contains("depth"), d.get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '¶', value = {
        "{'literal':'19--'}||false|19--",
        "'1998~'|1998|true|1998~",
        "'2018-08-14'|2018-08-14|false|2018-08-14",
        "{'date-parts':[[2018,13]]}|2018|false|2018",
        "{'date-parts':[[-44]]}||false|[[-44]]",
        "{'date-parts':[[2018,2,30]]}|2018-02|false|2018-02",
        "{'date-parts':[[2001],[2001]]}|2001|false|2001",
        "{'raw':'s.f.'}||false|s.f."})
    void dates(String json, String iso, boolean circa, String raw) {
        DateValue d = one("{'id':'k','type':'book','issued':".replace('\'', '"') + json.replace('\'', '"') + "}")
                .issued().orElseThrow();
        assertEquals(iso == null ? "" : iso, d.start() == null ? "" : d.start().toIso()
                + (d.end() == null ? "" : "/" + d.end().toIso()));
        assertEquals(circa, d.approximate());
        assertEquals(raw, d.raw());
    }

    @Test
    void anItemWithoutTypeOrWithAnUnknownTypeIsADocumentWithAWarning() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("[{\"id\":\"a\"},{\"id\":\"b\",\"type\":\"spaceship\"}]", d);
        assertEquals(List.of(RecordType.DOCUMENT, RecordType.DOCUMENT), r.stream().map(BibRecord::type).toList());
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }
}

package io.github.catconv.csl;

import static io.github.catconv.csl.CslTestRecords.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.model.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per mapping rule of docs/mapping-csl.md: a hand-built record, the CSL variable, and the
 * value CSL 1.0.2 expects (null = the key must be absent).
 */
class CslMappingTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("id is the record id", base().build(), "id", "r1"),
                arguments("type is the CSL type", base().type(RecordType.ARTICLE_JOURNAL).build(),
                        "type", "article-journal"),
                arguments("title alone", base().title("Open access").build(), "title", "Open access"),
                arguments("title with subtitle", base().title("Open access").subtitle("a primer").build(),
                        "title", "Open access: a primer"),
                arguments("no title, no key", base().build(), "title", null),
                arguments("short title", base().shortTitle("Open").build(), "title-short", "Open"),
                arguments("no short title", base().title("Open").build(), "title-short", null),
                arguments("container title", withContainer(Container.empty().withTitle("Harm Reduction Journal")),
                        "container-title", "Harm Reduction Journal"),
                arguments("container abbreviation", withContainer(Container.empty().withShortTitle("Harm Reduct J")),
                        "container-title-short", "Harm Reduct J"),
                arguments("volume", withContainer(Container.empty().withVolume("15")), "volume", "15"),
                arguments("issue", withContainer(Container.empty().withIssue("3")), "issue", "3"),
                arguments("no issue", withContainer(Container.empty().withVolume("15")), "issue", null),
                arguments("page range with hyphen", pages(new PageRange("123", "145", "123–145")), "page", "123-145"),
                arguments("page-first of a range", pages(new PageRange("123", "145", "123–145")), "page-first", "123"),
                arguments("single page", pages(new PageRange("e1002", null, "e1002")), "page", "e1002"),
                arguments("unread pages keep text", pages(new PageRange(null, null, "xii, 304 p.")),
                        "page", "xii, 304 p."),
                arguments("unread pages, no page-first", pages(new PageRange(null, null, "xii, 304 p.")),
                        "page-first", null),
                arguments("publisher", base().publisher("MIT Press").build(), "publisher", "MIT Press"),
                arguments("place", base().place("Cambridge, Mass").build(), "publisher-place", "Cambridge, Mass"),
                arguments("year only", issued(DateValue.of(PartialDate.ofYear(2018))),
                        "issued", Map.of("date-parts", List.of(List.of(2018)))),
                arguments("year and month", issued(DateValue.of(new PartialDate(2018, 8, 0))),
                        "issued", Map.of("date-parts", List.of(List.of(2018, 8)))),
                arguments("full date", issued(DateValue.of(new PartialDate(2018, 8, 14))),
                        "issued", Map.of("date-parts", List.of(List.of(2018, 8, 14)))),
                arguments("range is two date-parts",
                        issued(new DateValue(PartialDate.ofYear(1999), PartialDate.ofYear(2003), false, "1999-2003")),
                        "issued", Map.of("date-parts", List.of(List.of(1999), List.of(2003)))),
                arguments("approximate is circa",
                        issued(new DateValue(PartialDate.ofYear(1998), null, true, "[1998?]")),
                        "issued", Map.of("date-parts", List.of(List.of(1998)), "circa", true)),
                arguments("unparsed date is literal", issued(DateValue.unparsed("19--")),
                        "issued", Map.of("literal", "19--")),
                arguments("no date", base().build(), "issued", null),
                arguments("edition", base().edition("2nd ed.").build(), "edition", "2nd ed."),
                arguments("series title", series(new Series("MIT Press essential knowledge", "7")),
                        "collection-title", "MIT Press essential knowledge"),
                arguments("series number", series(new Series("Lecture notes", "242")), "collection-number", "242"),
                arguments("series without number", series(new Series("Lecture notes", null)),
                        "collection-number", null),
                arguments("number of pages", base().numberOfPages("242").build(), "number-of-pages", "242"),
                arguments("physical description is dimensions", base().physicalDescription("XIV, 180 S. 23 cm").build(),
                        "dimensions", "XIV, 180 S. 23 cm"),
                arguments("language", base().language("en").build(), "language", "en"),
                arguments("abstract", base().abstractText("BACKGROUND: x").build(), "abstract", "BACKGROUND: x"),
                arguments("subjects joined", base().addSubject("Research").addSubject("Peer work").build(),
                        "keyword", "Research, Peer work"),
                arguments("no subjects", base().build(), "keyword", null),
                arguments("DOI", ids(id(IdentifierScheme.DOI, "10.1/a"), id(IdentifierScheme.DOI, "10.1/b")),
                        "DOI", "10.1/a"),
                arguments("PMID", ids(id(IdentifierScheme.PMID, "30107808")), "PMID", "30107808"),
                arguments("PMCID", ids(id(IdentifierScheme.PMCID, "PMC6092784")), "PMCID", "PMC6092784"),
                arguments("all ISBNs, space-separated",
                        ids(id(IdentifierScheme.ISBN, "0387950699"), id(IdentifierScheme.ISBN, "9780387950938")),
                        "ISBN", "0387950699 9780387950938"),
                arguments("duplicate ISBN once",
                        ids(id(IdentifierScheme.ISBN, "0387950699"), id(IdentifierScheme.ISBN, "0387950699")),
                        "ISBN", "0387950699"),
                arguments("chapter takes the book's ISBN",
                        withContainer(Container.empty().withTitle("Book")
                                .withIdentifiers(List.of(id(IdentifierScheme.ISBN, "9780262517638")))),
                        "ISBN", "9780262517638"),
                arguments("own ISSN", ids(id(IdentifierScheme.ISSN, "1477-7517")), "ISSN", "1477-7517"),
                arguments("article takes the journal's ISSN",
                        withContainer(Container.empty().withIdentifiers(List.of(id(IdentifierScheme.ISSN, "1477-7517")))),
                        "ISSN", "1477-7517"),
                arguments("no ISSN", base().build(), "ISSN", null),
                arguments("first URL", base().addUrl("https://a.example/1").addUrl("https://a.example/2").build(),
                        "URL", "https://a.example/1"),
                arguments("call number", base().callNumber("Z286.O63 S83 2012").build(), "call-number", "Z286.O63 S83 2012"),
                arguments("genre", base().genre("Doctoral dissertation").build(), "genre", "Doctoral dissertation"),
                arguments("rights never a license key", base().rights("CC BY 4.0").build(), "license", null),
                arguments("collection is the source", source("NCBI", "PubMed"), "source", "PubMed"),
                arguments("institution when no collection", source("UB Leipzig", null), "source", "UB Leipzig"),
                arguments("institution is not archive", source("UB Leipzig", null), "archive", null),
                arguments("no source", base().build(), "source", null),
                arguments("organisation author is literal",
                        contributors(new Contributor(ContributorRole.AUTHOR, new Organization("WHO"))),
                        "author", List.of(Map.of("literal", "WHO"))),
                arguments("unsplit person is literal",
                        contributors(new Contributor(ContributorRole.AUTHOR, Person.literal("Ibn Sīnā"))),
                        "author", List.of(Map.of("literal", "Ibn Sīnā"))),
                arguments("person parts, absent parts left out",
                        contributors(new Contributor(ContributorRole.AUTHOR, Person.of("Suber", null))),
                        "author", List.of(Map.of("family", "Suber"))),
                arguments("all person parts",
                        contributors(new Contributor(ContributorRole.AUTHOR,
                                new Person("Gogh", "Vincent", "de", "van", "Jr.", null))),
                        "author", List.of(Map.of("family", "Gogh", "given", "Vincent", "dropping-particle", "de",
                                "non-dropping-particle", "van", "suffix", "Jr."))),
                arguments("editor", contributors(new Contributor(ContributorRole.EDITOR, Person.of("Ng", "A."))),
                        "editor", List.of(Map.of("family", "Ng", "given", "A."))),
                arguments("series editor is collection-editor",
                        contributors(new Contributor(ContributorRole.SERIES_EDITOR, Person.of("Ng", "A."))),
                        "collection-editor", List.of(Map.of("family", "Ng", "given", "A."))),
                arguments("thesis advisor has no name variable",
                        contributors(new Contributor(ContributorRole.THESIS_ADVISOR, Person.of("Smith", "Jane"))),
                        "contributor", null),
                arguments("thesis advisor in note",
                        contributors(new Contributor(ContributorRole.THESIS_ADVISOR, Person.of("Smith", "Jane"))),
                        "note", "thesis-advisor: Smith, Jane"),
                arguments("record note verbatim", base().addNote("Includes index.").build(), "note", "Includes index."),
                arguments("other identifiers in note",
                        ids(id(IdentifierScheme.OCLC, "44162561"), id(IdentifierScheme.CONTROL_NUMBER, "(DE-599)GBV690250223")),
                        "note", "oclc: 44162561\nctrlnum: (DE-599)GBV690250223"),
                arguments("second DOI in note", ids(id(IdentifierScheme.DOI, "10.1/a"), id(IdentifierScheme.DOI, "10.1/b")),
                        "note", "doi: 10.1/b"),
                arguments("container ISBN noted when the record has its own",
                        withContainer(Container.empty().withIdentifiers(List.of(id(IdentifierScheme.ISBN, "9780262517638"))))
                                .toBuilder().addIdentifier(id(IdentifierScheme.ISBN, "0387950699")).build(),
                        "note", "container-isbn: 9780262517638"),
                arguments("further URLs in note", base().addUrl("https://a.example/1").addUrl("https://a.example/2").build(),
                        "note", "url: https://a.example/2"),
                arguments("further series in note",
                        base().addSeries(new Series("A", "1")).addSeries(new Series("B", "7"))
                                .addSeries(new Series("C", null)).build(),
                        "note", "series: B ; 7\nseries: C"),
                arguments("rights as license line in note", base().rights("CC BY 4.0\nsee\n  terms").build(),
                        "note", "license: CC BY 4.0 see terms"),
                arguments("catalog id noted when it differs from the item id",
                        base().source(new SourceInfo("pubmed-6092784", null, null, null, List.of(), null, 0)).build(),
                        "note", "catalog-record-id: pubmed-6092784"),
                arguments("catalog id equal to the item id not noted",
                        base().id("pubmed-6092784")
                                .source(new SourceInfo("pubmed-6092784", null, null, null, List.of(), null, 0)).build(),
                        "note", null),
                arguments("nothing to note", base().title("T").build(), "note", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void mapsOneVariable(String rule, BibRecord record, String variable, Object expected) {
        Map<String, Object> item = CslMapping.toCsl(record);
        if (expected == null) {
            assertFalse(item.containsKey(variable), () -> variable + " must be absent in " + item);
        } else {
            assertEquals(expected, item.get(variable), () -> rule + ": " + item);
        }
    }

    @Test
    void minimalRecordHasOnlyIdAndType() {
        assertEquals(List.of("id", "type"), new ArrayList<>(CslMapping.toCsl(base().build()).keySet()));
    }

    @Test
    void exactDateHasNoCirca() {
        Object issued = CslMapping.toCsl(issued(DateValue.of(PartialDate.ofYear(2018)))).get("issued");
        assertFalse(((Map<?, ?>) issued).containsKey("circa"));
    }

    @Test
    void keysAreIdTypeThenAlphabetical() {
        List<String> keys = new ArrayList<>(CslMapping.toCsl(CslTestRecords.full("x", RecordType.BOOK)).keySet());
        assertEquals(List.of("id", "type"), keys.subList(0, 2));
        List<String> rest = keys.subList(2, keys.size());
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, rest);
        assertTrue(rest.containsAll(List.of("abstract", "author", "DOI", "issued", "note", "URL")), rest::toString);
    }

    @Test
    void namesKeepSourceOrderPerRole() {
        BibRecord r = base()
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("B", "b")))
                .addContributor(new Contributor(ContributorRole.EDITOR, Person.of("E", "e")))
                .addContributor(new Contributor(ContributorRole.AUTHOR, Person.of("A", "a")))
                .build();
        Map<String, Object> item = CslMapping.toCsl(r);
        assertEquals(List.of(Map.of("family", "B", "given", "b"), Map.of("family", "A", "given", "a")),
                item.get("author"));
        assertEquals(List.of(Map.of("family", "E", "given", "e")), item.get("editor"));
    }

    @Test
    void noteSectionsComeInDocumentedOrder() {
        Object note = CslMapping.toCsl(CslTestRecords.full("x", RecordType.THESIS)).get("note");
        assertEquals(String.join("\n",
                "Includes bibliographical references.",
                "thesis-advisor: Smith, Jane",
                "series: Reihe B",
                "oclc: 44162561",
                "url: https://www.ncbi.nlm.nih.gov/pubmed/30107808",
                "license: CC BY 4.0",
                "catalog-record-id: cat-x"), note);
    }

    @Test
    void explicitItemIdIsTheSeamForCitationKeys() {
        BibRecord r = base().id("pubmed-1")
                .source(new SourceInfo("pubmed-1", null, null, null, List.of(), null, 0)).build();
        Map<String, Object> item = CslMapping.toCsl(r, "tookey2018");
        assertEquals("tookey2018", item.get("id"));
        assertEquals("catalog-record-id: pubmed-1", item.get("note"));
    }

    private static BibRecord withContainer(Container c) {
        return base().type(RecordType.CHAPTER).container(c).build();
    }

    private static BibRecord pages(PageRange p) {
        return withContainer(Container.empty().withPages(p));
    }

    private static BibRecord issued(DateValue d) {
        return base().issued(d).build();
    }

    private static BibRecord series(Series s) {
        return base().addSeries(s).build();
    }

    private static BibRecord ids(Identifier... ids) {
        return base().identifiers(List.of(ids)).build();
    }

    private static Identifier id(IdentifierScheme scheme, String value) {
        return Identifier.of(scheme, value);
    }

    private static BibRecord source(String institution, String collection) {
        return base().source(new SourceInfo(null, institution, collection, null, List.of(), null, 0)).build();
    }

    private static BibRecord contributors(Contributor... cs) {
        return base().contributors(List.of(cs)).build();
    }
}

package io.github.catconv.read.ris;

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

/** The ris reader on the exports of Zotero, EndNote, Mendeley and Web of Science, and on RIS's line rules. */
class RisReaderTest {

    private static List<BibRecord> fixture(String name, List<Diagnostic> d) throws IOException {
        return Formats.read("ris", Files.readString(Path.of("src/test/resources/read", name), StandardCharsets.UTF_8), d);
    }

    private static BibRecord one(String ris) {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = Formats.read("ris", ris, d);
        assertEquals(1, r.size(), d.toString());
        return r.get(0);
    }

    @Test
    void endnoteA1Y1JoJaN2M3AndPubmedIds() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = fixture("endnote.ris", d);
        assertEquals(List.of(), d);
        BibRecord a = r.get(0);
        assertEquals("42", a.id(), "EndNote's ID");
        assertEquals(List.of(Person.of("Smith", "J."), Person.of("Jones", "K. L.")), a.contributors(ContributorRole.AUTHOR));
        assertEquals("Effects of light on plant growth", a.title().orElseThrow(), "T1");
        assertEquals(new Container("Journal of Examples", "J Ex", "10", "2", a.container().get().pages(), List.of()),
                a.container().orElseThrow(), "JO full, JA abbreviation");
        assertEquals("100", a.container().get().pages().first());
        assertEquals("110", a.container().get().pages().last());
        assertEquals(new PartialDate(2015, 6, 1), a.issued().get().start(), "Y1 2015/06/01/");
        assertEquals("Background: plants grow.", a.abstractText().orElseThrow(), "N2");
        assertEquals("10.1000/ex.2015.10", a.identifier(IdentifierScheme.DOI).orElseThrow(), "M3 of a journal article");
        assertEquals(List.of("http://dx.doi.org/10.1000/ex.2015.10"), a.urls(), "L1 internal-pdf:// is a local file");
        assertEquals(List.of("L1"), a.unmapped().stream().map(SourceField::name).toList());
        BibRecord pubmed = r.get(1);
        assertEquals("30107808", pubmed.identifier(IdentifierScheme.PMID).orElseThrow(), "AN with DB PubMed");
        assertEquals("PMC6092784", pubmed.identifier(IdentifierScheme.PMCID).orElseThrow(), "C2");
        assertEquals("1477-7517", pubmed.identifier(IdentifierScheme.ISSN).orElseThrow(), "SN with '(Electronic)'");
        assertEquals("en", pubmed.language().orElseThrow(), "LA eng");
        assertTrue(pubmed.edition().isEmpty(), "ET of a journal article is EndNote's e-publication date");
    }

    @Test
    void zoteroBookAndChapterTagsMeanWhatZoteroReads() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = fixture("zotero.ris", d);
        assertEquals(List.of(), d);
        BibRecord book = r.get(0);
        assertEquals(List.of(new Series("International Encyclopedia of Unified Science", null)), book.series(),
                "T2 of a book is its series");
        assertEquals("210", book.numberOfPages().orElseThrow(), "SP of a book is its page count");
        assertEquals("9780226458083", book.identifier(IdentifierScheme.ISBN).orElseThrow());
        assertTrue(book.notes().contains("accessed: 2021-05-06"), book.notes().toString());
        BibRecord chapter = r.get(1);
        assertEquals("The Collected Volume", chapter.container().map(Container::title).orElseThrow());
        assertEquals(List.of(Person.of("Editor", "Ed")), chapter.contributors(ContributorRole.EDITOR), "A2 of a chapter");
        assertEquals(List.of(Person.of("Series Editor", "Sam")), chapter.contributors(ContributorRole.SERIES_EDITOR), "A3");
        assertEquals(List.of(new Series("Series Title", "7")), chapter.series(), "T3 with SV");
        assertEquals(new PartialDate(2001, 5, 12), chapter.issued().get().start());
    }

    @Test
    void mendeleyContinuationLinesAndWebOfScienceHeaders() throws IOException {
        BibRecord m = fixture("mendeley.ris", new ArrayList<>()).get(0);
        assertEquals("An abstract that Mendeley wrapped onto a second line.", m.abstractText().orElseThrow());
        assertEquals("Nature", m.container().map(Container::title).orElseThrow(), "JO alone is the journal");
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> wos = fixture("wos.ris", d);
        assertEquals(List.of("WOS:000471755800047", "ris-2"), wos.stream().map(BibRecord::id).toList(),
                "the Provider/Database/Content lines are skipped quietly");
        assertEquals("Nature", wos.get(0).container().get().shortTitle());
        assertEquals(RecordType.DOCUMENT, wos.get(1).type());
        assertEquals(1, d.size(), d.toString());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertTrue(d.get(0).message().contains("unknown reference type TY  - ABCD"), d.get(0).message());
    }

    @Test
    void lineEndingsBomAndBlankLinesDoNotMatter() {
        String lf = "TY  - JOUR\nAU  - Doe, J.\n\nTI  - T\nER  - \n\n\nTY  - BOOK\nTI  - U\nER  - \n";
        List<BibRecord> a = Formats.read("ris", lf, new ArrayList<>());
        List<BibRecord> b = Formats.read("ris", "\uFEFF" + lf.replace("\n", "\r\n"), new ArrayList<>());
        List<BibRecord> c = Formats.read("ris", lf.replace("\n", "\r"), new ArrayList<>());
        assertEquals(2, a.size());
        assertEquals(a.toString(), b.toString());
        assertEquals(a.toString(), c.toString());
    }

    @Test
    void missingErAndTextOutsideRecordsAreWarnings() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = Formats.read("ris", "stray text\nTY  - JOUR\nTI  - A\nTY  - JOUR\nTI  - B\n", d);
        assertEquals(List.of("A", "B"), r.stream().map(x -> x.title().orElseThrow()).toList());
        assertEquals(3, d.size(), d.toString());
        assertTrue(d.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PY  - 2019|2019|false",
        "PY  - 2019/03/15/|2019-03-15|false",
        "PY  - 2019/03//|2019-03|false",
        "Y1  - 1998/02/01/Spring|1998-02-01|false",
        "DA  - 2019-03-15|2019-03-15|false",
        "DA  - March 2019|2019-03|false",
        "PY  - 1948~DA  - July|1948-07|false",
        "PY  - 1998~DA  - 1998///ca. 1998|1998|true",
        "PY  - 1998~DA  - 1998///1998-2003|1998/2003|false"})
    void dates(String tags, String iso, boolean approximate) {
        DateValue d = one("TY  - JOUR\n" + tags.replace("~", "\n") + "\nER  - \n").issued().orElseThrow();
        assertEquals(iso, d.start().toIso() + (d.end() == null ? "" : "/" + d.end().toIso()));
        assertEquals(approximate, d.approximate());
    }

    @Test
    void catconvsN1LinesGiveTheirFactsBack() {
        BibRecord r = one("TY  - GEN\nTI  - T\nN1  - A plain note\nN1  - Type: Working paper\nN1  - Rights: CC BY\n"
                + "N1  - Illustrator: Doe, Jane\nN1  - PMID: 30107808\nN1  - OCLC: 123 456\nER  - \n");
        assertEquals(List.of("A plain note"), r.notes());
        assertEquals("Working paper", r.genre().orElseThrow());
        assertEquals("CC BY", r.rights().orElseThrow());
        assertEquals(List.of(Person.of("Doe", "Jane")), r.contributors(ContributorRole.ILLUSTRATOR));
        assertEquals("30107808", r.identifier(IdentifierScheme.PMID).orElseThrow());
        assertEquals("123 456", r.identifier(IdentifierScheme.OCLC).orElseThrow());
    }

    @Test
    void namesWithoutACommaAreNotSplit() {
        BibRecord r = one("TY  - BOOK\nAU  - World Health Organization\nAU  - 村上春樹\nAU  - King, Martin Luther, Jr.\nER  - \n");
        assertEquals(List.of(new Organization("World Health Organization"), Person.literal("村上春樹"),
                new Person("King", "Martin Luther", null, null, "Jr.", null)), r.contributors(ContributorRole.AUTHOR));
    }

    @Test
    void severalUrlsOnOneLineAndTypeDependentRoles() {
        BibRecord r = one("TY  - VIDEO\nAU  - Kubrick, Stanley\nA3  - Harris, James B.\nUR  - http://a.org/1; http://b.org/2\nER  - \n");
        assertEquals(List.of(Person.of("Kubrick", "Stanley")), r.contributors(ContributorRole.DIRECTOR));
        assertEquals(List.of(Person.of("Harris", "James B.")), r.contributors(ContributorRole.PRODUCER));
        assertEquals(List.of("http://a.org/1", "http://b.org/2"), r.urls());
    }
}

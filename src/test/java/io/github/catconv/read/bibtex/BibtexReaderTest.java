package io.github.catconv.read.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
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

/** The bibtex and biblatex readers on .bib files as JabRef, Better BibTeX and hand editors write them. */
class BibtexReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/read");

    private static List<BibRecord> read(String reader, String text, List<Diagnostic> diags) {
        return Formats.read(reader, text, diags);
    }

    private static List<BibRecord> fixture(String reader, String name, List<Diagnostic> diags) throws IOException {
        return read(reader, Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8), diags);
    }

    private static BibRecord one(String text) {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("bibtex", text, d);
        assertEquals(1, r.size(), d.toString());
        return r.get(0);
    }

    @Test
    void jabrefFileStringsMonthMacrosAndBookkeepingFields() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = fixture("bibtex", "jabref.bib", d);
        assertEquals(List.of("Einstein1935", "Dahl1966", "Knuth1997", "CACM1966"), r.stream().map(BibRecord::id).toList());
        assertEquals(List.of(), d);
        BibRecord epr = r.get(0);
        assertEquals("Physical Review", epr.container().map(Container::title).orElseThrow(), "@string macro");
        assertEquals(new PartialDate(1935, 5, 0), epr.issued().map(DateValue::start).orElseThrow(), "month = may");
        assertEquals(List.of("The EPR paper."), epr.notes(), "JabRef's comment is a note");
        assertEquals(List.of("file", "groups", "owner", "timestamp"), epr.unmapped().stream().map(SourceField::name).toList(),
                "JabRef's file, groups, owner and timestamp are kept out of the outputs (inspect shows them)");
        assertEquals("777", epr.container().get().pages().first());
        assertEquals("780", epr.container().get().pages().last());
        assertEquals(List.of("algorithms", "data structures, fundamental"), r.get(2).subjects(), "a braced keyword keeps its comma");
        assertEquals("0201896834", r.get(2).identifier(IdentifierScheme.ISBN).orElseThrow());
    }

    @Test
    void crossrefToAParentLaterInTheFileIsInheritedInOrder() throws IOException {
        List<BibRecord> r = fixture("bibtex", "jabref.bib", new ArrayList<>());
        BibRecord paper = r.get(1);
        assertEquals(RecordType.PAPER_CONFERENCE, paper.type());
        assertEquals("Communications of the ACM", paper.container().map(Container::title).orElseThrow(),
                "the proceedings' title becomes the paper's booktitle");
        assertEquals("ACM", paper.publisher().orElseThrow());
        assertEquals(List.of(Person.of("Perlis", "Alan J.")), paper.contributors(ContributorRole.EDITOR));
        assertEquals(List.of(Person.of("Dahl", "Ole-Johan"), Person.of("Nygaard", "Kristen")),
                paper.contributors(ContributorRole.AUTHOR), "First Last names");
        assertEquals("SIMULA: an ALGOL-based simulation language", paper.title().orElseThrow(), "protective braces dropped");
    }

    @Test
    void betterBibtexBiblatexDatesXdataAndExtendedNames() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = fixture("biblatex", "zotero-bbt.bib", d);
        assertEquals(List.of("vangogh1888letters", "curie1903recherches", "wiki2020", "part1", "whole"),
                r.stream().map(BibRecord::id).toList(), "@xdata is data, not a record");
        BibRecord letters = r.get(0);
        assertEquals(List.of(new Person("Gogh", "Vincent", null, "van", null, null),
                new Person("Beauvoir", "Simone", "de", null, null, null)), letters.contributors(ContributorRole.AUTHOR),
                "useprefix=true is a non-dropping particle, false a dropping one");
        assertEquals(DateValue.of(new PartialDate(1888, 8, 14)).start(), letters.issued().get().start());
        assertEquals("J. Lett.", letters.container().get().shortTitle());
        assertEquals("fr", letters.language().orElseThrow(), "langid french");
        assertTrue(letters.notes().contains("accessed: 2021-05-06"), "urldate as CSL's accessed: " + letters.notes());
        BibRecord thesis = r.get(1);
        assertEquals("PhD thesis", thesis.genre().orElseThrow());
        assertTrue(thesis.issued().get().approximate(), "1903~");
        assertEquals("142", thesis.numberOfPages().orElseThrow());
        assertEquals("Faculté des sciences de Paris", thesis.publisher().orElseThrow());
        BibRecord online = r.get(2);
        assertEquals(RecordType.WEBPAGE, online.type());
        assertEquals(PartialDate.ofYear(2021), online.issued().get().end(), "2020/2021 is a range");
        assertEquals("2101.00001", online.identifier(IdentifierScheme.ARXIV).orElseThrow());
        BibRecord part = r.get(3);
        assertEquals("ACM Press", part.publisher().orElseThrow(), "from @xdata");
        assertEquals("The Whole Work", part.container().map(Container::title).orElseThrow(), "an @mvbook's title is maintitle");
        assertEquals(List.of(Person.of("Roe", "Richard")), part.contributors(ContributorRole.EDITOR), "from the crossref parent");
        assertEquals(new DateValue(PartialDate.ofYear(1990), PartialDate.ofYear(1999), false, "199X"), part.issued().get(),
                "199X is the decade");
        assertEquals(List.of(), d);
    }

    @Test
    void handWrittenFileRecoversFromBrokenEntriesWithOneErrorEach() throws IOException {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = fixture("bibtex", "hand.bib", d);
        assertEquals(List.of("quoted", "names", "fine"), r.stream().map(BibRecord::id).toList());
        List<String> errors = d.stream().filter(x -> x.severity() == Severity.ERROR)
                .map(x -> x.line() + " [" + x.recordId() + "] " + x.message()).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("24 [broken1] entry not closed before the next entry"), errors.get(0));
        assertTrue(errors.get(1).startsWith("29 [broken2] "), errors.get(1));
        assertTrue(errors.get(2).startsWith("33 [nokey-follows] entry not closed at the end of the input"), errors.get(2));
        assertEquals(3, d.size(), "nothing else reported: " + d);
    }

    @Test
    void latexAccentsCommandsAndQuotedValues() throws IOException {
        List<BibRecord> r = fixture("bibtex", "hand.bib", new ArrayList<>());
        BibRecord quoted = r.get(0);
        assertEquals("Über Bose–Einstein Kondensation & mehr: Škoda, Ça, ß ø łí", quoted.title().orElseThrow());
        assertEquals(List.of(Person.of("Müller", "Jörg"), Person.of("Zola", "Émile"), Person.of("Ångström", "Anders Jonas")),
                quoted.contributors(ContributorRole.AUTHOR));
        assertEquals("Zeitschrift für Physik", quoted.container().get().title(), "# joins quoted parts");
        BibRecord names = r.get(1);
        assertEquals("Names: particles, corporations and $\\alpha$-maths", names.title().orElseThrow(),
                "\\noopsort's argument is dropped, maths kept as written");
        assertEquals("New York", names.place().orElseThrow(), "a macro concatenated with a quoted part");
        assertEquals(List.of("Price: $10 — 50% off; see http://x.org/~a"), names.notes());
    }

    @Test
    void nameListsWithVonJrCorporationsAndOthers() throws IOException {
        BibRecord names = fixture("bibtex", "hand.bib", new ArrayList<>()).get(1);
        List<Agent> authors = names.contributors(ContributorRole.AUTHOR);
        assertEquals(List.of(new Person("Berg", "Hans", null, "van der", "Jr.", null),
                new Person("Beethoven", "Ludwig", null, "van", null, null),
                new Organization("Barnes and Noble, Inc."),
                Person.of("de la Vallée Poussin", "Charles Louis Xavier Joseph"),
                Person.of("Smith", "John")), authors, "'and others' is dropped");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Doe, John|Doe|John|",
        "John Doe|Doe|John|",
        "von Neumann, John|Neumann|John|von",
        "John von Neumann|Neumann|John|von",
        "{\\'E}mile Zola|Zola|Émile|",
        "{\\\"U}bel, Hans|Übel|Hans|",
        "{\\\"u}ber Gans, Hans|Gans|Hans|über",
        "De Gaulle, Charles|De Gaulle|Charles|",
        "Ford, Jr., Henry|Ford|Henry|"})
    void bibtexNameGrammar(String name, String family, String given, String particle) {
        BibRecord r = one("@book{k, author = {" + name + "}}");
        Person p = (Person) r.contributors(ContributorRole.AUTHOR).get(0);
        assertEquals(family, p.family());
        assertEquals(given, p.given());
        assertEquals(particle, p.nonDroppingParticle());
    }

    @Test
    void bibtexYearRangesAndTheDateNoteOfTheWriter() {
        BibRecord range = one("@book{k, year = {1998--2003}}");
        assertEquals(new DateValue(PartialDate.ofYear(1998), PartialDate.ofYear(2003), false, "1998--2003"),
                range.issued().orElseThrow());
        BibRecord approx = one("@book{k, year = {1998}, note = {Date: ca. 1998; A note}}");
        assertTrue(approx.issued().orElseThrow().approximate(), "the writer's 'Date:' note gives the exact date back");
        assertEquals(List.of("A note"), approx.notes());
        BibRecord unread = one("@book{k, note = {Date: s.f.}}");
        assertEquals(DateValue.unparsed("s.f."), unread.issued().orElseThrow());
        BibRecord other = one("@book{k, year = {2001}, note = {Date: 1999, reprinted}}");
        assertEquals(List.of("Date: 1999, reprinted"), other.notes(), "a 'Date:' note of another year is an ordinary note");
    }

    @Test
    void ligaturesAreCharactersInBibtexAndTextInBiblatex() {
        String entry = "@misc{k, title = {19-- ``q'' --- x}}";
        assertEquals("19– “q” — x", read("bibtex", entry, new ArrayList<>()).get(0).title().orElseThrow());
        assertEquals("19-- ``q'' --- x", read("biblatex", entry, new ArrayList<>()).get(0).title().orElseThrow(),
                "a UTF-8 .bib holds its dashes as characters; '--' there is what the writer copied");
    }

    @Test
    void entriesWithoutKeyUnknownTypesDuplicatesAndUndefinedMacrosAreReported() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("bibtex", "@misc{title = {No key}}\n@weird{w, title = {T}, title = {U}, year = undefinedmacro}\n", d);
        assertEquals(List.of("bibtex-1", "w"), r.stream().map(BibRecord::id).toList());
        assertEquals(RecordType.DOCUMENT, r.get(1).type());
        assertEquals("T", r.get(1).title().orElseThrow(), "the first of duplicate fields");
        List<String> messages = d.stream().map(Diagnostic::message).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("no citation key")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("duplicate field title")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("undefined @string macro undefinedmacro")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("unknown entry type @weird")), messages.toString());
        assertTrue(d.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    @Test
    void crlfAndAByteOrderMarkGiveTheSameRecords() {
        String lf = "@article{a,\n  title = {T\n   continued},\n  year = 2000\n}\n";
        String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
        assertEquals(read("bibtex", lf, new ArrayList<>()).toString(), read("bibtex", crlf, new ArrayList<>()).toString());
        assertEquals("T continued", one(crlf).title().orElseThrow());
    }

    @Test
    void parentsThatNeverComeAreReportedOnceAndTheEntryKeepsItsOwnFields() {
        List<Diagnostic> d = new ArrayList<>();
        List<BibRecord> r = read("biblatex", "@incollection{a, title = {A}, crossref = {missing}}\n@book{b, title = {B}}\n", d);
        assertEquals(List.of("a", "b"), r.stream().map(BibRecord::id).toList(), "order kept");
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().contains("crossref entry 'missing' not found"), d.get(0).message());
    }
}

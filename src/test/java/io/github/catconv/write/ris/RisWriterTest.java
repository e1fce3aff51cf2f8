package io.github.catconv.write.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.model.Series;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** RIS output of hand-built records, checked against the RIS spec and Zotero's RIS.js. */
class RisWriterTest {

    static String write(Map<String, String> options, BibRecord... records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new RisWriter().open(out, new WriteContext(options, DiagnosticSink.discard()));
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    static String write(BibRecord... records) throws IOException {
        return write(Map.of(), records);
    }

    /** The "XX  - value" lines of one tag, in order. */
    static List<String> values(String ris, String tag) {
        List<String> out = new ArrayList<>();
        for (String line : ris.split("\r\n|\n")) {
            if (line.startsWith(tag + "  - ")) {
                out.add(line.substring(6));
            }
        }
        return out;
    }

    @Test
    void registeredUnderRis() {
        assertTrue(WriterRegistry.installed().find("ris").orElseThrow() instanceof RisWriter);
    }

    @Test
    void seedArticleWholeRecord() throws IOException {
        String expected = String.join("\r\n",
                "TY  - JOUR",
                "TI  - From client to co-worker: a case study of the transition to peer work",
                "AU  - Tookey, Paula",
                "AU  - Mason, Kate",
                "T2  - Harm Reduction Journal",
                "AB  - BACKGROUND: Despite the integration of peer workers.",
                "DA  - 2018/08/14/",
                "PY  - 2018",
                "DO  - 10.1186/s12954-018-0245-7",
                "DP  - National Center for Biotechnology Information",
                "VL  - 15",
                "IS  - 1",
                "SP  - 43",
                "EP  - 52",
                "J2  - Harm Reduct J",
                "LA  - en",
                "PB  - BioMed Central",
                "SN  - 1477-7517",
                "UR  - https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/",
                "AN  - pubmed-6092784",
                "N1  - PMID: 30107808",
                "N1  - PMCID: PMC6092784",
                "KW  - Research",
                "ER  - ",
                "");
        assertEquals(expected, write(SampleRecords.seedArticle()));
    }

    @Test
    void bookWholeRecord() throws IOException {
        // Zotero reads A3 as a book's editor, T2 as its series and M1 as the series number.
        String expected = String.join("\r\n",
                "TY  - BOOK",
                "TI  - Die Briefe",
                "AU  - van Gogh, Vincent",
                "AU  - Van Gogh Museum",
                "T2  - Kunstgeschichte",
                "A3  - Jansen, Leo",
                "A4  - Müller, Eva",
                "CN  - LH 61340 G613",
                "CY  - München",
                "PY  - 2009",
                "ET  - 2. Aufl.",
                "SP  - 304",
                "M1  - 242",
                "PB  - Beck",
                "SN  - 9783406589373",
                "AN  - book-1",
                "N1  - OCLC: 311786420",
                "ER  - ",
                "");
        assertEquals(expected, write(SampleRecords.book()));
    }

    @Test
    void recordsSeparatedByOneBlankLineWithLfOption() throws IOException {
        String ris = write(Map.of("eol", "lf"), SampleRecords.book(), SampleRecords.book());
        assertTrue(ris.contains("ER  - \n\nTY  - BOOK\n"), ris);
        assertTrue(ris.endsWith("ER  - \n"));
        assertTrue(!ris.contains("\r"));
        assertEquals(2, values(ris, "ER").size(), ris);
    }

    @Test
    void unknownEolIsUsageError() {
        CatconvException e = assertThrows(CatconvException.class,
                () -> write(Map.of("eol", "cr"), SampleRecords.book()));
        assertEquals(ExitStatus.USAGE, e.status());
        assertTrue(e.getMessage().contains("invalid value 'cr' for --eol: valid values: crlf, lf"), e.getMessage());
    }

    /** One T2 or T3 per record: a second one is no second series to bibutils (unused) or Zotero (one kept). */
    @Test
    void furtherSeriesAndABooksContainerAfterASeriesGoToTheNotes() throws IOException {
        BibRecord r = BibRecord.builder().id("b").type(RecordType.BOOK).title("Politics otherwise")
                .addSeries(new Series("Value inquiry book series", "242"))
                .addSeries(new Series("Philosophy, literature and politics", null))
                .container(Container.empty().withTitle("Collected works")).build();
        String ris = write(r);
        assertEquals(List.of("Value inquiry book series"), values(ris, "T2"));
        assertEquals(List.of("242"), values(ris, "M1"));
        assertEquals(List.of("Series: Philosophy, literature and politics", "In: Collected works"), values(ris, "N1"));
    }

    /** The first DOI and the first SN only: citation-js fails on a repeated DO and lists a repeated SN. */
    @Test
    void doAndSnOnceEachTheRestInTheNotes() throws IOException {
        BibRecord r = BibRecord.builder().id("j").type(RecordType.ARTICLE_JOURNAL).title("T")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/a"))
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/b"))
                .container(Container.empty().withTitle("J")
                        .withIdentifiers(List.of(Identifier.of(IdentifierScheme.ISSN, "0028-0836"),
                                Identifier.of(IdentifierScheme.ISSN, "1476-4687")))).build();
        String ris = write(r);
        assertEquals(List.of("10.1000/a"), values(ris, "DO"));
        assertEquals(List.of("0028-0836"), values(ris, "SN"));
        assertEquals(List.of("DOI: 10.1000/b", "ISSN: 1476-4687"), values(ris, "N1"));
    }

    /** citation-js reads PY of a CONF as the conference's year; the date of publication comes from DA. */
    @Test
    void aConferencePaperAlwaysHasDa() throws IOException {
        BibRecord r = BibRecord.builder().id("c").type(RecordType.PAPER_CONFERENCE).title("T")
                .issued(DateValue.of(PartialDate.ofYear(2001))).build();
        String ris = write(r);
        assertTrue(ris.startsWith("TY  - CONF\r\n"), ris);
        assertEquals(List.of("2001"), values(ris, "PY"));
        assertEquals(List.of("2001///"), values(ris, "DA"));
    }

    /** A record renamed to keep ids unique keeps its catalog id in AN and its own in ID. */
    @Test
    void idOnlyWhenItIsNotTheAccessionNumber() throws IOException {
        BibRecord plain = BibRecord.builder().id("rec1").title("T")
                .source(new io.github.catconv.model.SourceInfo("rec1", null, null, "vufind", List.of(), "x", 1)).build();
        assertEquals(List.of(), values(write(plain), "ID"));
        String renamed = write(plain.toBuilder().id("rec1-abcd").build());
        assertEquals(List.of("rec1"), values(renamed, "AN"));
        assertEquals(List.of("rec1-abcd"), values(renamed, "ID"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void everyTypeStartsWithTyEndsWithErAndKeepsItsValues(RecordType type) throws IOException {
        BibRecord r = SampleRecords.ofType(type);
        String ris = write(r);
        String[] lines = ris.split("\r\n");
        assertEquals("TY  - " + RisType.of(type).code(), lines[0]);
        assertEquals("ER  - ", lines[lines.length - 1]);
        assertEquals(List.of("Title of " + type.cslType()), values(ris, "TI"));
        assertEquals(List.of("Doe, Jane"), values(ris, "AU"));
        assertEquals(List.of("Roe, Rita"), values(ris, RisType.of(type).editorTag().name()));
        assertEquals(List.of("2001"), values(ris, "PY"));
        assertEquals(List.of("2001/02//"), values(ris, "DA"));
        assertEquals(List.of("10", "20"), List.of(values(ris, "SP").get(0), values(ris, "EP").get(0)));
        assertEquals(List.of("10.1000/xyz"), values(ris, "DO"));
        // Where T2 holds the series (book-like types), the container follows in N1: one T2 per record.
        assertTrue(RisType.of(type).seriesTag() == RisTag.T2 ? values(ris, "N1").contains("In: Container of " + type.cslType())
                : values(ris, "T2").contains("Container of " + type.cslType()), ris);
        assertTrue(values(ris, "T2").size() <= 1 && values(ris, "T3").size() <= 1, ris);
        String genre = "Genre of " + type.cslType();
        assertTrue(RisType.of(type).writesGenre() ? values(ris, "M3").contains(genre)
                : values(ris, "N1").contains("Type: " + genre), ris);
        for (String line : lines) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), line);
        }
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource({
        "2018, 8, 14, false, , 2018-08-14, 2018, 2018/08/14/",
        "2018, 8, 0, false, , 2018-08, 2018, 2018/08//",
        "2018, 0, 0, false, , 2018, 2018, ",
        "800, 0, 0, false, , 800, 0800, ",
        "1998, 0, 0, true, , [ca. 1998], 1998, 1998///[ca. 1998]",
        "1999, 0, 0, false, 2003, 1999-2003, 1999, 1999///1999-2003",
        "1998, 0, 0, false, 1999, 1998/99, 1998, 1998///1998-99",
    })
    void dates(int y, int m, int d, boolean approx, Integer endYear, String raw, String py, String da) {
        DateValue date = new DateValue(new PartialDate(y, m, d), endYear == null ? null : PartialDate.ofYear(endYear),
                approx, raw);
        RisEntry e = new RisEntry(RisType.JOUR);
        RisRecordMapper.date(date, e);
        assertEquals(List.of(py), e.values(RisTag.PY));
        assertEquals(da == null ? List.of() : List.of(da), e.values(RisTag.DA));
    }

    @Test
    void unreadDateGoesToDaAsText() {
        RisEntry e = new RisEntry(RisType.BOOK);
        RisRecordMapper.date(DateValue.unparsed("19--"), e);
        assertEquals(List.of(), e.values(RisTag.PY));
        assertEquals(List.of("19--"), e.values(RisTag.DA));
    }

    @ParameterizedTest(name = "{6}")
    @CsvSource({
        "Gogh, Vincent, , van, , , 'van Gogh, Vincent'",
        "King, Martin Luther, , , Jr., , 'King, Martin Luther, Jr.'",
        "La Fontaine, Jean, de, , , , 'La Fontaine, Jean de'",
        "Aristotle, , , , , , Aristotle",
        "Smith, , , , III, , 'Smith, , III'",
        ", , , , , 'Tookey, Paula J.', 'Tookey, Paula J.'",
    })
    void names(String family, String given, String dropping, String nonDropping, String suffix, String literal,
               String expected) {
        assertEquals(expected, RisRecordMapper.name(new Person(family, given, dropping, nonDropping, suffix, literal)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'123-145', 123, 145, '123|145'",
        "'e1002', e1002, , 'e1002|'",
        "'xii, 304 p.', , , 'xii, 304 p.|'",
    })
    void pagesSplitIntoSpEp(String raw, String first, String last, String expected) throws IOException {
        BibRecord r = SampleRecords.ofType(RecordType.ARTICLE_JOURNAL).toBuilder()
                .container(Container.empty().withTitle("J").withPages(new PageRange(first, last, raw))).build();
        String ris = write(r);
        assertEquals(expected, String.join("|", values(ris, "SP")) + "|" + String.join("|", values(ris, "EP")));
    }

    @Test
    void chapterConferencePaperAndThesisUseTheirZoteroTags() throws IOException {
        BibRecord chapter = SampleRecords.ofType(RecordType.CHAPTER).toBuilder()
                .container(Container.empty().withTitle("The Book")
                        .withIdentifiers(List.of(Identifier.of(IdentifierScheme.ISBN, "9780262033848"))))
                .series(List.of(new Series("LNCS", "242"))).build();
        String ris = write(chapter);
        assertEquals(List.of("The Book"), values(ris, "T2"));
        assertEquals(List.of("LNCS"), values(ris, "T3"));
        assertEquals(List.of("242"), values(ris, "SV"));
        assertEquals(List.of("9780262033848"), values(ris, "SN"));

        String paper = write(SampleRecords.ofType(RecordType.PAPER_CONFERENCE));
        assertEquals(List.of("Container of paper-conference"), values(paper, "C3"));
        assertEquals(List.of("Series of paper-conference ; 3"), values(paper, "T3"));

        BibRecord thesis = SampleRecords.ofType(RecordType.THESIS).toBuilder().container(null)
                .numberOfPages("210")
                .addContributor(new Contributor(ContributorRole.THESIS_ADVISOR, Person.of("Adams", "Ann")))
                .addContributor(new Contributor(ContributorRole.ILLUSTRATOR, Person.of("Ives", "Ida")))
                .addIdentifier(Identifier.of(IdentifierScheme.ISBN, "9783161484100")).build();
        String thes = write(thesis);
        assertEquals(List.of("Adams, Ann"), values(thes, "A3"));
        assertEquals(List.of("210"), values(thes, "SP"));
        assertEquals(List.of(), values(thes, "SN"));
        assertEquals(List.of("Illustrator: Ives, Ida", "ISBN: 9783161484100"), values(thes, "N1"));
    }

    @Test
    void valuesAreTrimmedOneLineAndEmptyOnesSkipped() throws IOException {
        BibRecord r = BibRecord.builder().id("x").type(RecordType.BOOK)
                .title("  Line one\r\nline two\u2028three  ")
                .addNote("   ")
                .addNote("\n")
                .addSubject(" a\u0085b ")
                .build();
        String ris = write(r);
        assertEquals(List.of("Line one  line two three"), values(ris, "TI"));
        assertEquals(List.of(), values(ris, "N1"));
        assertEquals(List.of("a b"), values(ris, "KW"));
        assertEquals("TY  - BOOK\r\nTI  - Line one  line two three\r\nAN  - x\r\nKW  - a b\r\nER  - \r\n", ris);
    }

    @Test
    void deterministic() throws IOException {
        assertEquals(write(SampleRecords.seedArticle(), SampleRecords.book()),
                write(SampleRecords.seedArticle(), SampleRecords.book()));
    }
}

package io.github.catconv.write.csv;

import io.github.catconv.model.Agent;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.Series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import io.github.catconv.write.ris.SampleRecords;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** CSV output: RFC 4180 via Commons CSV, the column tables and the options. */
class CsvWriterTest {

    static final String DEFAULT_HEADER = "id,type,title,authors,editors,year,date,journal,journal_abbr,volume,issue,"
            + "pages,publisher,place,edition,series,language,doi,isbn,issn,pmid,pmcid,url,abstract,keywords,notes";

    static String write(Map<String, String> options, BibRecord... records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new CsvWriter().open(out, new WriteContext(options, DiagnosticSink.discard()));
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    /** Strict RFC 4180 re-parse: every row, every cell. */
    static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CSVFormat strict = CSVFormat.RFC4180.builder().setLenientEof(false).setTrailingData(false).get();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), strict)) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    /** Header → cell of the given data row. */
    static Map<String, String> row(List<List<String>> rows, int i) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            m.put(rows.get(0).get(c), rows.get(i).get(c));
        }
        return m;
    }

    @Test
    void registeredUnderCsv() {
        assertTrue(WriterRegistry.installed().find("csv").orElseThrow() instanceof CsvWriter);
    }

    @Test
    void seedArticleExactBytes() throws IOException {
        String expected = DEFAULT_HEADER + "\r\n"
                + "pubmed-6092784,article-journal,From client to co-worker: a case study of the transition to peer work,"
                + "\"Tookey, Paula; Mason, Kate\",,2018,2018-08-14,Harm Reduction Journal,Harm Reduct J,15,1,43-52,"
                + "BioMed Central,,,,en,10.1186/s12954-018-0245-7,,1477-7517,30107808,PMC6092784,"
                + "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/,"
                + "BACKGROUND: Despite the integration of peer workers.,Research,\r\n";
        assertEquals(expected, write(Map.of(), SampleRecords.seedArticle()));
    }

    @Test
    void emptyInputIsJustTheHeader() throws IOException {
        assertEquals(DEFAULT_HEADER + "\r\n", write(Map.of()));
    }

    @Test
    void zoteroProfileHeaderIsExact() throws IOException {
        // zotero/translators CSV.js exportedFields, labelled as writeColumnHeaders() does.
        String expected = "Key,Item Type,Publication Year,Author,Title,Publication Title,ISBN,ISSN,DOI,Url,"
                + "Abstract Note,Date,Date Added,Date Modified,Access Date,Pages,Num Pages,Issue,Volume,"
                + "Number Of Volumes,Journal Abbreviation,Short Title,Series,Series Number,Series Text,Series Title,"
                + "Publisher,Place,Language,Rights,Type,Archive,Archive Location,Library Catalog,Call Number,Extra,"
                + "Notes,File Attachments,Link Attachments,Manual Tags,Automatic Tags,Editor,Series Editor,Translator,"
                + "Contributor,Attorney Agent,Book Author,Cast Member,Commenter,Composer,Cosponsor,Counsel,Interviewer,"
                + "Producer,Recipient,Reviewed Author,Scriptwriter,Words By,Guest,Number,Edition,Running Time,Scale,"
                + "Medium,Artwork Size,Filing Date,Application Number,Assignee,Issuing Authority,Country,Meeting Name,"
                + "Conference Name,Court,References,Reporter,Legal Status,Priority Numbers,Programming Language,"
                + "Version,System,Code,Code Number,Section,Session,Committee,History,Legislative Body\r\n";
        assertEquals(expected, write(Map.of("profile", "zotero")));
        assertEquals(87, ZoteroColumn.values().length);
    }

    @Test
    void zoteroProfileRowOfSeedArticle() throws IOException {
        Map<String, String> z = row(parse(write(Map.of("profile", "zotero"), SampleRecords.seedArticle())), 1);
        assertEquals("pubmed-6092784", z.get("Key"));
        assertEquals("journalArticle", z.get("Item Type"));
        assertEquals("2018", z.get("Publication Year"));
        assertEquals("Tookey, Paula; Mason, Kate", z.get("Author"));
        assertEquals("Harm Reduction Journal", z.get("Publication Title"));
        assertEquals("1477-7517", z.get("ISSN"));
        assertEquals("10.1186/s12954-018-0245-7", z.get("DOI"));
        assertEquals("2018-08-14", z.get("Date"));
        assertEquals("43-52", z.get("Pages"));
        assertEquals("Harm Reduct J", z.get("Journal Abbreviation"));
        assertEquals("PMID: 30107808\nPMCID: PMC6092784", z.get("Extra"));
        assertEquals("National Center for Biotechnology Information", z.get("Library Catalog"));
        assertEquals("pubmed-6092784", z.get("Archive Location"));
        assertEquals("Research", z.get("Manual Tags"));
        assertEquals("", z.get("Editor"));
    }

    @Test
    void bookInBothProfiles() throws IOException {
        Map<String, String> d = row(parse(write(Map.of(), SampleRecords.book())), 1);
        assertEquals("van Gogh, Vincent; Van Gogh Museum", d.get("authors"));
        assertEquals("Jansen, Leo", d.get("editors"));
        assertEquals("Kunstgeschichte ; 242", d.get("series"));
        assertEquals("9783406589373", d.get("isbn"));
        Map<String, String> z = row(parse(write(Map.of("profile", "zotero"), SampleRecords.book())), 1);
        assertEquals("Kunstgeschichte", z.get("Series"));
        assertEquals("242", z.get("Series Number"));
        assertEquals("Müller, Eva", z.get("Translator"));
        assertEquals("304", z.get("Num Pages"));
        assertEquals("OCLC: 311786420", z.get("Extra"));
        assertEquals("LH 61340 G613", z.get("Call Number"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void everyTypeWritesOneFullRow(RecordType type) throws IOException {
        List<List<String>> rows = parse(write(Map.of(), SampleRecords.ofType(type)));
        assertEquals(2, rows.size());
        Map<String, String> d = row(rows, 1);
        assertEquals(type.cslType(), d.get("type"));
        assertEquals("Title of " + type.cslType(), d.get("title"));
        assertEquals("Doe, Jane", d.get("authors"));
        assertEquals("Roe, Rita", d.get("editors"));
        assertEquals("2001", d.get("year"));
        assertEquals("2001-02", d.get("date"));
        assertEquals("Container of " + type.cslType(), d.get("journal"));
        assertEquals("10-20", d.get("pages"));
        assertEquals("Series of " + type.cslType() + " ; 3", d.get("series"));
        assertEquals("10.1000/xyz", d.get("doi"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ARTICLE, preprint",
        "ARTICLE_JOURNAL, journalArticle",
        "ARTICLE_MAGAZINE, magazineArticle",
        "ARTICLE_NEWSPAPER, newspaperArticle",
        "BOOK, book",
        "CHAPTER, bookSection",
        "PAPER_CONFERENCE, conferencePaper",
        "THESIS, thesis",
        "REPORT, report",
        "DATASET, dataset",
        "SOFTWARE, computerProgram",
        "WEBPAGE, webpage",
        "MAP, map",
        "MANUSCRIPT, manuscript",
        "MOTION_PICTURE, videoRecording",
        "SONG, audioRecording",
        "MUSICAL_SCORE, book",
        "GRAPHIC, artwork",
        "PERIODICAL, document",
        "ENTRY_ENCYCLOPEDIA, encyclopediaArticle",
        "LEGISLATION, statute",
        "DOCUMENT, document",
    })
    void zoteroItemType(RecordType type, String zotero) throws IOException {
        assertEquals(22, RecordType.values().length, "a new RecordType needs a row above");
        Map<String, String> z = row(parse(write(Map.of("profile", "zotero", "columns", "Item Type"),
                SampleRecords.ofType(type))), 1);
        assertEquals(zotero, z.get("Item Type"));
    }

    @Test
    void columnsOptionChoosesAndOrders() throws IOException {
        String csv = write(Map.of("columns", "title, id ,doi"), SampleRecords.seedArticle());
        assertEquals("title,id,doi\r\nFrom client to co-worker: a case study of the transition to peer work,"
                + "pubmed-6092784,10.1186/s12954-018-0245-7\r\n", csv);
        assertEquals("Title,Key\r\nDie Briefe,book-1\r\n",
                write(Map.of("profile", "zotero", "columns", "Title,Key"), SampleRecords.book()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "columns, 'id,foo', 'invalid value ''foo'' for --columns', 'valid columns of profile default: id,type,title,authors'",
        "columns, 'Key', 'invalid value ''Key'' for --columns', 'valid columns of profile default: id,type'",
        "profile, endnote, 'invalid value ''endnote'' for --profile', 'valid values: default, zotero'",
        "csv-formulas, drop, 'invalid value ''drop'' for --csv-formulas', 'valid values: escape, keep'",
        "csv-formulas, neutralize, 'invalid value ''neutralize'' for --csv-formulas', 'valid values: escape, keep'",
    })
    void badOptionsAreUsageErrors(String option, String value, String says, String lists) {
        CatconvException e = assertThrows(CatconvException.class,
                () -> write(Map.of(option, value), SampleRecords.book()));
        assertEquals(ExitStatus.USAGE, e.status());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertTrue(e.getMessage().contains(lists), e.getMessage());
    }

    @Test
    void bomOnlyWithFlag() throws IOException {
        assertTrue(write(Map.of()).startsWith("id,"));
        assertTrue(write(Map.of("bom", "true")).startsWith("\uFEFFid,"));
        assertTrue(write(Map.of("bom", "false")).startsWith("id,"));
    }

    private static BibRecord formulas() {
        return BibRecord.builder().id("f1").type(RecordType.BOOK)
                .title("=HYPERLINK(\"http://evil.example\",\"x\")")
                .publisher("+49 30 1234")
                .place("-Berlin")
                .abstractText("@SUM(A1:A2)")
                .addNote("\tTabbed")
                .addSubject("\rCR first")
                .edition("1st, revised")
                .build();
    }

    @Test
    void formulaCellsAreNeutralisedAndReparseStrictly() throws IOException {
        String csv = write(Map.of(), formulas(), SampleRecords.seedArticle());
        List<List<String>> rows = parse(csv);
        assertEquals(3, rows.size());
        rows.forEach(r -> assertEquals(26, r.size()));
        Map<String, String> d = row(rows, 1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", d.get("title"));
        assertEquals("'+49 30 1234", d.get("publisher"));
        assertEquals("'-Berlin", d.get("place"));
        assertEquals("'@SUM(A1:A2)", d.get("abstract"));
        assertEquals("'\tTabbed", d.get("notes"));
        assertEquals("'\rCR first", d.get("keywords"));
        assertEquals("1st, revised", d.get("edition"));
        for (String cell : rows.get(1)) {
            assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
        }
    }

    @Test
    void formulasKeptWhenAsked() throws IOException {
        Map<String, String> d = row(parse(write(Map.of("csv-formulas", "keep"), formulas())), 1);
        assertEquals("=HYPERLINK(\"http://evil.example\",\"x\")", d.get("title"));
        assertEquals("-Berlin", d.get("place"));
    }

    @Test
    void lineBreaksInsideValuesAreKeptQuoted() throws IOException {
        BibRecord r = SampleRecords.book().toBuilder().abstractText("Line one\r\nline two\nthree").build();
        String csv = write(Map.of("columns", "id,abstract"), r);
        assertEquals("id,abstract\r\nbook-1,\"Line one\r\nline two\nthree\"\r\n", csv);
        assertEquals("Line one\r\nline two\nthree", row(parse(csv), 1).get("abstract"));
    }

    @Test
    void deterministic() throws IOException {
        assertEquals(write(Map.of("profile", "zotero"), SampleRecords.seedArticle(), SampleRecords.book()),
                write(Map.of("profile", "zotero"), SampleRecords.seedArticle(), SampleRecords.book()));
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BibtexWriterTest {

    private static String bibtex(Map<String, String> options, BibRecord... records) {
        return BibFixtures.write(new BibtexWriter(), options, List.of(records));
    }

    @Test
    void writesTheSeedRecord() {
        String expected = """
                @article{tookey2018client,
                  author = {Tookey, Paula and Mason, Kate and Broad, Jennifer and Behm, Marty and Bondy, Lise and Powis, Jeff},
                  title = {From client to co-worker: a case study of the transition to peer work within a multi-disciplinary hepatitis c treatment team in {Toronto}, {Canada}},
                  journal = {Harm Reduct J},
                  year = {2018},
                  month = aug,
                  publisher = {BioMed Central},
                  doi = {10.1186/s12954-018-0245-7},
                  url = {https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/},
                  language = {english},
                  keywords = {Research}
                }
                """;
        assertEquals(expected, bibtex(Map.of(), BibFixtures.seed()));
    }

    @Test
    void isRegisteredOnce() {
        assertTrue(WriterRegistry.installed().find("bibtex").orElseThrow() instanceof BibtexWriter);
        assertTrue(WriterRegistry.installed().find("biblatex").orElseThrow() instanceof BiblatexWriter);
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyTypeWritesOneWellFormedEntry(RecordType type) {
        List<BibStructure.Entry> entries = BibStructure.parse(bibtex(Map.of(), BibFixtures.ofType(type)));
        assertEquals(1, entries.size());
        BibStructure.Entry e = entries.get(0);
        assertEquals("A study of " + type.cslType().replace('_', ' '), e.fields().get("title"));
        assertEquals("2001", e.fields().get("year"));
        assertEquals("Smith, Anna", e.fields().get("author"));
    }

    @ParameterizedTest
    @CsvSource({
            "ARTICLE_JOURNAL, article, journal",
            "CHAPTER, incollection, booktitle",
            "PAPER_CONFERENCE, inproceedings, booktitle",
            "THESIS, phdthesis, school",
            "REPORT, techreport, institution",
            "BOOK, book, publisher",
            "MANUSCRIPT, unpublished, note",
            "DATASET, misc, url",
    })
    void typeTableAndRequiredFields(RecordType type, String entryType, String requiredField) {
        BibStructure.Entry e = BibStructure.parse(bibtex(Map.of(), BibFixtures.ofType(type))).get(0);
        assertEquals(entryType, e.type());
        assertTrue(e.fields().containsKey(requiredField), e.fields().toString());
    }

    @Test
    void fieldOrderFollowsTheTable() {
        BibStructure.Entry e = BibStructure.parse(bibtex(Map.of(), BibFixtures.ofType(RecordType.BOOK))).get(0);
        assertEquals(List.of("author", "title", "year", "number", "edition", "series", "address", "publisher", "isbn"),
                List.copyOf(e.fields().keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2018-08-14 | 2018 | aug | ",
            "1998/2003 | 1998--2003 | | ",
            "1998~ | 1998 | | Date: ca. 1998",
            "2018-03/2018-05 | 2018 | | Date: 2018-03/2018-05",
            "unparsed | | | Date: s.f.",
    })
    void dates(String date, String year, String month, String note) {
        DateValue d = switch (date) {
            case "2018-08-14" -> DateValue.of(new PartialDate(2018, 8, 14));
            case "1998/2003" -> new DateValue(PartialDate.ofYear(1998), PartialDate.ofYear(2003), false, "1998-2003");
            case "1998~" -> new DateValue(PartialDate.ofYear(1998), null, true, "ca. 1998");
            case "2018-03/2018-05" -> new DateValue(new PartialDate(2018, 3, 0), new PartialDate(2018, 5, 0), false,
                    "2018-03/2018-05");
            default -> DateValue.unparsed("s.f.");
        };
        BibRecord r = BibFixtures.ofType(RecordType.BOOK).toBuilder().issued(d).build();
        Map<String, String> f = BibStructure.parse(bibtex(Map.of(), r)).get(0).fields();
        assertEquals(year, f.get("year"));
        assertEquals(month, f.get("month"));
        assertEquals(note, f.get("note"));
    }

    @Test
    void journalAbbreviationOnlyWithoutFullTitle() {
        BibRecord r = BibFixtures.seed().toBuilder()
                .container(Container.empty().withTitle("Harm Reduction Journal").withShortTitle("Harm Reduct J")).build();
        assertEquals("Harm Reduction Journal", BibStructure.parse(bibtex(Map.of(), r)).get(0).fields().get("journal"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Doctoral dissertation | phdthesis | ",
            "Master's thesis | mastersthesis | ",
            "Diplomarbeit | mastersthesis | ",
            "Habilitationsschrift | phdthesis | Habilitationsschrift",
    })
    void thesisKindFromGenre(String genre, String entryType, String typeField) {
        BibRecord r = BibFixtures.ofType(RecordType.THESIS).toBuilder().genre(genre).build();
        BibStructure.Entry e = BibStructure.parse(bibtex(Map.of(), r)).get(0);
        assertEquals(entryType, e.type());
        assertEquals(typeField, e.fields().get("type"));
    }

    /** plain.bst prints editor only in book, inbook, incollection, inproceedings and proceedings. */
    @ParameterizedTest
    @CsvSource({"DOCUMENT, misc", "ARTICLE_JOURNAL, article", "THESIS, phdthesis", "REPORT, techreport"})
    void editorsGoToTheNoteWhereTheStyleWouldDropThem(RecordType type, String entryType) {
        BibRecord r = BibFixtures.ofType(type).toBuilder()
                .addContributor(new io.github.catconv.model.Contributor(io.github.catconv.model.ContributorRole.EDITOR,
                        io.github.catconv.model.Person.of("Jones", "Bea"))).build();
        BibStructure.Entry e = BibStructure.parse(bibtex(Map.of(), r)).get(0);
        assertEquals(entryType, e.type());
        assertFalse(e.fields().containsKey("editor"), e.fields().toString());
        assertTrue(e.fields().get("note").contains("Edited by Jones, Bea"), e.fields().toString());
    }

    @Test
    void editorsOfAnEditedBookStayEditors() {
        BibRecord r = BibRecord.builder().id("ed").type(RecordType.BOOK).title("Collected essays")
                .addContributor(new io.github.catconv.model.Contributor(io.github.catconv.model.ContributorRole.EDITOR,
                        io.github.catconv.model.Person.of("Jones", "Bea")))
                .publisher("P").issued(DateValue.of(PartialDate.ofYear(2001))).build();
        BibStructure.Entry e = BibStructure.parse(bibtex(Map.of(), r)).get(0);
        assertEquals("Jones, Bea", e.fields().get("editor"));
        assertFalse(e.fields().containsKey("key"), "a book sorts by its editor");
    }

    /** "to sort, need author or key": without an author (and outside book, inbook, proceedings) the title is the key. */
    @Test
    void aMiscWithOnlyAnEditorSortsByItsTitle() {
        BibRecord r = BibRecord.builder().id("m").type(RecordType.DOCUMENT).title("Working notes")
                .addContributor(new io.github.catconv.model.Contributor(io.github.catconv.model.ContributorRole.EDITOR,
                        io.github.catconv.model.Person.of("Jones", "Bea"))).build();
        assertEquals("Working notes", BibStructure.parse(bibtex(Map.of(), r)).get(0).fields().get("key"));
    }

    /** plain.bst's format.bvolume: number only as "number N in SERIES", and never beside a volume. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // type            | volume | issue | series      | series no | number | note
        "BOOK              | -      | -     | Lect. Notes | 8586      | 8586   | -",
        "BOOK              | 2      | -     | Lect. Notes | 8586      | -      | Number: 8586",
        "PAPER_CONFERENCE  | -      | 3     | -           | -         | -      | Number: 3",
        "PAPER_CONFERENCE  | 37     | 3     | -           | -         | -      | Number: 3",
        "ARTICLE_JOURNAL   | 37     | 3     | -           | -         | 3      | -",
    })
    void aNumberTheStyleWouldRejectGoesToTheNote(RecordType type, String volume, String issue, String series,
            String seriesNumber, String number, String note) {
        BibRecord.Builder b = BibRecord.builder().id("n").type(type).title("T")
                .addContributor(BibFixtures.author("Smith", "Anna")).issued(DateValue.of(PartialDate.ofYear(2001)));
        if (volume != null || issue != null) {
            b.container(Container.empty().withTitle("Proceedings").withVolume(volume).withIssue(issue));
        }
        if (series != null) {
            b.addSeries(new io.github.catconv.model.Series(series, seriesNumber));
        }
        Map<String, String> f = BibStructure.parse(bibtex(Map.of(), b.build())).get(0).fields();
        assertEquals(number, f.get("number"), f.toString());
        assertEquals(note, f.get("note"), f.toString());
    }

    @Test
    void thesisWithoutGenreSaysThesis() {
        BibRecord r = BibFixtures.ofType(RecordType.THESIS).toBuilder().genre(null).build();
        assertEquals("Thesis", BibStructure.parse(bibtex(Map.of(), r)).get(0).fields().get("type"));
    }

    @Test
    void asciiByDefaultUnicodeOnRequest() {
        BibRecord r = BibFixtures.seed().toBuilder().title("Crème brûlée").subtitle(null).build();
        assertTrue(bibtex(Map.of(), r).contains("title = {Cr{\\`e}me br{\\^u}l{\\'e}e}"));
        assertTrue(bibtex(Map.of("unicode", "true"), r).contains("title = {Crème brûlée}"));
    }

    @Test
    void outputIsDeterministicWithBlankLinesBetweenEntries() {
        BibRecord a = BibFixtures.seed();
        BibRecord b = BibFixtures.ofType(RecordType.BOOK);
        String once = bibtex(Map.of(), a, b);
        assertEquals(once, bibtex(Map.of(), a, b));
        assertTrue(once.contains("}\n\n@book{"), once);
        assertFalse(once.contains("\r"));
        assertTrue(once.endsWith("}\n"));
    }

    @Test
    void keyPatternOption() {
        String out = bibtex(Map.of("key-pattern", "[auth][year]-[journalabbr:abbr]"), BibFixtures.seed());
        assertTrue(out.startsWith("@article{Tookey2018-HRJ,"), out);
    }

    @Test
    void badKeyPatternIsAUsageError() {
        WriteContext ctx = new WriteContext(Map.of("key-pattern", "[nosuchfield]"), d -> { });
        CatconvException e = assertThrows(CatconvException.class, () -> new BibtexWriter().open(new StringWriter(), ctx));
        assertTrue(e.getMessage().contains("nosuchfield"));
    }

    @Test
    void keyMapFile(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("keys.tsv");
        BibRecord seed = BibFixtures.seed();
        bibtex(Map.of("key-map", map.toString()), seed, seed);
        assertEquals(List.of("pubmed-6092784\ttookey2018client", "pubmed-6092784\ttookey2018client-njl6"),
                Files.readAllLines(map, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void bookEditorsBesideAuthorsGoToNote() {
        BibRecord r = BibFixtures.ofType(RecordType.BOOK).toBuilder()
                .addContributor(new io.github.catconv.model.Contributor(io.github.catconv.model.ContributorRole.EDITOR,
                        io.github.catconv.model.Person.of("Jones", "Bea"))).build();
        Map<String, String> f = BibStructure.parse(bibtex(Map.of(), r)).get(0).fields();
        assertFalse(f.containsKey("editor"));
        assertEquals("Edited by Jones, Bea", f.get("note"));
    }

    @Test
    void entriesWithoutNamesGetASortKey() {
        BibRecord r = BibFixtures.ofType(RecordType.BOOK).toBuilder().contributors(List.of()).build();
        assertEquals("A study of book", BibStructure.parse(bibtex(Map.of(), r)).get(0).fields().get("key"));
        assertFalse(BibStructure.parse(bibtex(Map.of(), BibFixtures.seed())).get(0).fields().containsKey("key"));
    }

    @Test
    void everyRecordTypeHasABibtexType() {
        for (RecordType t : EnumSet.allOf(RecordType.class)) {
            assertFalse(EntryTypes.bibtex(BibFixtures.ofType(t)).isEmpty());
        }
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.WriteContext;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BiblatexWriterTest {

    private static String biblatex(Map<String, String> options, BibRecord... records) {
        return BibFixtures.write(new BiblatexWriter(), options, List.of(records));
    }

    private static BibStructure.Entry entry(BibRecord r) {
        return BibStructure.parse(biblatex(Map.of(), r)).get(0);
    }

    @ParameterizedTest(name = "volume {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // volume       | volume field | series | pubstate | issue    | note
        "XLV            | 45           | -      | -        | -        | -",
        "8586 LNCS      | 8586         | LNCS   | -        | -        | -",
        "In press       | -            | -      | inpress  | -        | -",
        "Spring         | -            | -      | -        | Spring   | -",
        "Suppl. 2       | -            | -      | -        | -        | Volume: Suppl. 2",
    })
    void volumesBiberWouldDropGoWhereBiblatexReadsThem(String raw, String volume, String series, String pubstate,
            String issue, String note) {
        BibRecord r = BibFixtures.ofType(RecordType.ARTICLE_JOURNAL).toBuilder()
                .container(Container.empty().withTitle("Journal of Examples").withVolume(raw)).build();
        Map<String, String> f = entry(r).fields();
        assertEquals(volume, f.get("volume"), f.toString());
        assertEquals(series, f.get("series"), f.toString());
        assertEquals(pubstate, f.get("pubstate"), f.toString());
        assertEquals(issue, f.get("issue"), f.toString());
        assertEquals(note, f.get("note"), f.toString());
    }

    /** biber reads a 0 as no page and reports "0--0" as a malformed range: placeholders are dropped. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {"0|0|-", "0|0|-", "000|000|000--000", "0|12|0--12"})
    void zeroPagePlaceholdersAreDropped(String first, String last, String expected) {
        BibRecord r = BibFixtures.ofType(RecordType.ARTICLE_JOURNAL).toBuilder()
                .container(Container.empty().withTitle("J").withPages(new io.github.catconv.model.PageRange(first, last,
                        first + "-" + last))).build();
        assertEquals(expected, entry(r).fields().get("pages"));
    }

    @Test
    void writesTheSeedRecord() {
        String expected = """
                @article{tookey2018client,
                  author = {Tookey, Paula and Mason, Kate and Broad, Jennifer and Behm, Marty and Bondy, Lise and Powis, Jeff},
                  title = {From client to co-worker},
                  subtitle = {a case study of the transition to peer work within a multi-disciplinary hepatitis c treatment team in {Toronto}, {Canada}},
                  journaltitle = {Harm Reduct J},
                  shortjournal = {Harm Reduct J},
                  date = {2018-08-14},
                  doi = {10.1186/s12954-018-0245-7},
                  eprint = {30107808},
                  eprinttype = {pubmed},
                  url = {https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6092784/},
                  langid = {english},
                  keywords = {Research}
                }
                """;
        assertEquals(expected, biblatex(Map.of(), BibFixtures.seed()));
    }

    @ParameterizedTest
    @CsvSource({
            "ARTICLE_JOURNAL, article", "ARTICLE_NEWSPAPER, article", "BOOK, book", "CHAPTER, incollection",
            "PAPER_CONFERENCE, inproceedings", "THESIS, thesis", "REPORT, report", "DATASET, dataset",
            "SOFTWARE, software", "WEBPAGE, online", "MANUSCRIPT, unpublished", "PERIODICAL, misc",
            "ENTRY_ENCYCLOPEDIA, inreference", "DOCUMENT, misc", "MOTION_PICTURE, misc",
    })
    void typeTable(RecordType type, String entryType) {
        assertEquals(entryType, entry(BibFixtures.ofType(type)).type());
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyTypeIsInTheDataModelTable(RecordType type) {
        BibRecord r = BibFixtures.ofType(type);
        assertTrue(BiblatexDataModel.knows(EntryTypes.biblatex(r)));
        assertEquals("2001", entry(r).fields().get("date"));
    }

    @Test
    void periodicalNeedsAnEditor() {
        BibRecord r = BibFixtures.ofType(RecordType.PERIODICAL).toBuilder().contributors(List.of(
                new Contributor(ContributorRole.EDITOR, Person.of("Jones", "Bea")))).build();
        BibStructure.Entry e = entry(r);
        assertEquals("periodical", e.type());
        assertEquals("Jones, Bea", e.fields().get("editor"));
    }

    @Test
    void chapterWithoutEditorsIsInbook() {
        BibRecord r = BibFixtures.ofType(RecordType.CHAPTER).toBuilder()
                .contributors(List.of(BibFixtures.author("Smith", "Anna"))).build();
        assertEquals("inbook", entry(r).type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Doctoral dissertation | phdthesis",
            "Tesis doctoral | phdthesis",
            "Thèse | phdthesis",
            "Masterarbeit | mathesis",
            "Mémoire de master | mathesis",
            "Bachelor thesis | Bachelor thesis",
    })
    void thesisType(String genre, String type) {
        BibRecord r = BibFixtures.ofType(RecordType.THESIS).toBuilder().genre(genre).build();
        BibStructure.Entry e = entry(r);
        assertEquals(type, e.fields().get("type"));
        assertEquals("Example Press", e.fields().get("institution"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2018-08-14 | 2018-08-14",
            "1998/2003 | 1998/2003",
            "1998~ | 1998~",
    })
    void edtfDates(String kind, String expected) {
        DateValue d = switch (kind) {
            case "2018-08-14" -> DateValue.of(new PartialDate(2018, 8, 14));
            case "1998/2003" -> new DateValue(PartialDate.ofYear(1998), PartialDate.ofYear(2003), false, "1998-2003");
            default -> new DateValue(PartialDate.ofYear(1998), null, true, "ca. 1998");
        };
        BibStructure.Entry e = entry(BibFixtures.ofType(RecordType.BOOK).toBuilder().issued(d).build());
        assertEquals(expected, e.fields().get("date"));
        assertNull(e.fields().get("note"));
    }

    @Test
    void unparsedDateGoesToNote() {
        BibStructure.Entry e = entry(BibFixtures.ofType(RecordType.BOOK).toBuilder()
                .issued(DateValue.unparsed("19--")).addNote("Reprint").build());
        assertNull(e.fields().get("date"));
        assertEquals("Date: 19--; Reprint", e.fields().get("note"));
    }

    @ParameterizedTest
    @CsvSource({"en, english", "de, ngerman", "fr, french", "es, spanish", "pt-BR, brazil", "en-US, american",
            "ru, russian", "sv, swedish", "English, english"})
    void langid(String tag, String name) {
        assertEquals(name, entry(BibFixtures.seed().toBuilder().language(tag).build()).fields().get("langid"));
    }

    @Test
    void unknownLanguageHasNoLangid() {
        assertFalse(entry(BibFixtures.seed().toBuilder().language("x-klingon").build()).fields().containsKey("langid"));
    }

    @Test
    void arxivWinsOverPubmedAsEprint() {
        BibRecord r = BibFixtures.seed().toBuilder()
                .addIdentifier(Identifier.of(IdentifierScheme.ARXIV, "1234.5678")).build();
        assertEquals("arxiv", entry(r).fields().get("eprinttype"));
        assertEquals("1234.5678", entry(r).fields().get("eprint"));
    }

    @Test
    void utf8AlwaysAndTranslator() {
        BibRecord r = BibFixtures.ofType(RecordType.BOOK).toBuilder().title("Война и мир — Ærø")
                .addContributor(new Contributor(ContributorRole.TRANSLATOR, Person.of("Maude", "Louise"))).build();
        BibStructure.Entry e = entry(r);
        assertEquals("Война и мир — {Ærø}", e.fields().get("title"));
        assertEquals("Maude, Louise", e.fields().get("translator"));
    }

    @Test
    void extendedNameFormat() {
        BibRecord r = BibFixtures.seed().toBuilder().contributors(List.of(new Contributor(ContributorRole.AUTHOR,
                new Person("Gogh", "Vincent", null, "van", null, null)))).build();
        String out = biblatex(Map.of("name-format", "extended"), r);
        assertTrue(out.contains("author = {family=Gogh, given=Vincent, prefix=van, useprefix=true}"), out);
    }

    @Test
    void badNameFormatIsAUsageError() {
        WriteContext ctx = new WriteContext(Map.of("name-format", "fancy"), d -> { });
        assertThrows(CatconvException.class, () -> new BiblatexWriter().open(new StringWriter(), ctx));
    }

    @Test
    void publisherOfAnOnlineEntryIsItsOrganization() {
        Map<String, String> f = entry(BibFixtures.ofType(RecordType.WEBPAGE)).fields();
        assertEquals("Example Press", f.get("organization"));
        assertFalse(f.containsKey("publisher"));
    }
}

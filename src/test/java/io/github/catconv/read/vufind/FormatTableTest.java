package io.github.catconv.read.vufind;

import io.github.catconv.internal.TsvResource;
import io.github.catconv.read.vufind.page.Labels;
import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.RecordType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // Solr `format` values as VuFind stores them (list separated by ';')
        "Online;Article;Text                | ARTICLE_JOURNAL",
        "Book                               | BOOK",
        "eBook;Electronic                   | BOOK",
        "Book;Book Chapter                  | CHAPTER",
        "BookComponentPart                  | CHAPTER",
        "SerialComponentPart                | ARTICLE_JOURNAL",
        "Article;Newspaper                  | ARTICLE_NEWSPAPER",
        "Newspaper                          | PERIODICAL",
        "Journal;Electronic                 | PERIODICAL",
        "Serial                             | PERIODICAL",
        "Book;Thesis                        | THESIS",
        "Book;Conference Proceeding         | PAPER_CONFERENCE",
        "ConferenceProceeding;Thesis        | PAPER_CONFERENCE",
        "Atlas;Book                         | MAP",
        "Globe                              | MAP",
        "MusicalScore                       | MUSICAL_SCORE",
        "Manuscript                         | MANUSCRIPT",
        "Video;DVD                          | MOTION_PICTURE",
        "Blu-ray Disc                       | MOTION_PICTURE",
        "VideoGame;Electronic               | SOFTWARE",
        "SoundDisc;MusicRecording           | SONG",
        "CD                                 | SONG",
        "DataSet                            | DATASET",
        "Photo                              | GRAPHIC",
        "Website                            | WEBPAGE",
        "Book;GovernmentDocument            | BOOK",
        "GovernmentDocument                 | REPORT",
        "Reference Material                 | BOOK",
        "Kit                                | DOCUMENT",
        "Unknown                            | DOCUMENT",
        // translations, any case and spacing
        "Online;Artículo;Texto              | ARTICLE_JOURNAL",
        "Buchkapitel                        | CHAPTER",
        "capítulo de libro                  | CHAPTER",
        "Tesis                              | THESIS",
        "Zeitschrift                        | PERIODICAL",
        "E-Book                             | BOOK",
        "論文                               | ARTICLE_JOURNAL",
        "Статья                             | ARTICLE_JOURNAL",
        // French 'Journal' is a newspaper, but the English value wins
        "Journal                            | PERIODICAL",
        // carriers and unknown words say nothing
        "Online;Text                        | -",
        "Electronic;Print;Microfilm;Braille | -",
        "Something else                     | -",
    })
    void picksTypeByPriority(String values, RecordType expected) {
        assertEquals(expected, FormatTable.typeOf(Arrays.asList(values.split(";"))).orElse(null));
    }

    @Test
    void toleratesNullAndEmpty() {
        assertTrue(FormatTable.typeOf(null).isEmpty());
        assertTrue(FormatTable.typeOf(List.of()).isEmpty());
        assertTrue(FormatTable.typeOf(Arrays.asList(null, " ")).isEmpty());
        assertEquals(List.of(), FormatTable.splitHeaderFormats(null));
        assertEquals(List.of(), FormatTable.splitHeaderFormats("  "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Online Artículo Texto             | Online;Artículo;Texto",
        "Book Chapter                      | Book Chapter",
        "Capítulo de libro Libro           | Capítulo de libro;Libro",
        "Online  Book Chapter  Electronic  | Online;Book Chapter;Electronic",
        "Conference Proceeding Book        | Conference Proceeding;Book",
        "Procedimiento de la Conferencia Texto | Procedimiento de la Conferencia;Texto",
        "Book Frobnicator Text             | Book;Frobnicator;Text",
        "Video Game                        | Video Game",
        "Video DVD                         | Video;DVD",
    })
    void splitsHeaderLinesByLongestMatch(String line, String expected) {
        assertEquals(List.of(expected.split(";")), FormatTable.splitHeaderFormats(line));
    }

    /** Every value in the generated translation table must have a row in the type table. */
    @Test
    void everyTranslatedValueHasAType() {
        List<String> values = FormatTable.resourceValues();
        assertEquals(42, values.size());
        for (String v : values) {
            assertTrue(FormatTable.isKnown(v), v);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Online", "Print", "Text", "Electronic"})
    void carriersAreKnownButUntyped(String carrier) {
        assertTrue(FormatTable.isKnown(carrier));
        assertTrue(FormatTable.typeOf(List.of(carrier)).isEmpty());
    }

    /** The look-up forms as FormatTable first wrote them, with regular expressions: the reference. */
    private static String regexKey(String v) {
        return Pattern.compile("[\\s_\\-]+").matcher(Normalizer.normalize(v, Normalizer.Form.NFC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static String regexPhrase(String v) {
        return Pattern.compile("\\s+").matcher(v.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** formats-index.tsv is formats.tsv in the reference look-up forms (tools/gen-formats.py --index). */
    @Test
    void indexIsTheTranslationsInLookUpForm() {
        List<String> want = new ArrayList<>();
        for (String[] cols : TsvResource.rows(FormatTable.class, "formats.tsv")) {
            List<String> rest = Arrays.asList(cols).subList(1, cols.length);
            want.add(cols[0] + "\tkey" + rest.stream().map(t -> "\t" + regexKey(t)).collect(joining()));
            want.add(cols[0] + "\tphrase" + rest.stream().map(t -> "\t" + regexPhrase(t)).collect(joining()));
        }
        List<String> got = TsvResource.rows(FormatTable.class, "formats-index.tsv").stream().map(r -> String.join("\t", r)).toList();
        List<String> stale = new ArrayList<>(got);
        stale.removeAll(want);
        assertEquals(List.of(), stale, "formats-index.tsv is stale: tools/gen-formats.py --index");
        assertEquals(want, got, "formats-index.tsv is stale: tools/gen-formats.py --index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Blu-ray Disc", " Book_Chapter\t", "Musical\u000BScore", "A\u00A0B",
        "ΒΙΒΛΊΟ ΣΕ ΣΕΙΡΆ", "Cafe\u0301 - x", "\u2003Video  Disc\u2003", "İstanbul", ""})
    void lookUpFormsMatchTheRegexReference(String v) {
        assertEquals(regexKey(v), FormatTable.key(v));
        assertEquals(regexPhrase(v), FormatTable.phrase(v));
    }

    @Test
    void lookUpFormsMatchTheRegexReferenceOnEveryTranslation() {
        for (String[] cols : TsvResource.rows(FormatTable.class, "formats.tsv")) {
            for (String v : cols) {
                assertEquals(regexKey(v), FormatTable.key(v), v);
                assertEquals(regexPhrase(v), FormatTable.phrase(v), v);
            }
        }
    }
}

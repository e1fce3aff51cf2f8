package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.internal.TsvResource;
import io.github.catconv.model.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every format name of formats.tsv, the English value and each translation in every UI
 * language, and asserts the CSL type it gives (none for carriers, which say nothing about type).
 * No name is an exception here: no language uses one word for two formats of different types.
 * The record's other fields refine the type in {@link TypeMapper} (a conference proceeding without
 * a host is a book), tested below.
 */
class EveryFormatNameHasATypeTest {

    /** The CSL type of each English value of formats.tsv; absent: a carrier, no type. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("Article", "article-journal"), Map.entry("Audio", "song"), Map.entry("Blu-ray Disc", "motion_picture"),
            Map.entry("Book", "book"), Map.entry("Book Chapter", "chapter"), Map.entry("CD", "song"),
            Map.entry("Cassette", "song"), Map.entry("Collection", "document"),
            Map.entry("Conference Proceeding", "paper-conference"), Map.entry("DVD", "motion_picture"),
            Map.entry("Data Set", "dataset"), Map.entry("Database", "dataset"), Map.entry("Globe", "map"),
            Map.entry("Government Document", "report"), Map.entry("Image", "graphic"), Map.entry("Journal", "periodical"),
            Map.entry("Kit", "document"), Map.entry("Manuscript", "manuscript"), Map.entry("Map", "map"),
            Map.entry("Musical Score", "musical_score"), Map.entry("Newspaper", "periodical"), Map.entry("Photo", "graphic"),
            Map.entry("Physical Object", "document"), Map.entry("Postcard", "graphic"), Map.entry("Poster", "graphic"),
            Map.entry("Reference Material", "book"), Map.entry("Sensor Image", "graphic"), Map.entry("Serial", "periodical"),
            Map.entry("Slide", "graphic"), Map.entry("Software", "software"), Map.entry("Thesis", "thesis"),
            Map.entry("Unknown", "document"), Map.entry("VHS", "motion_picture"), Map.entry("Video", "motion_picture"),
            Map.entry("Video Game", "software"), Map.entry("Website", "webpage"), Map.entry("eBook", "book"));
    private static final Set<String> CARRIERS = Set.of("Braille", "Electronic", "Microfilm", "Print", "Text");

    static Stream<Arguments> names() {
        List<Arguments> out = new ArrayList<>();
        for (String[] row : TsvResource.rows(FormatTable.class, "formats.tsv")) {
            for (int i = 0; i < row.length; i++) {
                out.add(Arguments.of(row[0], row[i]));
            }
        }
        return out.stream();
    }

    @Test
    void everyEnglishValueIsListed() {
        for (String[] row : TsvResource.rows(FormatTable.class, "formats.tsv")) {
            assertTrue(EXPECTED.containsKey(row[0]) || CARRIERS.contains(row[0]), row[0]);
        }
    }

    /** Format words of other catalogs, in several languages. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Report|report", "Technical Report|report", "Forschungsbericht|report", "Rapport de recherche|report",
        "Informe|report", "Dissertation|thesis", "Hochschulschrift|thesis", "Tesis|thesis", "Thèse|thesis",
        "Tesi|thesis", "Proefschrift|thesis", "Väitöskirja|thesis", "Rozprawa doktorska|thesis", "Mémoire|thesis",
        "Диссертация|thesis",
    })
    void formatWordsOfOtherCatalogs(String name, String type) {
        assertEquals(Optional.of(type), FormatTable.typeOf(List.of(name)).map(RecordType::cslType));
    }

    @Test
    void aReportBeatsBookButNotThesis() {
        assertEquals(Optional.of(RecordType.REPORT), FormatTable.typeOf(List.of("Book", "Report", "Print")));
        assertEquals(Optional.of(RecordType.THESIS), FormatTable.typeOf(List.of("Book", "Hochschulschrift")));
    }

    /** A header-only page: German, French, Spanish and Russian labels, a translated format name. */
    @ParameterizedTest(name = "{0} {1} host={2}")
    @CsvSource(delimiter = '|', value = {
        "Format|Conference Proceeding|Published in|true|paper-conference",
        "Format|Tagungsbericht|Veröffentlicht in|true|paper-conference",
        "Format|Actes de congrès|Publié dans|true|paper-conference",
        "Formato|Procedimiento de la Conferencia|Publicado en|true|paper-conference",
        "Формат|Материалы конференции|Опубликовано в|true|paper-conference",
        "Format|Tagungsbericht|Veröffentlicht in|false|book",
        "Format|Actes de congrès|Publié dans|false|book",
        "Format|Hochschulschrift|Veröffentlicht in|false|thesis",
        "Formato|Tesis|Publicado en|false|thesis",
        "Format|Report|Published in|false|report",
    })
    void theRestOfTheRecordRefinesTheType(String formatLabel, String format, String hostLabel, boolean host, String type)
            throws java.io.IOException {
        String page = "Loading...\n\nProceedings of a meeting /\n\nBibliographic Details\n"
                + formatLabel + ": " + format + "\n"
                + (host ? hostLabel + ": Lecture Notes in Computer Science, vol. 12, p. 5-9\n" : "");
        List<io.github.catconv.model.BibRecord> recs = new ArrayList<>();
        try (io.github.catconv.read.RecordCursor c = new VufindReader().open(
                new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                io.github.catconv.read.ReadContext.of("page.txt", io.github.catconv.diag.DiagnosticSink.discard()))) {
            for (io.github.catconv.model.BibRecord r = c.next(); r != null; r = c.next()) {
                recs.add(r);
            }
        }
        assertEquals(1, recs.size());
        assertEquals(type, recs.get(0).type().cslType());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void everyNameInEveryLanguageGivesItsType(String english, String name) {
        String expected = EXPECTED.get(english);
        Optional<RecordType> t = FormatTable.typeOf(List.of(name));
        assertEquals(Optional.ofNullable(expected), t.map(RecordType::cslType), english + " / " + name);
    }
}

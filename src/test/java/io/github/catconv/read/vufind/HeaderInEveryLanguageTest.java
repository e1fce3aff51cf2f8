package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Person;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A header-only page (no staff view) written with the real labels of every UI language VuFind
 * ships (VuFind's own translations, copied to src/test/resources/vufind/labels.tsv; see SOURCES.md
 * there) reads into the same record: the header is understood without being told its language.
 */
class HeaderInEveryLanguageTest {

    private static final Path LABELS = Path.of("src/test/resources/vufind/labels.tsv");
    /** The UI languages of VuFind's languages/*.ini, in the table's column order. */
    private static final List<String> SHIPPED_LANGUAGES = List.of("en", "ar", "bn", "ca", "cs", "cy", "da", "de",
            "el", "en-gb", "es", "eu", "fi", "fr", "ga", "gl", "he", "hi", "hr", "hy", "it", "ja", "mi", "mn", "nl",
            "nl-be", "pl", "pt", "pt-br", "ru", "se", "sl", "sv", "tr", "uk", "vi", "zh", "zh-cn");
    private static final List<String> KEYS = List.of("loading_ellipsis", "Bibliographic Details", "Main Authors",
            "Format", "Language", "Published", "Subjects", "Online Access");

    static Stream<String> languages() throws IOException {
        String head = Files.readAllLines(LABELS, StandardCharsets.UTF_8).get(0);
        List<String> langs = new ArrayList<>(List.of(head.split("\t")));
        return langs.subList(2, langs.size()).stream();
    }

    @Test
    void tableHoldsEveryShippedLanguage() throws IOException {
        // A truncated or replaced copy of the table would quietly test fewer languages.
        assertEquals(SHIPPED_LANGUAGES, languages().toList());
    }

    static Map<String, String> labels(String lang) throws IOException {
        List<String> lines = Files.readAllLines(LABELS, StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).split("\t")).indexOf(lang);
        Map<String, String> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            if (KEYS.contains(c[0])) {
                // An untranslated label: VuFind prints the English text.
                out.put(c[0], c.length > col && !c[col].isBlank() ? c[col] : c[2]);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void headerOnlyPageReadsTheSameInEveryLanguage(String lang) throws IOException {
        Map<String, String> l = labels(lang);
        String page = l.get("loading_ellipsis") + "\n\nClient to co-worker : a case study /\n\n"
                + l.get("Bibliographic Details") + "\n"
                + l.get("Main Authors") + ": Tookey, Paula, Mason, Kate, 1970-, Gogh, Vincent van\n"
                + l.get("Format") + ": Book\n"
                + l.get("Language") + ":English\n"
                + l.get("Published") + ":\nLondon : Penguin, 2005.\n"
                + l.get("Subjects") + ":\n"
                + l.get("Online Access") + ":https://doi.org/10.1186/s12954-018-0245-7\n";
        List<BibRecord> recs = new ArrayList<>();
        try (RecordCursor c = new VufindReader().open(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                ReadContext.of("header.txt", DiagnosticSink.discard()))) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                recs.add(r);
            }
        }
        assertEquals(1, recs.size(), lang);
        BibRecord r = recs.get(0);
        assertEquals("Client to co-worker: a case study", r.fullTitle().orElse(""), lang);
        List<String> names = r.contributors().stream().map(x -> ((Person) x.agent()).family()).toList();
        assertEquals(List.of("Tookey", "Mason", "Gogh"), names, lang);
        assertEquals("van", ((Person) r.contributors().get(2).agent()).droppingParticle(), lang);
        assertEquals("Penguin", r.publisher().orElse(""), lang);
        assertEquals("London", r.place().orElse(""), lang);
        assertEquals(2005, r.issued().orElseThrow().start().year(), lang);
        assertEquals("en", r.language().orElse(""), lang);
        assertEquals("book", r.type().cslType(), lang);
        assertEquals("10.1186/s12954-018-0245-7", r.identifier(IdentifierScheme.DOI).orElse(""), lang);
        assertTrue(r.subjects().isEmpty(), lang);
    }
}

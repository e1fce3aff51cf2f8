package io.github.catconv.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Style and locale lookup: ids, dependent styles, default locales, primary dialects, close matches. */
class CatalogTest {

    @ParameterizedTest(name = "style {0} renders with {1}")
    @CsvSource({
        "apa, American Psychological Association 7th edition, true",
        "nature-genetics, Nature Genetics, true",
        "jama, JAMA (The Journal of the American Medical Association), true",
        "VANCOUVER, Vancouver, true",
    })
    void stylesById(String id, String title, boolean bibliography) {
        StyleCatalog.Style s = StyleCatalog.load(id);
        assertTrue(s.title().startsWith(title), s.title());
        assertEquals(bibliography, s.bibliography());
        assertFalse(StyleInfo.read(s.xml(), false).dependent(), "the xml handed to citeproc is the parent");
    }

    @Test
    void dependentStyleKeepsItsOwnDefaultLocale() {
        // dependent/abi-technik.csl sets default-locale="de-DE"; its parent
        // chicago-fullnote-bibliography sets none, so without this the output would be English.
        StyleCatalog.Style s = StyleCatalog.load("abi-technik");
        assertEquals(Optional.of("de-DE"), s.defaultLocale());
        assertEquals(Optional.empty(), StyleCatalog.load("chicago-fullnote-bibliography").defaultLocale());
        assertEquals("de-DE", LocaleCatalog.choose(Optional.empty(), s.defaultLocale()));
    }

    @ParameterizedTest(name = "locale {0} → {1}")
    @CsvSource({
        "en-US, en-US", "en_gb, en-GB", "de, de-DE", "pt, pt-PT", "pt-br, pt-BR", "ar, ar", "ZH-tw, zh-TW",
    })
    void localesResolve(String requested, String expected) {
        assertEquals(expected, LocaleCatalog.resolve(requested));
    }

    @Test
    void localeDefaultsToTheStyleThenEnUs() {
        assertEquals("fr-FR", LocaleCatalog.choose(Optional.empty(), Optional.of("fr")));
        assertEquals("en-US", LocaleCatalog.choose(Optional.empty(), Optional.empty()));
        assertEquals("en-US", LocaleCatalog.choose(Optional.empty(), Optional.of("tlh")));
        assertEquals("es-MX", LocaleCatalog.choose(Optional.of("es-MX"), Optional.of("fr")));
    }

    @Test
    void unknownIdsAreUsageErrors() {
        CatconvException e = assertThrows(CatconvException.class, () -> StyleCatalog.load("apa-7th"));
        assertEquals(ExitStatus.USAGE, e.status());
        assertTrue(e.getMessage().contains("close matches: "), e.getMessage());
        assertEquals(ExitStatus.USAGE, assertThrows(CatconvException.class, () -> LocaleCatalog.resolve("en-XX")).status());
    }

    @ParameterizedTest(name = "{0} is close to {1}")
    @CsvSource({"chicgo, chicago-author-date", "vancover, vancouver", "ieeee, ieee", "en-UK, en-GB"})
    void suggestions(String typed, String expected) {
        List<String> known = List.of("apa", "chicago-author-date", "vancouver", "ieee", "en-GB", "en-US", "modern-language-association");
        assertTrue(Suggestions.closest(typed, known).contains(expected), Suggestions.closest(typed, known).toString());
        assertEquals(List.of(), Suggestions.closest("zzzzzzzz", known));
    }

    @ParameterizedTest(name = "parent link {0} → {1}")
    @CsvSource({
        "http://www.zotero.org/styles/nature, nature",
        "https://www.zotero.org/styles/apa/, apa",
        "http://example.org/styles/x.csl, x",
    })
    void parentIds(String link, String id) {
        assertEquals(id, StyleCatalog.parentId(link));
    }

    @Test
    void searchFindsAmaFromMedical() {
        List<StyleSearch.Match> m = StyleSearch.find(List.of("medical"));
        assertTrue(m.stream().anyMatch(s -> s.id().equals("american-medical-association") && s.parent() == null), m.toString());
        assertTrue(StyleSearch.find(List.of("no-such-style-word-xyz")).isEmpty());
    }
}

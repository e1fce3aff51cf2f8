package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // names in several VuFind UI languages (languages/ISO639-3/*.ini)
        "English            | en",
        "ENGLISH            | en",
        "' english '        | en",
        "inglés             | en",
        "Englisch           | en",
        "anglais            | en",
        "英語               | en",
        "英语               | en",
        "английский         | en",
        "Deutsch            | de",
        "Français           | fr",
        "allemand           | de",
        "Spanisch           | es",
        // no ISO 639-1 code: the 639-3 code
        "Swiss German       | gsw",
        "Old Norse          | non",
        "Multiple languages | mul",
        // English names of VuFind's MARC language map that ISO 639-3 spells differently
        "Greek, Modern (1453-) | el",
        "Scottish Gaelic    | gd",
        "Moldavian          | ro",
        "Romanian           | ro",
        "Norwegian (Bokmål) | nb",
        "Panjabi            | pa",
        // one name, several codes: the generator's stable choice (macrolanguage)
        "Chinese            | zh",
        "Malay              | ms",
        "Persian            | fa",
        "Greek              | el",
        // codes: 639-1, 639-2/B, 639-2/T, 639-3, withdrawn
        "en                 | en",
        "EN                 | en",
        "eng                | en",
        "ger                | de",
        "deu                | de",
        "fre                | fr",
        "fra                | fr",
        "chi                | zh",
        "cze                | cs",
        "wel                | cy",
        "tib                | bo",
        "heb                | he",
        "iw                 | he",
        "in                 | id",
        "gsw                | gsw",
        "yue                | yue",
        // tags with subtags keep them in canonical case
        "en-gb              | en-GB",
        "pt_BR              | pt-BR",
        "ger-DE             | de-DE",
    })
    void mapsToBcp47(String input, String expected) {
        assertEquals(expected, Languages.toBcp47(input).orElse(null));
    }

    @ParameterizedTest(name = "[{index}] '{0}'")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "und", "Undetermined", "zxx", "mis", "???", "zz", "qqq", "Klingonisch-Elbisch",
        "ingles"})
    void unknownIsEmpty(String input) {
        assertTrue(Languages.toBcp47(input).isEmpty());
    }

    /** The fast path must agree with the generated table, or the answer would depend on the path taken. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"English", "German", "French", "Spanish", "Italian", "Portuguese", "Russian", "Chinese",
        "Japanese", "Arabic", "Dutch", "Polish", "Swedish", "Danish", "Norwegian", "Finnish", "Czech", "Hungarian",
        "Greek", "Turkish", "Hebrew", "Korean", "Latin", "Catalan", "Croatian", "Serbian", "Ukrainian", "Romanian",
        "Hindi", "Persian", "Indonesian", "Vietnamese", "Slovak", "Slovenian", "Bulgarian", "Welsh", "Irish",
        "Icelandic", "Estonian", "Latvian", "Lithuanian"})
    void fastPathAgreesWithTable(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        assertEquals(Languages.fromName(key), Languages.toBcp47(name));
    }

    /** The written-out ISO 639-1/639-3 list is what the running JDK's Locale says, as it was asked before. */
    @Test
    void iso639ListIsTheJdksLocaleData() {
        Map<String, String> jdk = new TreeMap<>();
        for (String two : Locale.getISOLanguages()) {
            if (!List.of("iw", "in", "ji", "mo").contains(two)) {
                jdk.put(two, Locale.forLanguageTag(two).getISO3Language());
            }
        }
        Map<String, String> written = new TreeMap<>();
        String[] tokens = Languages.ISO_639_1_AND_3.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i += 2) {
            written.put(tokens[i], tokens[i + 1]);
        }
        assertEquals(jdk, written);
        jdk.forEach((two, three) -> {
            assertEquals(Optional.of(two), Languages.toBcp47(two), two);
            assertEquals(Optional.of(two), Languages.toBcp47(three), three);
        });
    }
}

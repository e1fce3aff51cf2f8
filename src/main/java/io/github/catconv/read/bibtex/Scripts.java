package io.github.catconv.read.bibtex;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * The writing system of a text, as ISO 15924 codes: to tell the original-script title that
 * catconv's BibLaTeX writer puts in {@code titleaddon} ("Война и мир" beside "Voĭna i mir") from an
 * ordinary title addition in the title's own script.
 */
final class Scripts {

    private static final Map<UnicodeScript, String> CODES = new EnumMap<>(Map.of(
            UnicodeScript.LATIN, "Latn", UnicodeScript.CYRILLIC, "Cyrl", UnicodeScript.GREEK, "Grek",
            UnicodeScript.HEBREW, "Hebr", UnicodeScript.ARABIC, "Arab", UnicodeScript.HAN, "Hani",
            UnicodeScript.HIRAGANA, "Jpan", UnicodeScript.KATAKANA, "Jpan", UnicodeScript.HANGUL, "Kore"));

    private Scripts() {
    }

    /**
     * The ISO 15924 code of {@code text}'s script when it differs from that of {@code other}; null
     * when they share it, when either has no letters, or when {@code other} is null.
     */
    static String otherThan(String text, String other) {
        if (other == null) {
            return null;
        }
        UnicodeScript a = main(text);
        UnicodeScript b = main(other);
        if (a == null || b == null || a == b) {
            return null;
        }
        return CODES.getOrDefault(a, "Zzzz"); // ISO 15924 for a script without a code here
    }

    /** The script of most of the letters, or null when there are none. */
    private static UnicodeScript main(String s) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        s.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}

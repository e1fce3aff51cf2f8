package io.github.catconv.write.bibtex.keys;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Function words skipped by {@code [shorttitle]} and {@code [veryshorttitle]}, in the spirit of
 * JabRef's citation-key generator (which skips English articles, prepositions and conjunctions):
 * articles, common prepositions and conjunctions of English, German, French, Spanish, Italian,
 * Portuguese and Dutch, the languages most common in our catalogs. Compared in lower case.
 */
public final class StopWords {

    // Set.copyOf drops the words several languages share ("en", "la", "da", …).
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // English
            "a", "an", "the", "and", "or", "nor", "but", "of", "on", "in", "to", "for", "from", "with",
            "at", "by", "as", "into", "onto", "upon", "via", "about", "over", "under", "between",
            "among", "through", "without", "against", "is", "are",
            // German
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
            "und", "oder", "von", "vom", "zu", "zur", "zum", "im", "an", "am", "auf", "für", "mit", "bei",
            "über", "unter", "aus", "nach",
            // French
            "le", "la", "les", "l", "un", "une", "du", "de", "d", "et", "ou", "à", "au", "aux", "en", "dans",
            "sur", "pour", "par", "avec",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "una", "unos", "unas", "del", "y", "e", "o", "con", "por", "para", "al",
            "il", "lo", "gli", "i", "uno", "di", "della", "dello", "delle", "dei", "degli", "dell", "ed", "per",
            "su", "da", "all", "os", "as", "um", "uma", "do", "da", "dos", "das", "em", "no", "na", "com",
            // Dutch
            "het", "een", "en", "van", "op", "voor", "met"));

    private StopWords() {
    }

    /** True when {@code word} (any case) is a function word; null is not. */
    public static boolean contains(String word) {
        return word != null && WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}

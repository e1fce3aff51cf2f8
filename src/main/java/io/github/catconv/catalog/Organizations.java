package io.github.catconv.catalog;

import io.github.catconv.internal.Chars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells organisation headings ("World Health Organization", "Unione matematica italiana",
 * "United States. Congress. Senate") from personal names.
 *
 * <p>A heading is taken for an organisation when it contains a word of {@code org-words.tsv}
 * (University, Universität, Société, Ministerium, Museum, Symposium, … in the languages of VuFind's
 * UIs), a phrase such as "United States", a legal form ("GmbH", "Inc."), a hierarchy of
 * period-separated units in the MARC 110 style ("Germany. Bundestag"), or is one upper-case acronym
 * ("UNESCO"). Two shapes stay personal names even so:
 * <ul>
 *   <li>catalog order "Family, Given" whose family is one capitalised word and whose given part
 *       looks like given names: "Press, John", "Church, Alonzo", "Union, Mary";</li>
 *   <li>natural order "Given Family" of two capitalised words when the only organisation word is
 *       a common family name and comes last: "Alonzo Church" (but also, wrongly, "Clarendon
 *       Press": a known limit of a word list).</li>
 * </ul>
 * Words are whole words only, so "Rathaus" does not match "Rat", except the compound tails of
 * German, Dutch and Scandinavian ("Staatsbibliothek", "Forschungsgesellschaft"). The catalog-order
 * guard does not protect a family that is a word no person bears ("University, Stanford").
 * Word lists are loaded once, on first use; the method is thread-safe and allocates little.
 */
public final class Organizations {

    private Organizations() {
    }

    /**
     * Tells whether a name heading looks like an organisation's.
     *
     * @param name the heading, without relator terms; null or blank gives false
     * @return true when the heading looks like a corporate body, conference or jurisdiction
     */
    public static boolean looksLikeOrganization(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String text = NameParser.clean(name);
        List<String> segments = NameParser.splitTopLevel(text);
        if (segments.size() >= 2 && isPersonShape(segments)) {
            return false;
        }
        List<String> words = words(text);
        if (containsAny(words, Words.STRONG) || containsAny(words, Words.WEAK) || hasCompoundTail(words)
                || containsPhrase(words) || hasLegalForm(text)) {
            return true;
        }
        if (containsAny(words, Words.SURNAME)) {
            return !isNaturalPersonShape(text, words);
        }
        return segments.size() == 1 && (isHierarchy(text) || isAcronym(text));
    }

    /** Lower-case words: runs of letters and combining marks. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && isWordChar(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }

    /** True when the word is an organisation word of any kind (case-insensitive). */
    static boolean isOrganizationWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Words.STRONG.contains(w) || Words.WEAK.contains(w) || Words.SURNAME.contains(w)
                || hasCompoundTail(w);
    }

    /** German, Dutch and Scandinavian compounds: "Staatsbibliothek", "Forschungsgesellschaft". */
    private static boolean hasCompoundTail(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (hasCompoundTail(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCompoundTail(String w) {
        for (int i = 0; i < Words.TAILS.size(); i++) {
            String tail = Words.TAILS.get(i);
            if (w.length() > tail.length() && w.endsWith(tail)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(List<String> words) {
        if (words.size() < Words.PHRASE_MIN_WORDS) {
            return false; // fewer words than any phrase has
        }
        String joined = " " + String.join(" ", words) + " ";
        for (String phrase : Words.SPACED_PHRASES) {
            if (joined.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a token of the text, split at runs of {@code [\s,;()]} as the pattern
     * {@code [\s,;()]+} split it, is a legal form; tokens longer than every form are not looked up.
     */
    private static boolean hasLegalForm(String text) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isTokenSeparator(text.charAt(i))) {
                continue;
            }
            int len = i - start;
            if (len > 0 && len <= Words.LEGAL_MAX && Words.LEGAL.contains(text.substring(start, i))) {
                return true;
            }
            start = i + 1;
        }
        return false;
    }

    private static boolean isTokenSeparator(char c) {
        return Chars.isRegexSpace(c) || c == ',' || c == ';' || c == '(' || c == ')';
    }

    /** "Press, John": one capitalised family word (not a strong org word), person-like given part. */
    private static boolean isPersonShape(List<String> segments) {
        String family = segments.get(0);
        if (!startsUpper(family) || !isFamilyWord(family) || Words.STRONG.contains(lower(family))) {
            return false;
        }
        if (!NameParser.looksLikeGivenNames(segments.get(1))) {
            return false;
        }
        for (int i = 2; i < segments.size(); i++) {
            List<String> rest = words(segments.get(i));
            if (containsAny(rest, Words.STRONG) || hasLegalForm(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters, '-' and '\'' only, char by char. */
    private static boolean isFamilyWord(String family) {
        for (int i = 0; i < family.length(); i++) {
            char c = family.charAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** "Alonzo Church": two capitalised words, a common family name that is an organisation word last. */
    private static boolean isNaturalPersonShape(String text, List<String> words) {
        String[] parts = text.split(" ");
        return parts.length == 2 && words.size() == 2 && startsUpper(parts[0]) && startsUpper(parts[1])
                && !isOrganizationWord(words.get(0)) && Words.SURNAME.contains(words.get(1));
    }

    /**
     * MARC 110 hierarchy "United States. Congress. Senate": a unit of at least five letters (so
     * not an initial or an abbreviated given name like "Thos.") ends with ". " before a capital.
     */
    private static boolean isHierarchy(String text) {
        int dot = text.indexOf(". ");
        while (dot > 0 && dot + 2 < text.length()) {
            int start = text.lastIndexOf(' ', dot - 1) + 1;
            String unit = text.substring(start, dot);
            if (unit.length() >= 5 && unit.chars().allMatch(Character::isLetter)
                    && Character.isUpperCase(text.codePointAt(dot + 2))) {
                return true;
            }
            dot = text.indexOf(". ", dot + 1);
        }
        return false;
    }

    /** One upper-case token of three to ten letters or digits, e.g. "UNESCO", "IEEE". */
    private static boolean isAcronym(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (t.length() < 3 || t.length() > 10) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c) && c != '&') {
                return false;
            }
        }
        return letters >= 2 && !NameParser.isSuffix(t);
    }

    private static boolean startsUpper(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The word lists of org-words.tsv, loaded on first use. */
    private static final class Words {
        static final Set<String> STRONG;
        static final Set<String> WEAK;
        static final Set<String> SURNAME;
        static final List<String> TAILS;
        static final Set<String> PHRASES;
        /** The phrases with a space before and after: word-boundary matches in a spaced word list. */
        static final List<String> SPACED_PHRASES;
        static final Set<String> LEGAL;
        static final int LEGAL_MAX;
        static final int PHRASE_MIN_WORDS;

        static {
            Set<String> strong = new HashSet<>();
            Set<String> weak = new HashSet<>();
            Set<String> surname = new HashSet<>();
            List<String> tails = new ArrayList<>();
            Set<String> phrases = new HashSet<>();
            Set<String> legal = new HashSet<>();
            Roles.readTsv("org-words.tsv", cols -> {
                switch (cols[1]) {
                    case "word" -> strong.add(lower(cols[0]));
                    case "weak" -> weak.add(lower(cols[0]));
                    case "surname" -> surname.add(lower(cols[0]));
                    case "tail" -> tails.add(lower(cols[0]));
                    case "phrase" -> phrases.add(lower(cols[0]));
                    case "legal" -> legal.add(cols[0]);
                    default -> throw new IllegalStateException("org-words.tsv: unknown kind " + cols[1]);
                }
            });
            STRONG = Set.copyOf(strong);
            WEAK = Set.copyOf(weak);
            SURNAME = Set.copyOf(surname);
            TAILS = List.copyOf(tails);
            PHRASES = Set.copyOf(phrases);
            LEGAL = Set.copyOf(legal);
            SPACED_PHRASES = PHRASES.stream().map(p -> " " + p + " ").toList();
            LEGAL_MAX = LEGAL.stream().mapToInt(String::length).max().orElse(0);
            PHRASE_MIN_WORDS = PHRASES.stream().mapToInt(p -> p.split(" ").length).min().orElse(0);
        }
    }
}

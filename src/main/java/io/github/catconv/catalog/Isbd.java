package io.github.catconv.catalog;

import io.github.catconv.internal.Chars;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the ISBD punctuation that MARC records keep at the end of subfields (VuFind shows
 * it as catalogued: "Title :", "London :", "Penguin,", "2005.") and cataloguers' square
 * brackets, so values can be cited. Never throws.
 *
 * <p>ISBD (consolidated edition 2011, A.3.2) prescribes " : " before other title information
 * and publisher, " / " before the statement of responsibility, " ; " between places and
 * parts, " = " before parallel data, ", " before the date and ". " closing an area; MARC
 * subfields split right after that punctuation.
 */
public final class Isbd {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Trailing prescribed punctuation: " /", " :", " ;", " =", ",", the old area mark " --". */
    private static final Pattern TRAILING = Pattern.compile("(?:\\s+[/:;=]|\\s*,|\\s+--|\\s+-)$");
    /** Initials and letter abbreviations ending the value: "J.", "A.B.", "U.S.A.", "s.l.". */
    private static final Pattern INITIALS = Pattern.compile("(?:^|[\\s\\-(])(?:\\p{L}\\.)+$");
    /**
     * Abbreviations that end in a period in catalog data (AACR2 appendix B, RDA appendix B,
     * company suffixes); the period is part of the word, not sentence punctuation.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "ltd", "co", "corp", "cie", "bros", "assn", "dept", "univ", "ed", "eds", "éd", "etc",
            "al", "jr", "sr", "dr", "st", "prof", "mr", "mrs", "no", "nos", "vol", "vols", "pp", "ca", "cf",
            "publ", "comp", "rev", "enl", "repr", "trans", "hrsg", "bd", "aufl", "verl", "mass", "calif",
            // US state abbreviations that end places of publication ("Westport, Conn.", AACR2 appendix B.14)
            "conn", "ala", "ariz", "ark", "colo", "del", "fla", "ill", "ind", "kan", "mich", "minn", "miss",
            "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "md", "mo");
    /**
     * "Unknown place / publisher" statements, lower case without spaces, dots, brackets or
     * ISBD colons: Latin s.l./s.n. (sine loco, sine nomine), English n.p., German o.O./o.V.,
     * Spanish s.e., and RDA 2.8.2.6 / 2.8.4.7 "not identified" phrases in four languages.
     */
    private static final Set<String> UNKNOWN = Set.of(
            "sl", "sn", "slsn", "sineloco", "sinenomine", "np", "oo", "ov", "oov", "se", "sinlugar",
            "sineditorial", "placeofpublicationnotidentified", "publishernotidentified",
            "lieudepublicationnonidentifié", "éditeurnonidentifié", "erscheinungsortnichtermittelbar",
            "verlagnichtermittelbar", "lugardepublicaciónnoidentificado", "editornoidentificado");
    private static final int UNKNOWN_MAX = UNKNOWN.stream().mapToInt(String::length).max().orElse(0);
    /** Bracketed "and others" additions, dropped: "London [etc.]", "Berlin [u.a.]". */
    private static final Pattern AND_OTHERS = Pattern.compile(
            "\\s*\\[(?:etc\\.?|u\\.\\s?a\\.?|et al\\.?|and others|e\\.a\\.)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_BRACKETED = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern INNER_BRACKETED = Pattern.compile("\\s*\\[([^\\[\\]]*)]");

    private Isbd() {
    }

    /**
     * Trims, collapses inner whitespace and removes trailing ISBD punctuation: " /", " :",
     * " ;", " =", ",", " --" (repeatedly), then one final "." unless it ends an initial
     * ("J."), a known abbreviation ("Inc.", "ed.", "etc.", "U.S.A.") or an ellipsis ("...").
     *
     * @param s the catalogued value; null gives ""
     * @return the cleaned value, possibly empty
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = stripSeparators(collapseWhitespace(s).strip());
        if (t.endsWith(".") && !keepsPeriod(t)) {
            t = stripSeparators(t.substring(0, t.length() - 1).stripTrailing());
        }
        return t;
    }

    /**
     * Cleans a place of publication or publisher name: {@link #clean}, then cataloguers'
     * brackets. A wholly supplied value loses its brackets ("[London]" gives "London", the
     * doubt in "[London?]" is kept as "London?"), a supplied addition becomes a comma part
     * ("Cambridge [Mass.]" gives "Cambridge, Mass."), "[etc.]"/"[u.a.]" are dropped and a
     * bracket left unpaired by MARC subfield splitting ("[London", "Penguin]") is removed.
     *
     * @param s the catalogued value; may be null
     * @return the cleaned value; empty for null, blank and "unknown" statements ("[S.l.]",
     *         "s.n.", "[S.l. : s.n.]", "o.O.", "place of publication not identified")
     */
    public static Optional<String> cleanPlaceOrPublisher(String s) {
        String c = clean(s);
        // Every bracket pattern below needs a '[': values without one skip them (same result, less work).
        boolean brackets = c.indexOf('[') >= 0;
        String t = brackets ? AND_OTHERS.matcher(c).replaceAll("") : c;
        // A place or publisher never ends in a colon or semicolon: "New York:" lost only the ISBD space.
        while (t.endsWith(":") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        if (t.isEmpty() || isUnknown(t)) {
            return Optional.empty();
        }
        Matcher whole = WHOLE_BRACKETED.matcher(t);
        if (!brackets) {
            // nothing bracketed
        } else if (whole.matches()) {
            t = whole.group(1);
        } else {
            Matcher inner = INNER_BRACKETED.matcher(t);
            StringBuilder out = new StringBuilder(t.length());
            while (inner.find()) {
                String sep = inner.start() == 0 || inner.group(1).isBlank() ? "" : ", ";
                inner.appendReplacement(out, Matcher.quoteReplacement(sep + inner.group(1).strip()));
            }
            t = inner.appendTail(out).toString();
        }
        t = unpaired(t);
        String result = clean(t);
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }

    /**
     * True for an "unknown place / publisher" statement: the value without {@code \s}, dots,
     * brackets, colons, semicolons and commas, lower-cased, is one of {@link #UNKNOWN}. A key longer
     * than twice every entry is rejected without lower-casing it (lower-casing at most halves a text).
     */
    private static boolean isUnknown(String t) {
        StringBuilder key = new StringBuilder(Math.min(t.length(), 2 * UNKNOWN_MAX));
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isRegexSpace(c) || ".[]:;,".indexOf(c) >= 0) {
                continue;
            }
            if (key.length() == 2 * UNKNOWN_MAX) {
                return false;
            }
            key.append(c);
        }
        return UNKNOWN.contains(key.toString().toLowerCase(Locale.ROOT));
    }

    /** {@code \s+} → one space, without a regex when there is nothing to collapse (the usual case). */
    private static String collapseWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                return WHITESPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /**
     * Removes {@link #TRAILING} matches until none is left. The usual values are scanned by hand
     * ({@link #trailingMark}); the pattern runs only for a value that ends in a line terminator,
     * before which its '$' also matches.
     */
    static String stripSeparators(String s) {
        String t = s;
        while (!t.isEmpty()) {
            if (Chars.isLineTerminator(t.charAt(t.length() - 1))) {
                return stripSeparatorsByPattern(t);
            }
            int cut = trailingMark(t);
            if (cut < 0) {
                return t;
            }
            // The pattern's match starts at the white space before the mark, which stripTrailing removes too.
            t = t.substring(0, cut).stripTrailing();
        }
        return t;
    }

    /**
     * Where the trailing ISBD mark of {@link #TRAILING} starts: "," (after any space), one of
     * "/:;=" or "-" or "--" after at least one {@code \s}; -1 when the value does not end so.
     */
    static int trailingMark(String t) {
        int n = t.length();
        char last = t.charAt(n - 1);
        if (last == ',') {
            return n - 1;
        }
        if (last == '/' || last == ':' || last == ';' || last == '=' || last == '-') {
            if (n >= 2 && Chars.isRegexSpace(t.charAt(n - 2))) {
                return n - 1;
            }
            if (last == '-' && n >= 3 && t.charAt(n - 2) == '-' && Chars.isRegexSpace(t.charAt(n - 3))) {
                return n - 2;
            }
        }
        return -1;
    }

    private static String stripSeparatorsByPattern(String s) {
        String t = s;
        Matcher m = TRAILING.matcher(t);
        while (m.find()) {
            t = t.substring(0, m.start()).stripTrailing();
            m = TRAILING.matcher(t);
        }
        return t;
    }

    private static boolean keepsPeriod(String t) {
        if (t.endsWith("..") || endsWithInitials(t)) {
            return true;
        }
        int space = t.lastIndexOf(' ');
        String last = t.substring(space + 1, t.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(last);
    }

    /**
     * {@code INITIALS.matcher(t).find()} for a value ending in ".": one or more "letter." pairs
     * end it, and some run of them starts the value or follows a {@code \s}, "-" or "(".
     */
    static boolean endsWithInitials(String t) {
        int i = t.length();
        while (i >= 2 && t.charAt(i - 1) == '.') {
            int letter = i - 2;
            int cp = t.charAt(letter);
            if (Character.isLowSurrogate(t.charAt(letter)) && letter > 0 && Character.isHighSurrogate(t.charAt(letter - 1))) {
                letter--;
                cp = t.codePointAt(letter);
            }
            if (!Character.isLetter(cp)) {
                return false;
            }
            i = letter;
            if (i == 0) {
                return true;
            }
            char before = t.charAt(i - 1);
            if (Chars.isRegexSpace(before) || before == '-' || before == '(') {
                return true;
            }
        }
        return false;
    }

    /** Removes a leading '[' or trailing ']' that has no partner. */
    private static String unpaired(String t) {
        int open = count(t, '[');
        int close = count(t, ']');
        if (open > close && t.startsWith("[")) {
            return t.substring(1);
        }
        if (close > open && t.endsWith("]")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}

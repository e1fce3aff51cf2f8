package io.github.catconv.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The LaTeX ↔ Unicode tables that the BibTeX writer (encoding) and the BibTeX reader (decoding)
 * share, so that what one writes the other reads back. Names follow the LaTeX2e font encoding
 * guide (encguide) and textcomp; the reserved characters are those of the LaTeX manual §3.3.
 *
 * <p>Each table is given in the writing direction (Unicode → LaTeX); the {@code …Decoded} views are
 * their inverses, built once. All maps are unmodifiable.
 */
public final class LatexTables {

    private LatexTables() {
    }

    /** ASCII specials of LaTeX text mode (LaTeX manual §3.3 "reserved characters"), plus &lt; &gt; for OT1. */
    public static final Map<Character, String> SPECIALS = Map.ofEntries(
            Map.entry('#', "\\#"), Map.entry('$', "\\$"), Map.entry('%', "\\%"), Map.entry('&', "\\&"),
            Map.entry('_', "\\_"), Map.entry('~', "\\textasciitilde{}"), Map.entry('^', "\\textasciicircum{}"),
            Map.entry('\\', "\\textbackslash{}"), Map.entry('<', "\\textless{}"), Map.entry('>', "\\textgreater{}"));

    /** Letters and signs that are not base letter + combining mark (encguide, textcomp): char → command. */
    public static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "\\ss"), Map.entry('ø', "\\o"), Map.entry('Ø', "\\O"), Map.entry('å', "\\aa"),
            Map.entry('Å', "\\AA"), Map.entry('æ', "\\ae"), Map.entry('Æ', "\\AE"), Map.entry('œ', "\\oe"),
            Map.entry('Œ', "\\OE"), Map.entry('ł', "\\l"), Map.entry('Ł', "\\L"), Map.entry('ı', "\\i"),
            Map.entry('ȷ', "\\j"), Map.entry('đ', "\\dj"), Map.entry('Đ', "\\DJ"), Map.entry('þ', "\\th"),
            Map.entry('Þ', "\\TH"), Map.entry('ð', "\\dh"), Map.entry('Ð', "\\DH"), Map.entry('ŋ', "\\ng"),
            Map.entry('Ŋ', "\\NG"), Map.entry('¿', "?`"), Map.entry('¡', "!`"),
            Map.entry('«', "\\guillemotleft"), Map.entry('»', "\\guillemotright"), Map.entry('…', "\\ldots"),
            Map.entry('©', "\\textcopyright"), Map.entry('®', "\\textregistered"), Map.entry('°', "\\textdegree"),
            Map.entry('§', "\\S"), Map.entry('¶', "\\P"), Map.entry('€', "\\texteuro"), Map.entry('£', "\\pounds"),
            Map.entry('†', "\\dag"), Map.entry('‡', "\\ddag"), Map.entry('•', "\\textbullet"),
            Map.entry('·', "\\textperiodcentered"), Map.entry('×', "\\texttimes"), Map.entry('÷', "\\textdiv"),
            Map.entry('±', "\\textpm"), Map.entry('µ', "\\textmu"), Map.entry('¹', "\\textonesuperior"),
            Map.entry('²', "\\texttwosuperior"), Map.entry('³', "\\textthreesuperior"));

    /** Typographic punctuation written as TeX ligatures, unbraced. */
    public static final Map<Character, String> PUNCTUATION = Map.of(
            '–', "--", '—', "---", '‘', "`", '’', "'", '“', "``", '”', "''", '\u00A0', "~");

    /**
     * Combining marks → accent command (encguide table 3). A one-character command takes its
     * argument directly ({@code \'e}); a letter command needs braces ({@code \c{c}}).
     */
    public static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0323', "d"),
            Map.entry('\u0327', "c"), Map.entry('\u0328', "k"), Map.entry('\u0331', "b"), Map.entry('\u0361', "t"));

    /** Marks written above the letter: i and j lose their dot under them ({@code \'\i}). */
    public static final String MARKS_ABOVE = "\u0300\u0301\u0302\u0303\u0304\u0306\u0308\u030A\u030B\u030C";

    /** Command name without the backslash ({@code ss}, {@code textcopyright}) → its character. */
    public static final Map<String, Character> LETTERS_DECODED = commandsOf(LETTERS);

    /** Accent command ({@code "}, {@code c}, {@code v}) → its combining mark. */
    public static final Map<String, Character> ACCENTS_DECODED = inverse(ACCENTS);

    private static Map<String, Character> commandsOf(Map<Character, String> table) {
        Map<String, Character> out = new HashMap<>();
        table.forEach((c, cmd) -> {
            if (cmd.startsWith("\\")) {
                out.put(cmd.substring(1), c);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Character> inverse(Map<Character, String> table) {
        Map<String, Character> out = new HashMap<>();
        table.forEach((c, s) -> out.put(s, c));
        return Collections.unmodifiableMap(out);
    }
}

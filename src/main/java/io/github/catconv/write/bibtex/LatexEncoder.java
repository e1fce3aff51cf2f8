package io.github.catconv.write.bibtex;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns plain text into the body of a BibTeX field value: LaTeX specials escaped, braces always
 * balanced, whitespace collapsed and, in ASCII mode, Latin letters with diacritics written as
 * LaTeX accent commands.
 *
 * <p>Model values are plain text, never LaTeX, so every special character is literal and escaped.
 * Braces need care because BibTeX and biber (btparse) count every brace, escaped or not: a
 * properly nested pair is written {@code \{…\}}, an unmatched brace as
 * {@code \textbraceleft{}}/{@code \textbraceright{}}, so the value always re-parses.
 * Accents follow the LaTeX2e font encoding guide (encguide) command names; a character with no
 * LaTeX text-mode form (Cyrillic, Greek, CJK, Hebrew, Arabic, emoji …) stays UTF-8 and is never
 * dropped. Instances are immutable and thread-safe.
 */
public final class LatexEncoder {

    /** ASCII specials of LaTeX text mode (LaTeX manual §3.3 "reserved characters"), plus &lt; &gt; for OT1. */
    private static final Map<Character, String> SPECIALS = Map.ofEntries(
            Map.entry('#', "\\#"), Map.entry('$', "\\$"), Map.entry('%', "\\%"), Map.entry('&', "\\&"),
            Map.entry('_', "\\_"), Map.entry('~', "\\textasciitilde{}"), Map.entry('^', "\\textasciicircum{}"),
            Map.entry('\\', "\\textbackslash{}"), Map.entry('<', "\\textless{}"), Map.entry('>', "\\textgreater{}"));

    /** Letters and signs that are not base letter + combining mark (encguide, textcomp). */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
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
    private static final Map<Character, String> PUNCTUATION = Map.of(
            '–', "--", '—', "---", '‘', "`", '’', "'", '“', "``", '”', "''", '\u00A0', "~");

    /**
     * Combining marks → accent command (encguide table 3). A one-character command takes its
     * argument directly ({@code \'e}); a letter command needs braces ({@code \c{c}}).
     */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="), Map.entry('\u0306', "u"), Map.entry('\u0307', "."), Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"), Map.entry('\u030B', "H"), Map.entry('\u030C', "v"), Map.entry('\u0323', "d"),
            Map.entry('\u0327', "c"), Map.entry('\u0328', "k"), Map.entry('\u0331', "b"), Map.entry('\u0361', "t"));

    /** Marks written above the letter: i and j lose their dot under them ({@code \'\i}). */
    private static final String MARKS_ABOVE = "\u0300\u0301\u0302\u0303\u0304\u0306\u0308\u030A\u030B\u030C";

    private final boolean ascii;

    private LatexEncoder(boolean ascii) {
        this.ascii = ascii;
    }

    /** An encoder that writes non-ASCII Latin letters as LaTeX commands (BibTeX default). */
    public static LatexEncoder ascii() {
        return new LatexEncoder(true);
    }

    /** An encoder that keeps all non-ASCII text as UTF-8 (BibLaTeX, BibTeX with {@code unicode}). */
    public static LatexEncoder unicode() {
        return new LatexEncoder(false);
    }

    /** True when this encoder writes non-ASCII Latin letters as LaTeX commands. */
    public boolean isAscii() {
        return ascii;
    }

    /**
     * Encodes plain text for a braced field value.
     *
     * @param text the value, not null; control characters and line breaks become single spaces
     * @return the encoded value with balanced braces, never null
     */
    public String encode(String text) {
        String s = normalizeSpace(text);
        boolean[] matched = BraceMatcher.matched(s);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == '{' || cp == '}') {
                sb.append(matched[i] ? (cp == '{' ? "\\{" : "\\}")
                        : (cp == '{' ? "\\textbraceleft{}" : "\\textbraceright{}"));
            } else if (cp < 0x80) {
                String sp = SPECIALS.get((char) cp);
                sb.append(sp != null ? sp : String.valueOf((char) cp));
            } else if (ascii) {
                appendNonAscii(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb.toString();
    }

    /** Encodes one non-ASCII code point in ASCII mode, or keeps it when LaTeX has no text form. */
    private static void appendNonAscii(StringBuilder sb, int cp) {
        if (cp <= 0xFFFF) {
            char c = (char) cp;
            String p = PUNCTUATION.get(c);
            if (p != null) {
                sb.append(p);
                return;
            }
            String l = LETTERS.get(c);
            if (l != null) {
                sb.append('{').append(l).append('}');
                return;
            }
        }
        String accented = accented(new String(Character.toChars(cp)));
        if (accented != null) {
            sb.append('{').append(accented).append('}');
        } else {
            sb.appendCodePoint(cp);
        }
    }

    /**
     * The accent command form of one character (without the outer braces), or null when it is
     * not an ASCII letter (or a {@link #LETTERS} letter) with marks from {@link #ACCENTS}.
     */
    static String accented(String ch) {
        String d = Normalizer.normalize(ch, Normalizer.Form.NFD);
        if (d.length() < 2) {
            return null;
        }
        char base = d.charAt(0);
        String inner;
        if (base < 0x80 && Character.isLetter(base)) {
            boolean dotless = (base == 'i' || base == 'j') && MARKS_ABOVE.indexOf(d.charAt(1)) >= 0;
            inner = dotless ? "\\" + base : String.valueOf(base);
        } else if (LETTERS.containsKey(base)) {
            inner = LETTERS.get(base);
        } else {
            return null;
        }
        for (int k = 1; k < d.length(); k++) {
            String cmd = ACCENTS.get(d.charAt(k));
            if (cmd == null) {
                return null;
            }
            boolean symbol = !Character.isLetter(cmd.charAt(0));
            boolean innerIsCommand = inner.startsWith("\\") && inner.length() == 2 && k == 1;
            if (symbol && (k == 1 && !inner.startsWith("\\") || innerIsCommand)) {
                inner = "\\" + cmd + inner;
            } else {
                inner = "\\" + cmd + "{" + inner + "}";
            }
        }
        return inner;
    }

    /** Replaces control characters and line breaks by spaces and collapses runs of whitespace. */
    static String normalizeSpace(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (ws) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

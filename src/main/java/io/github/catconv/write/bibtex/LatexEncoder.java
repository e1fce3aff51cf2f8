package io.github.catconv.write.bibtex;

import io.github.catconv.internal.Chars;
import io.github.catconv.internal.LatexTables;
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

    /** The tables are shared with the BibTeX reader, which decodes what this class writes. */
    private static final Map<Character, String> SPECIALS = LatexTables.SPECIALS;
    private static final Map<Character, String> LETTERS = LatexTables.LETTERS;
    private static final Map<Character, String> PUNCTUATION = LatexTables.PUNCTUATION;
    private static final Map<Character, String> ACCENTS = LatexTables.ACCENTS;
    private static final String MARKS_ABOVE = LatexTables.MARKS_ABOVE;

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

    /** Output for each ASCII char: its escape, or null when the char is written as is. */
    private static final String[] ASCII_OUT = new String[0x80];

    /** True for the ASCII chars written as they are (no special, no brace). */
    private static final boolean[] PLAIN = new boolean[0x80];

    /** True for the ASCII chars that {@link #normalizeSpace} turns into spaces. */
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_OUT[c] = SPECIALS.get(c);
            PLAIN[c] = ASCII_OUT[c] == null && c != '{' && c != '}';
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isISOControl(c);
        }
    }

    /** Marks a cached BMP char that is kept as it is. */
    private static final String KEEP = "";

    /**
     * The ASCII-mode form of each BMP char, filled on first use (a Normalizer call per distinct
     * char instead of per occurrence). Racing threads store equal immutable Strings, so the
     * unsynchronised array is safe.
     */
    private static final String[] NON_ASCII = new String[0x10000];

    /**
     * Encodes plain text for a braced field value.
     *
     * @param text the value, not null; control characters and line breaks become single spaces
     * @return the encoded value with balanced braces, never null
     */
    public String encode(String text) {
        String s = normalizeSpace(text);
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        // Brace pairs are looked for only when there is a brace (chars before i are plain).
        boolean[] matched = s.indexOf('{', i) >= 0 || s.indexOf('}', i) >= 0 ? BraceMatcher.matched(s) : null;
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (plain(c)) {
                int from = i;
                do {
                    i++;
                } while (i < n && plain(s.charAt(i)));
                sb.append(s, from, i);
            } else if (c == '{' || c == '}') {
                sb.append(matched[i] ? (c == '{' ? "\\{" : "\\}")
                        : (c == '{' ? "\\textbraceleft{}" : "\\textbraceright{}"));
                i++;
            } else if (c < 0x80) {
                sb.append(ASCII_OUT[c]);
                i++;
            } else {
                i = appendNonAscii(sb, s, i);
            }
        }
        return sb.toString();
    }

    /** True when {@code c} is written unchanged: plain ASCII, or any non-ASCII char in Unicode mode. */
    private boolean plain(char c) {
        return c < 0x80 ? PLAIN[c] : !ascii;
    }

    /** Encodes the non-ASCII code point at {@code i} in ASCII mode; returns the index after it. */
    private static int appendNonAscii(StringBuilder sb, String s, int i) {
        int cp = s.codePointAt(i);
        if (cp > 0xFFFF) {
            String form = nonAsciiForm(cp);
            if (form != null) {
                sb.append(form);
            } else {
                sb.appendCodePoint(cp);
            }
            return i + 2;
        }
        String form = NON_ASCII[cp];
        if (form == null) {
            form = nonAsciiForm(cp);
            form = form == null ? KEEP : form;
            NON_ASCII[cp] = form;
        }
        if (form.isEmpty()) {
            sb.append((char) cp);
        } else {
            sb.append(form);
        }
        return i + 1;
    }

    /** The ASCII-mode form of one non-ASCII code point, or null when LaTeX has no text form. */
    private static String nonAsciiForm(int cp) {
        if (cp <= 0xFFFF) {
            char c = (char) cp;
            String p = PUNCTUATION.get(c);
            if (p != null) {
                return p;
            }
            String l = LETTERS.get(c);
            if (l != null) {
                return "{" + l + "}";
            }
        }
        String accented = accented(new String(Character.toChars(cp)));
        return accented == null ? null : "{" + accented + "}";
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
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Only a single space between two words may stay; anything else needs the collapse.
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || text.charAt(i - 1) == ' ')) {
                return collapse(text);
            }
        }
        return text;
    }

    /** True for the chars {@link #normalizeSpace} treats as space. */
    private static boolean isSpace(char c) {
        return c < 0x80 ? ASCII_SPACE[c]
                : Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static String collapse(String text) {
        return Chars.collapseRuns(text, c -> isSpace((char) c));
    }
}

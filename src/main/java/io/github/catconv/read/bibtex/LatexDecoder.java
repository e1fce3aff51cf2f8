package io.github.catconv.read.bibtex;

import io.github.catconv.internal.Chars;
import io.github.catconv.internal.LatexTables;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;

/**
 * Turns the LaTeX of a BibTeX field value into plain Unicode text: the inverse of the writer's
 * {@code LatexEncoder}, plus what JabRef, Zotero, Better BibTeX and hand editors write.
 *
 * <ul>
 * <li>accents in every spelling: {@code {\"u}}, {@code \"u}, {@code \"{u}}, {@code \'{\i}},
 *     {@code \c{c}}, {@code \c c}, {@code \v{s}}, {@code \t{oo}}; letters {@code \ss}, {@code \o},
 *     {@code \aa}, {@code \l}, {@code \i} … and signs {@code \textcopyright}, {@code \ldots} … from
 *     the table the writer uses ({@link LatexTables});
 * <li>escapes {@code \& \% \$ \# \_ \{ \}} and {@code \textbackslash{}}, {@code \textasciitilde{}} …;
 * <li>ligatures {@code --} (–), {@code ---} (—), {@code ``} (“), {@code ''} (”), {@code `} (‘);
 *     {@code {?`}} (¿) and {@code {!`}} (¡) braced, as the writer braces them (unbraced they are
 *     text the writer copied); {@code ~} is a no-break space; an ASCII {@code '} stays an
 *     apostrophe (names such as O'Brien);
 * <li>font and box commands ({@code \emph}, {@code \textit}, {@code \textbf}, {@code \textsc},
 *     {@code \mbox}, <code>&#92;url</code> …) keep their argument, declarations ({@code \em}, {@code \bf} …)
 *     vanish, {@code \href{url}{text}} keeps the text, {@code \noopsort{…}} is dropped;
 * <li>protective braces are dropped ({@code {NASA}} → NASA);
 * <li>maths is kept as written, delimiters included ({@code $\alpha$});
 * <li>an unknown command is kept as written, with its braced arguments, so nothing is lost.
 * </ul>
 * White space runs (line breaks included) become one space; the result is NFC and trimmed.
 * Stateless and thread-safe.
 */
final class LatexDecoder {

    /** Commands whose one argument is text to keep (font, box, link and case commands). */
    private static final Set<String> KEEP_ARGUMENT = Set.of(
            "emph", "textit", "textbf", "textsc", "textrm", "texttt", "textsf", "textup", "textsl", "textmd",
            "textnormal", "mbox", "hbox", "text", "url", "nolinkurl", "path", "uline", "underline", "textsuperscript",
            "textsubscript", "MakeUppercase", "MakeLowercase", "uppercase", "lowercase", "NoCaseChange", "nocase",
            "ensuremath", "enquote", "mkbibquote", "mkbibemph", "mkbibitalic", "mkbibbold", "textenglish",
            "foreignlanguage", "textln");

    /** Commands without argument that change the font or do nothing visible. */
    private static final Set<String> DECLARATIONS = Set.of(
            "em", "it", "bf", "sc", "rm", "tt", "sf", "sl", "up", "itshape", "bfseries", "scshape", "upshape",
            "slshape", "normalfont", "mdseries", "rmfamily", "sffamily", "ttfamily", "relax", "protect",
            "selectlanguage", "unskip", "null", "nobreak", "hfill", "par", "newblock");

    /** Commands that stand for one character or a short text. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"), Map.entry("textasciicircum", "^"),
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textbraceleft", "{"),
            Map.entry("textbraceright", "}"), Map.entry("textunderscore", "_"), Map.entry("textdollar", "$"),
            Map.entry("textpercent", "%"), Map.entry("textampersand", "&"), Map.entry("textbar", "|"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("textquoteleft", "‘"),
            Map.entry("textquoteright", "’"), Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
            Map.entry("textquotedbl", "\""), Map.entry("textellipsis", "…"), Map.entry("dots", "…"),
            Map.entry("textsterling", "£"), Map.entry("copyright", "©"), Map.entry("texttrademark", "™"),
            Map.entry("textexclamdown", "¡"), Map.entry("textquestiondown", "¿"), Map.entry("textsection", "§"),
            Map.entry("textparagraph", "¶"), Map.entry("textdagger", "†"), Map.entry("textdaggerdbl", "‡"),
            Map.entry("textnumero", "№"), Map.entry("textperthousand", "‰"), Map.entry("textyen", "¥"),
            Map.entry("textcent", "¢"), Map.entry("textonehalf", "½"), Map.entry("textonequarter", "¼"),
            Map.entry("textthreequarters", "¾"), Map.entry("textordfeminine", "ª"), Map.entry("textordmasculine", "º"),
            Map.entry("textvisiblespace", "␣"), Map.entry("guillemetleft", "«"), Map.entry("guillemetright", "»"),
            Map.entry("guilsinglleft", "‹"), Map.entry("guilsinglright", "›"), Map.entry("quotedblbase", "„"),
            Map.entry("quotesinglbase", "‚"), Map.entry("TeX", "TeX"), Map.entry("LaTeX", "LaTeX"),
            Map.entry("BibTeX", "BibTeX"), Map.entry("LaTeXe", "LaTeX2e"), Map.entry("slash", "/"),
            Map.entry("textdegree", "°"), Map.entry("ae", "æ"), Map.entry("quad", " "), Map.entry("qquad", " "),
            Map.entry("space", " "), Map.entry("enspace", " "), Map.entry("thinspace", " "), Map.entry("nobreakspace", "\u00A0"),
            Map.entry("textnbsp", "\u00A0"), Map.entry("newline", " "), Map.entry("linebreak", " "));

    /** Decodes with the TeX ligatures ({@code --}, {@code ``} …) read as the characters they print. */
    static final LatexDecoder TYPOGRAPHIC = new LatexDecoder(true);
    /**
     * Decodes with the ligature characters kept as typed. A UTF-8 {@code .bib} (BibLaTeX, BibTeX
     * with {@code unicode}) holds its dashes and quotes as characters, so {@code --} there is text
     * the writer copied as it was ("19--", a date with unknown digits).
     */
    static final LatexDecoder LITERAL = new LatexDecoder(false);

    private final boolean ligatures;

    private LatexDecoder(boolean ligatures) {
        this.ligatures = ligatures;
    }

    /**
     * Decodes one field value.
     *
     * @param value the value as assembled from the entry (outer delimiters removed, braces kept)
     * @return plain text, never null
     */
    String decode(String value) {
        if (isPlain(value)) {
            return collapse(value);
        }
        StringBuilder out = new StringBuilder(value.length());
        decodeInto(value, 0, value.length(), out);
        return collapse(Normalizer.normalize(out, Normalizer.Form.NFC));
    }

    /** True when nothing in {@code s} needs decoding (the common case of catconv's own output). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '~' || c == '$' || c == '`' || c == '\t'
                    || c == '\n' || c == '\r' || (c == '-' && i + 1 < s.length() && s.charAt(i + 1) == '-')
                    || (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'')
                    ) {
                return false;
            }
        }
        return true;
    }

    private void decodeInto(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    int close = matching(s, i, to);
                    if (ligatures && close == i + 3 && s.charAt(i + 2) == '`' && (s.charAt(i + 1) == '?' || s.charAt(i + 1) == '!')) {
                        out.append(s.charAt(i + 1) == '?' ? '¿' : '¡'); // {?`} as the writer braces it
                    } else {
                        decodeInto(s, i + 1, close, out);
                    }
                    i = Math.min(close + 1, to);
                }
                case '}' -> i++; // unmatched: BibTeX would have refused it; drop
                case '\\' -> i = command(s, i, to, out);
                case '$' -> i = math(s, i, to, out);
                case '~' -> {
                    out.append('\u00A0');
                    i++;
                }
                case '-', '`', '\'' -> i = ligature(s, i, to, c, out);
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
    }

    /** The ligatures {@code --}, {@code ---}, {@code ``}, {@code ''} and {@code `}, or as typed. */
    private int ligature(String s, int i, int to, char c, StringBuilder out) {
        if (!ligatures) {
            out.append(c);
            return i + 1;
        }
        switch (c) {
            case '-' -> {
                int n = run(s, i, to, '-');
                out.append(n == 2 ? "–" : n == 3 ? "—" : "-".repeat(n));
                i += n;
            }
            case '`' -> {
                boolean two = i + 1 < to && s.charAt(i + 1) == '`';
                out.append(two ? '“' : '‘');
                i += two ? 2 : 1;
            }
            case '\'' -> {
                boolean two = i + 1 < to && s.charAt(i + 1) == '\'';
                out.append(two ? "”" : "'");
                i += two ? 2 : 1;
            }
            default -> {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    /** Decodes the command at {@code i} (a backslash); returns the index after it and its argument. */
    private int command(String s, int i, int to, StringBuilder out) {
        if (i + 1 >= to) {
            out.append('\\');
            return to;
        }
        char next = s.charAt(i + 1);
        if (!isLetter(next)) {
            return symbolCommand(s, i, to, next, out);
        }
        int end = i + 1;
        while (end < to && isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i + 1, end);
        Character mark = LatexTables.ACCENTS_DECODED.get(name);
        if (mark != null && name.length() == 1) {
            return accent(s, skipSpaces(s, end, to), to, mark, out);
        }
        int after = skipSpaces(s, end, to);
        String symbol = SYMBOLS.get(name);
        Character letter = LatexTables.LETTERS_DECODED.get(name);
        if (letter != null || symbol != null) {
            if (letter != null) {
                out.append(letter.charValue());
            } else {
                out.append(symbol);
            }
            return skipEmptyGroup(s, after, to);
        }
        if (DECLARATIONS.contains(name)) {
            return after;
        }
        if (KEEP_ARGUMENT.contains(name) || name.equals("href") || name.equals("noopsort")) {
            if (after >= to || s.charAt(after) != '{') {
                return after;
            }
            int close = matching(s, after, to);
            if (name.equals("href")) {
                // \href{url}{text}: the text is what a reader sees
                int second = skipSpaces(s, Math.min(close + 1, to), to);
                if (second < to && s.charAt(second) == '{') {
                    int close2 = matching(s, second, to);
                    decodeInto(s, second + 1, close2, out);
                    return Math.min(close2 + 1, to);
                }
                out.append(s, after + 1, close);
            } else if (name.equals("url") || name.equals("nolinkurl") || name.equals("path")) {
                out.append(s, after + 1, close); // verbatim
            } else if (name.equals("foreignlanguage")) {
                // \foreignlanguage{lang}{text}
                int second = skipSpaces(s, Math.min(close + 1, to), to);
                if (second < to && s.charAt(second) == '{') {
                    int close2 = matching(s, second, to);
                    decodeInto(s, second + 1, close2, out);
                    return Math.min(close2 + 1, to);
                }
            } else if (!name.equals("noopsort")) {
                decodeInto(s, after + 1, close, out);
            }
            return Math.min(close + 1, to);
        }
        // Unknown: keep the command and its braced arguments as written.
        int k = end;
        while (k < to && s.charAt(k) == '{') {
            k = Math.min(matching(s, k, to) + 1, to);
        }
        out.append(s, i, k);
        return k;
    }

    /** A control symbol: {@code \&}, {@code \'}, {@code \\}, {@code \ } … */
    private int symbolCommand(String s, int i, int to, char next, StringBuilder out) {
        Character mark = LatexTables.ACCENTS_DECODED.get(String.valueOf(next));
        if (mark != null) {
            return accent(s, i + 2, to, mark, out);
        }
        switch (next) {
            case '&', '%', '$', '#', '_', '{', '}' -> out.append(next);
            case '\\', ' ', '\n', '\t', ',', ';', ':', '>', '!' -> out.append(' ');
            case '-', '/', '@' -> {
                // hyphenation hint, italic correction, end-of-sentence space: nothing to print
            }
            default -> out.append('\\').append(next);
        }
        return i + 2;
    }

    /** An accent's argument at {@code i}: a letter, a braced group or a letter command ({@code \i}). */
    private int accent(String s, int i, int to, char mark, StringBuilder out) {
        if (i >= to) {
            out.append(mark);
            return to;
        }
        StringBuilder arg = new StringBuilder(2);
        int next;
        char c = s.charAt(i);
        if (c == '{') {
            int close = matching(s, i, to);
            decodeInto(s, i + 1, close, arg);
            next = Math.min(close + 1, to);
        } else if (c == '\\') {
            next = command(s, i, to, arg);
        } else {
            arg.append(c);
            next = i + 1;
        }
        if (arg.length() == 0) {
            out.append(mark);
        } else {
            // The mark goes after the first letter and the marks it already has ({\={\"U}} is Ǖ);
            // a tie (\t{oo}) joins the first letter to the next.
            int first = Character.charCount(arg.codePointAt(0));
            while (mark != '\u0361' && first < arg.length() && Character.getType(arg.charAt(first)) == Character.NON_SPACING_MARK) {
                first++;
            }
            char base = arg.charAt(0);
            if ((base == 'ı' || base == 'ȷ') && LatexTables.MARKS_ABOVE.indexOf(mark) >= 0) {
                base = base == 'ı' ? 'i' : 'j'; // \'\i is í: the dotless i only carries the accent
                out.append(base);
                out.append(arg, 1, first);
            } else {
                out.append(arg, 0, first);
            }
            out.append(mark).append(arg, first, arg.length());
        }
        return next;
    }

    /** Inline maths, kept as written: {@code $…$} or {@code $$…$$}. */
    private static int math(String s, int i, int to, StringBuilder out) {
        boolean display = i + 1 < to && s.charAt(i + 1) == '$';
        int start = i + (display ? 2 : 1);
        for (int k = start; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '$') {
                int end = display && k + 1 < to && s.charAt(k + 1) == '$' ? k + 2 : k + 1;
                out.append(s, i, end);
                return end;
            }
        }
        out.append('$'); // unclosed: a plain dollar sign
        return i + 1;
    }

    /** Index of the brace closing the one at {@code open}, or {@code to} when there is none. */
    static int matching(String s, int open, int to) {
        int depth = 0;
        for (int k = open; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return to;
    }

    private static int skipSpaces(String s, int i, int to) {
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int skipEmptyGroup(String s, int i, int to) {
        return i + 1 < to && s.charAt(i) == '{' && s.charAt(i + 1) == '}' ? i + 2 : i;
    }

    private static int run(String s, int i, int to, char c) {
        int n = 0;
        while (i + n < to && s.charAt(i + n) == c) {
            n++;
        }
        return n;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** White space runs as one space, trimmed. */
    static String collapse(CharSequence text) {
        String t = text.toString();
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || t.charAt(i - 1) == ' ')) {
                return Chars.collapseRuns(t, ch -> isSpace((char) ch));
            }
        }
        return t;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u000B' || c == '\f'
                || c == '\u2028' || c == '\u2029';
    }
}

package io.github.catconv.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML fragments found in catalog values into plain text: character references are
 * decoded once, markup tags are removed. Never throws; null input gives null back.
 *
 * <p>The named references are the 253 of HTML 4.01 (sets HTMLlat1, HTMLsymbol, HTMLspecial)
 * plus {@code &apos;}; that covers what catalog data carries. Numeric references follow the
 * HTML5 tokenizer: 0x80-0x9F mean their Windows-1252 characters. References to NUL,
 * surrogates, control characters or beyond U+10FFFF, unknown names and references without
 * the closing ';' are left as they are.
 */
public final class HtmlText {

    /** HTMLlat1: U+00A0..U+00FF in code point order. */
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy"
            + " reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34"
            + " iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute"
            + " Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute"
            + " THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave"
            + " iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc"
            + " uuml yacute thorn yuml";
    /** Greek letters: U+0391..U+03A1, U+03A3..U+03A9, U+03B1..U+03C9 (HTMLsymbol). */
    private static final String GREEK_UPPER_1 = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi"
            + " Omicron Pi Rho";
    private static final String GREEK_UPPER_2 = "Sigma Tau Upsilon Phi Chi Psi Omega";
    private static final String GREEK_LOWER = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi"
            + " omicron pi rho sigmaf sigma tau upsilon phi chi psi omega";
    /** The remaining HTMLspecial/HTMLsymbol names with their code points (hex); lang/rang as in HTML5. */
    private static final String OTHERS = "quot 22 amp 26 apos 27 lt 3C gt 3E OElig 152 oelig 153 Scaron 160 scaron 161"
            + " Yuml 178 fnof 192 circ 2C6 tilde 2DC thetasym 3D1 upsih 3D2 piv 3D6 ensp 2002 emsp 2003 thinsp 2009"
            + " zwnj 200C zwj 200D lrm 200E rlm 200F ndash 2013 mdash 2014 lsquo 2018 rsquo 2019 sbquo 201A"
            + " ldquo 201C rdquo 201D bdquo 201E dagger 2020 Dagger 2021 bull 2022 hellip 2026 permil 2030"
            + " prime 2032 Prime 2033 lsaquo 2039 rsaquo 203A oline 203E frasl 2044 euro 20AC image 2111"
            + " weierp 2118 real 211C trade 2122 alefsym 2135 larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194"
            + " crarr 21B5 lArr 21D0 uArr 21D1 rArr 21D2 dArr 21D3 hArr 21D4 forall 2200 part 2202 exist 2203"
            + " empty 2205 nabla 2207 isin 2208 notin 2209 ni 220B prod 220F sum 2211 minus 2212 lowast 2217"
            + " radic 221A prop 221D infin 221E ang 2220 and 2227 or 2228 cap 2229 cup 222A int 222B there4 2234"
            + " sim 223C cong 2245 asymp 2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282 sup 2283 nsub 2284"
            + " sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22A5 sdot 22C5 lceil 2308 rceil 2309"
            + " lfloor 230A rfloor 230B lang 27E8 rang 27E9 loz 25CA spades 2660 clubs 2663 hearts 2665 diams 2666";
    /** HTML5 numeric reference fix-ups for 0x80..0x9F (Windows-1252); NUL marks "no fix-up". */
    private static final String CP1252 = "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
            + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private static final Map<String, Integer> ENTITIES = new HashMap<>(512);

    static {
        put(LATIN1, 0xA0);
        put(GREEK_UPPER_1, 0x391);
        put(GREEK_UPPER_2, 0x3A3);
        put(GREEK_LOWER, 0x3B1);
        String[] pairs = OTHERS.split(" ");
        for (int i = 0; i < pairs.length; i += 2) {
            ENTITIES.put(pairs[i], Integer.parseInt(pairs[i + 1], 16));
        }
    }

    /** Element names of HTML 4/5 and JATS inline markup; other "&lt;words&gt;" are text (e.g. GND "Berlin &lt;West&gt;"). */
    private static final Set<String> ELEMENTS = Set.of(("a abbr acronym address article aside audio b big blockquote"
            + " body br caption center cite code col colgroup dd del dfn div dl dt em embed figcaption figure font"
            + " footer h1 h2 h3 h4 h5 h6 head header hr html i iframe img ins kbd li link main mark meta nav"
            + " noscript object ol p pre q s samp section small source span strike strong sub sup table tbody td"
            + " tfoot th thead title tr tt u ul var video wbr math svg"
            + " italic bold sc monospace underline overline xref ext-link named-content inline-formula break"
            + " disp-formula label").split(" "));
    /** Elements that separate words: replaced by a space instead of nothing. */
    private static final Set<String> BLOCKS = Set.of(("br p div li tr td th h1 h2 h3 h4 h5 h6 blockquote ul ol"
            + " table dd dt hr section article header footer break title").split(" "));

    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile(
            "</?([A-Za-z][A-Za-z0-9]*(?:[:-][A-Za-z0-9]+)*)(?:\\s[^<>]*)?/?>");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]{2,}");

    private HtmlText() {
    }

    private static void put(String names, int first) {
        String[] n = names.split(" ");
        for (int i = 0; i < n.length; i++) {
            ENTITIES.put(n[i], first + i);
        }
    }

    /**
     * Decodes character references once ({@code "&amp;amp;"} gives {@code "&amp;"}), leaving the ones
     * described in the class comment untouched.
     *
     * @param s text; null gives null
     * @return the decoded text (the same instance when it holds no '&')
     */
    public static String decodeEntities(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? referenceEnd(s, i) : -1;
            int cp = semi < 0 ? -1 : codePoint(s.substring(i + 1, semi));
            if (cp < 0) {
                out.append(c);
                i++;
            } else {
                out.appendCodePoint(cp);
                i = semi + 1;
            }
        }
        return out.toString();
    }

    /**
     * The first character reference that {@link #decodeEntities} leaves as it is because it names
     * no character: an unknown name ({@code "&bogus;"}) or a number it refuses ({@code "&#0;"}).
     *
     * @param s text; null gives null
     * @return the reference as written, or null when every reference decodes
     */
    public static String firstUnknownReference(String s) {
        if (s == null) {
            return null;
        }
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            int semi = referenceEnd(s, i);
            if (semi > 0 && codePoint(s.substring(i + 1, semi)) < 0) {
                return s.substring(i, semi + 1);
            }
        }
        return null;
    }

    /**
     * Cheap check for a decodable-looking reference: '&', a letter or '#', then ';' after at
     * most 31 letters or digits.
     *
     * @param s text; null gives false
     * @return true when {@link #decodeEntities} may change the text
     */
    public static boolean hasEntities(String s) {
        if (s == null) {
            return false;
        }
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            if (referenceEnd(s, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes markup: script and style elements with their content, comments, and tags of
     * known HTML and JATS elements. A '&lt;' that does not open such a tag ("a &lt; b",
     * "Müller, Hans &lt;1950-&gt;") stays. Tags that break lines become a space, and when
     * anything was removed, runs of spaces are collapsed and the ends trimmed.
     *
     * @param s text; null gives null
     * @return the text without markup (the same instance when it holds no '&lt;')
     */
    public static String stripTags(String s) {
        if (s == null || s.indexOf('<') < 0) {
            return s;
        }
        String t = COMMENT.matcher(SCRIPT.matcher(s).replaceAll("")).replaceAll("");
        Matcher m = TAG.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            boolean element = ELEMENTS.contains(name) || name.indexOf(':') > 0;
            m.appendReplacement(out, element ? (BLOCKS.contains(name) ? " " : "") : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        String result = out.toString();
        return result.equals(s) ? s : SPACE_RUN.matcher(result).replaceAll(" ").strip();
    }

    /** Index of the ';' closing a plausible reference starting at '&' at {@code amp}, or -1. */
    private static int referenceEnd(String s, int amp) {
        int max = Math.min(s.length(), amp + 33);
        int i = amp + 1;
        if (i < max && s.charAt(i) == '#') {
            i++;
            if (i < max && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
                i++;
            }
        } else if (i >= max || !Character.isLetter(s.charAt(i))) {
            return -1;
        }
        int start = i;
        while (i < max && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i > start && i < max && s.charAt(i) == ';' ? i : -1;
    }

    /** The code point a reference body ("amp", "#233", "#xE9") stands for, or -1 to keep it. */
    private static int codePoint(String body) {
        if (body.charAt(0) != '#') {
            Integer cp = ENTITIES.get(body);
            return cp == null ? -1 : cp;
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        int cp;
        try {
            cp = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1; // letters in a decimal reference ("&#12a;"): not a reference, kept as text
        }
        if (cp >= 0x80 && cp <= 0x9F && CP1252.charAt(cp - 0x80) != 0) {
            return CP1252.charAt(cp - 0x80);
        }
        boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F;
        boolean invalid = cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
        return control || invalid ? -1 : cp;
    }
}

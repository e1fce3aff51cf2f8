package io.github.catconv.read.bibtex;

import io.github.catconv.catalog.Organizations;
import io.github.catconv.model.Agent;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name lists of BibTeX and biblatex ({@code author}, {@code editor}, …) into model agents.
 *
 * <p>Rules of BibTeXing §4 and Patashnik's "Tame the BeaST" §4 (the name grammar bibtex and biber
 * share): names are separated by {@code and} (any case, between blanks, outside braces); a name
 * is "First von Last", "von Last, First" or "von Last, Jr, First"; the von part is the run of words
 * that begin with a lower-case letter, the case of a word being that of its first letter outside
 * braces, or of the letter a special character ({@code {\"u}}, {@code {\ss}}) stands for. The von
 * part becomes the CSL non-dropping particle ("van Gogh" sorts and prints with its particle, as
 * citation-js and citeproc-js read BibTeX). A name wholly in braces is kept whole: an organisation
 * when it looks like one ({@link Organizations}), otherwise a literal name. biblatex's extended
 * form ({@code family=Gogh, given=Vincent, prefix=van, useprefix=true}, manual §3.4.1) is read too:
 * {@code useprefix=false} makes the prefix a dropping particle. {@code and others} (et al.) is
 * dropped: the model has no "more names" marker.
 */
final class BibNames {

    private BibNames() {
    }

    /**
     * The agents of one name list.
     *
     * @param raw the raw field value (braces kept, not decoded)
     * @return the agents in order; names that hold nothing are skipped
     */
    static List<Agent> parse(String raw, LatexDecoder decoder) {
        List<Agent> out = new ArrayList<>();
        for (String name : splitAnd(raw)) {
            String n = name.strip();
            if (n.isEmpty() || n.equals("others")) {
                continue;
            }
            Agent a = name(n, decoder);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Splits at every {@code and} that stands alone between blanks at brace depth 0. */
    static List<String> splitAnd(String raw) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && isBlank(c) && i + 4 < n
                    && (raw.charAt(i + 1) | 0x20) == 'a' && (raw.charAt(i + 2) | 0x20) == 'n'
                    && (raw.charAt(i + 3) | 0x20) == 'd' && isBlank(raw.charAt(i + 4))) {
                out.add(raw.substring(start, i));
                i += 4;
                start = i;
            }
        }
        out.add(raw.substring(start));
        return out;
    }

    /** One name; null when it holds no letters at all. */
    static Agent name(String raw, LatexDecoder decoder) {
        if (isOneGroup(raw)) {
            String whole = decoder.decode(raw.substring(1, raw.length() - 1));
            if (whole.isEmpty()) {
                return null;
            }
            return Organizations.looksLikeOrganization(whole) ? new Organization(whole) : Person.literal(whole);
        }
        List<String> parts = splitTopLevel(raw, ',');
        if (isExtended(parts)) {
            return extended(parts, decoder);
        }
        String von;
        String last;
        String jr = null;
        String first;
        if (parts.size() == 1) {
            List<String> w = words(parts.get(0));
            if (w.isEmpty()) {
                return null;
            }
            int f = -1;
            int l = -1;
            for (int i = 0; i < w.size() - 1; i++) {
                if (isLowerWord(w.get(i))) {
                    if (f < 0) {
                        f = i;
                    }
                    l = i;
                }
            }
            if (f < 0) {
                first = join(w, 0, w.size() - 1);
                von = null;
                last = w.get(w.size() - 1);
            } else {
                first = join(w, 0, f);
                von = join(w, f, l + 1);
                last = join(w, l + 1, w.size());
            }
        } else {
            List<String> w = words(parts.get(0));
            if (w.isEmpty()) {
                return null;
            }
            int l = -1;
            if (isLowerWord(w.get(0))) {
                for (int i = 0; i < w.size() - 1; i++) {
                    if (isLowerWord(w.get(i))) {
                        l = i;
                    }
                }
            }
            von = l < 0 ? null : join(w, 0, l + 1);
            last = join(w, l + 1, w.size());
            if (parts.size() == 2) {
                first = parts.get(1);
            } else {
                jr = parts.get(1);
                first = String.join(", ", parts.subList(2, parts.size()));
            }
        }
        String family = decoded(last, decoder);
        if (family == null) {
            String whole = decoder.decode(raw);
            return whole.isEmpty() ? null : Person.literal(whole);
        }
        return new Person(family, decoded(first, decoder), null, decoded(von, decoder), decoded(jr, decoder), null);
    }

    /** biblatex §3.4.1: every part is {@code key=value}. */
    private static boolean isExtended(List<String> parts) {
        for (String p : parts) {
            int eq = topLevelIndex(p, '=');
            if (eq < 0) {
                return false;
            }
            String k = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!k.equals("family") && !k.equals("given") && !k.equals("prefix") && !k.equals("suffix")
                    && !k.equals("useprefix") && !k.endsWith("-i") && !k.equals("id")) {
                return false;
            }
        }
        return true;
    }

    private static Agent extended(List<String> parts, LatexDecoder decoder) {
        String family = null;
        String given = null;
        String prefix = null;
        String suffix = null;
        boolean useprefix = true;
        for (String p : parts) {
            int eq = topLevelIndex(p, '=');
            String k = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String v = decoded(p.substring(eq + 1), decoder);
            switch (k) {
                case "family" -> family = v;
                case "given" -> given = v;
                case "prefix" -> prefix = v;
                case "suffix" -> suffix = v;
                case "useprefix" -> useprefix = !"false".equalsIgnoreCase(v);
                default -> {
                    // initials ("given-i") and ids: derived data, not name parts
                }
            }
        }
        if (family == null) {
            return given == null ? null : Person.literal(given);
        }
        return new Person(family, given, useprefix ? null : prefix, useprefix ? prefix : null, suffix, null);
    }

    private static String decoded(String raw, LatexDecoder decoder) {
        if (raw == null) {
            return null;
        }
        String d = decoder.decode(raw);
        return d.isEmpty() ? null : d;
    }

    /** True when the whole text is one brace group: {@code {World Health Organization}}. */
    private static boolean isOneGroup(String s) {
        return s.length() >= 2 && s.charAt(0) == '{' && LatexDecoder.matching(s, 0, s.length()) == s.length() - 1;
    }

    /** The words of a name part: blanks (and {@code ~}) outside braces separate them. */
    static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\\' && i + 1 < part.length()) {
                sb.append(c).append(part.charAt(++i));
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (depth == 0 && (isBlank(c) || c == '~')) {
                if (sb.length() > 0) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
            } else {
                sb.append(c);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * BibTeX's case of a word: the first letter at brace depth 0; a special character
     * ({@code {\"u}}, {@code {\ss}}) counts by the letter it stands for; other braced text is skipped.
     */
    static boolean isLowerWord(String w) {
        LatexDecoder decoder = LatexDecoder.TYPOGRAPHIC;
        StringBuilder visible = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c == '{') {
                int close = LatexDecoder.matching(w, i, n);
                if (i + 1 < n && w.charAt(i + 1) == '\\') {
                    visible.append(w, i, Math.min(close + 1, n)); // a special character counts
                } else if (visible.length() == 0) {
                    return false; // a word that starts braced is not a von word ({De} Gaulle)
                }
                i = close;
            } else {
                visible.append(c);
            }
        }
        String d = decoder.decode(visible.toString());
        for (int k = 0; k < d.length(); k++) {
            if (Character.isLetter(d.charAt(k))) {
                return Character.isLowerCase(d.charAt(k));
            }
        }
        return false;
    }

    /** Splits at {@code sep} outside braces; parts trimmed, blank parts kept as "". */
    static List<String> splitTopLevel(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == sep && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }

    private static int topLevelIndex(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            } else if (ch == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> words, int from, int to) {
        return from >= to ? null : String.join(" ", words.subList(from, to));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}

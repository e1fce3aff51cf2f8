package io.github.catconv.write;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.RecordType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes the escaping docs/bibtex.md documents ("Escaping") for {@link RoundTripPropertyTest},
 * and says which decoded value each field of a {@link RoundTripRecords} record must have.
 */
final class LatexText {

    /** The text commands of docs/bibtex.md, "Escaping", with the character each stands for. */
    private static final Map<String, String> COMMANDS = Map.of(
            "textasciitilde", "~", "textasciicircum", "^", "textbackslash", "\\",
            "textless", "<", "textgreater", ">", "textbraceleft", "{", "textbraceright", "}");
    private static final String ESCAPED_CHARS = "#$%&_{}";

    private LatexText() {
    }

    /** The fields the comparison covers, per dialect. */
    static List<String> fields(String writer) {
        return writer.equals("bibtex")
                ? List.of("author", "title", "journal", "publisher", "address", "year", "doi", "url",
                        "abstract", "note", "keywords")
                : List.of("author", "title", "subtitle", "journaltitle", "publisher", "location", "date",
                        "doi", "url", "abstract", "note", "keywords");
    }

    /**
     * What each covered field must decode to: the model value with whitespace runs (line breaks,
     * tabs, U+2028) collapsed to one space and trimmed; names as "family|given" lines; URL and DOI
     * with the documented percent-encoding. biblatex's data model has no publisher or location
     * for an article (docs/bibtex.md, BiblatexDataModel).
     */
    static Map<String, String> expected(BibRecord r, String writer) {
        boolean bibtex = writer.equals("bibtex");
        boolean article = r.type() == RecordType.ARTICLE_JOURNAL;
        Map<String, String> out = new LinkedHashMap<>();
        // One line per name: the line breaks are the test's separator, not part of a value.
        out.put("author", String.join("\n", RoundTripPropertyTest.authors(r,
                p -> normalize(p.family()) + "|" + normalize(p.given()), LatexText::normalize)));
        if (bibtex) {
            put(out, "title", r.fullTitle().orElse(null));
            put(out, "journal", RoundTripPropertyTest.containerTitle(r));
            put(out, "year", String.valueOf(r.issued().orElseThrow().year().orElseThrow()));
        } else {
            put(out, "title", r.title().orElse(null));
            put(out, "subtitle", r.subtitle().orElse(null));
            put(out, "journaltitle", RoundTripPropertyTest.containerTitle(r));
            put(out, "date", r.issued().orElseThrow().toEdtf().orElseThrow());
        }
        if (bibtex || !article) {
            put(out, bibtex ? "address" : "location", r.place().orElse(null));
            put(out, "publisher", r.publisher().orElse(null));
        }
        out.put("doi", percentEncoded(r.identifier(IdentifierScheme.DOI).orElseThrow()));
        out.put("url", percentEncoded(r.urls().get(0)));
        put(out, "abstract", r.abstractText().orElse(null));
        put(out, "note", RoundTripPropertyTest.joined(r.notes(), "; "));
        put(out, "keywords", RoundTripPropertyTest.joined(r.subjects(), ", "));
        return out;
    }

    private static void put(Map<String, String> out, String field, String value) {
        String v = value == null ? "" : normalize(value);
        if (!v.isEmpty()) {
            out.put(field, v);
        }
    }

    /** docs/bibtex.md: line breaks, tabs and control characters become single spaces. */
    static String normalize(String v) {
        return v.replaceAll("[\\s\\p{Cc}\u2028\u2029]+", " ").strip();
    }

    /** docs/bibtex.md, "URLs and DOIs": braces, backslashes, spaces and controls as %XX. */
    static String percentEncoded(String v) {
        StringBuilder sb = new StringBuilder();
        v.codePoints().forEach(cp -> {
            boolean encode = cp == '{' || cp == '}' || cp == '\\' || Character.isWhitespace(cp)
                    || Character.isISOControl(cp) || Character.isSpaceChar(cp);
            if (!encode) {
                sb.appendCodePoint(cp);
                return;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append(String.format("%%%02X", b & 0xFF));
            }
        });
        return sb.toString();
    }

    /**
     * Decodes one field value: {@code \#}-style escapes and the text commands back to their
     * characters, every other brace dropped (protection and grouping). An unknown command fails:
     * the writers produce no other.
     */
    static String decode(String latex) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '{' || c == '}') {
                continue;
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = latex.charAt(i + 1);
            if (ESCAPED_CHARS.indexOf(next) >= 0) {
                sb.append(next);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
                end++;
            }
            String name = latex.substring(i + 1, end);
            if (!COMMANDS.containsKey(name) || !latex.startsWith("{}", end)) {
                throw new AssertionError("unexpected LaTeX command at " + i + " in: " + latex);
            }
            sb.append(COMMANDS.get(name));
            i = end + 1;
        }
        return sb.toString();
    }

    /**
     * Decodes a name list: names split at top-level " and ", a wholly braced name is an
     * organisation, otherwise "Last, First" split at the top-level comma. One line per name,
     * "family|given" or the organisation's name.
     */
    static String decodeNames(String latex) {
        List<String> names = new ArrayList<>();
        for (String name : splitTopLevel(latex, " and ")) {
            List<String> parts = splitTopLevel(name, ", ");
            if (parts.size() == 1) {
                names.add(decode(name));
            } else {
                names.add(decode(parts.get(0)) + "|" + decode(parts.get(parts.size() - 1)));
            }
        }
        return String.join("\n", names);
    }

    /** Splits at {@code separator} where brace depth is 0 (escaped braces count, as in BibTeX). */
    private static List<String> splitTopLevel(String s, String separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && s.startsWith(separator, i)) {
                out.add(s.substring(start, i));
                start = i + separator.length();
                i = start - 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}

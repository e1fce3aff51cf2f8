package io.github.catconv.read.bibtex;

import io.github.catconv.read.ReadContext;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming, recovering parser of {@code .bib} files: hands out one entry at a time and holds
 * only that entry and the {@code @string} macros.
 *
 * <p>Syntax after BibTeXing §2 and biber's btparse: {@code @type{key, name = value, …}} or with
 * parentheses; values are braced, quoted (braces balanced inside), numbers or macro names, joined by
 * {@code #}; {@code @string} defines macros (names case-insensitive; {@code jan}…{@code dec}
 * predefined), {@code @preamble} is read and dropped, {@code @comment} is skipped with its braces.
 * Text between entries is a comment, and a line starting with {@code %} there too.
 *
 * <p>Recovery: a syntax error rejects its entry — one error, {@code FILE:LINE: [key] message},
 * raw text to {@code --rejects} — and parsing resumes at the next line that starts with
 * {@code @type{}. Such a line inside an unclosed value also ends the broken entry, so a missing
 * brace costs one entry, not the rest of the file. A duplicate field keeps its first value, with a
 * warning (as bibtex does).
 */
final class BibParser implements Closeable {

    /** Longest entry accepted, in characters: a value cannot swallow the file. */
    private static final int MAX_ENTRY_CHARS = 16 << 20;

    /** plain.bst's month macros (BibTeXing §3, "month"). */
    private static final Map<String, String> PREDEFINED = Map.ofEntries(
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
            Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"),
            Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    /** A syntax error inside an entry; the parser rejects the entry and resynchronises. */
    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        /** True when the source already stands at the line that starts the next entry. */
        final boolean atNextEntry;

        SyntaxError(int line, String message, boolean atNextEntry) {
            super(message, null, false, false);
            this.line = line;
            this.atNextEntry = atNextEntry;
        }
    }

    private final BibSource in;
    private final ReadContext ctx;
    private final Map<String, String> macros = new HashMap<>(PREDEFINED);
    private int entryChars;

    BibParser(BibSource in, ReadContext ctx) {
        this.in = in;
        this.ctx = ctx;
    }

    /**
     * The next entry (records and {@code @xdata}), or null at the end of the input. Broken entries
     * are rejected through the context on the way.
     */
    BibEntry next() throws IOException {
        while (true) {
            if (!skipToAt()) {
                return null;
            }
            int line = in.line();
            in.forgetCleaned();
            in.startCapture();
            String key = null;
            try {
                in.next(); // '@'
                skipSpace();
                String type = identifier().toLowerCase(Locale.ROOT);
                skipSpace();
                int open = in.peek();
                if (type.isEmpty() || (open != '{' && open != '(')) {
                    in.endCapture();
                    if (!type.isEmpty() && !type.equals("comment")) {
                        ctx.warn(line, null, "'@" + type + "' without '{' is not an entry; skipped");
                    }
                    continue;
                }
                in.next();
                entryChars = 0;
                int close = open == '{' ? '}' : ')';
                switch (type) {
                    case "comment" -> {
                        skipBalanced(close);
                        in.endCapture();
                        continue;
                    }
                    case "preamble" -> {
                        skipSpace();
                        value(close);
                        skipSpace();
                        expect(close, "the end of @preamble");
                        in.endCapture();
                        continue;
                    }
                    case "string" -> {
                        strings(close);
                        in.endCapture();
                        continue;
                    }
                    default -> {
                        // key is assigned before the fields so that an error can name the entry
                        skipSpace();
                        String[] keyAndField = keyOrFirstField(close);
                        key = keyAndField[0];
                        BibEntry e = fields(type, key, line, close, keyAndField[1]);
                        in.endCapture();
                        return e;
                    }
                }
            } catch (SyntaxError e) {
                String raw = in.endCapture();
                // The entry's line leads, so that the error points where the user looks for the entry.
                ctx.reject(line, key, raw, e.getMessage() + (e.line != line ? " (line " + e.line + ")" : ""));
                if (!e.atNextEntry) {
                    resync();
                }
            }
        }
    }

    /** Skips text between entries; true when the source stands at an {@code @}. */
    private boolean skipToAt() throws IOException {
        while (true) {
            if (in.atEof()) {
                return false;
            }
            String bad = in.lineError();
            if (bad != null) {
                ctx.warn(in.line(), null, "line skipped: " + bad);
                in.skipLine();
                continue;
            }
            if (in.atCommentLine()) {
                in.skipLine();
                continue;
            }
            int c = in.peek();
            if (c == '@') {
                return true;
            }
            in.next();
        }
    }

    /** After an error: on to the next line that starts an entry. */
    private void resync() throws IOException {
        if (in.atEntryLine()) {
            return;
        }
        in.skipLine();
        while (!in.atEof() && !in.atEntryLine()) {
            in.skipLine();
        }
    }

    /** {@code name = value, …} of {@code @string}. */
    private void strings(int close) throws IOException, SyntaxError {
        while (true) {
            skipSpace();
            int c = in.peek();
            if (c == close) {
                in.next();
                return;
            }
            if (c == ',') {
                in.next();
                continue;
            }
            String name = identifier();
            if (name.isEmpty()) {
                throw error("@string: expected a macro name");
            }
            skipSpace();
            expect('=', "'=' after @string name " + name);
            skipSpace();
            macros.put(name.toLowerCase(Locale.ROOT), value(close));
        }
    }

    /**
     * The key, or (for an entry written without one) null and the first field's name, which the
     * caller then reads the value of.
     */
    private String[] keyOrFirstField(int close) throws IOException, SyntaxError {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == BibSource.EOF) {
                throw error("entry not closed at the end of the input");
            }
            if (c == ',' || c == close || c == '}' || c == ')' || isSpace(c) || c == '=' || c == '{' || c == '"') {
                break;
            }
            sb.append((char) in.next());
        }
        skipSpace();
        if (in.peek() == '=') {
            // "@article{title = …": no key; the token was a field name.
            return new String[] {null, sb.toString().toLowerCase(Locale.ROOT)};
        }
        String key = sb.length() == 0 ? null : sb.toString();
        int c = in.peek();
        if (c == ',') {
            in.next();
        } else if (c != close) {
            throw error("expected ',' after the key" + (key == null ? "" : " " + key));
        }
        return new String[] {key, null};
    }

    private BibEntry fields(String type, String key, int line, int close, String firstField)
            throws IOException, SyntaxError {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        List<String> cleaned = new ArrayList<>();
        String pending = firstField;
        while (true) {
            skipSpace();
            String name;
            int fieldLine = in.line();
            if (pending != null) {
                name = pending;
                pending = null;
            } else {
                int c = in.peek();
                if (c == close) {
                    in.next();
                    return new BibEntry(type, key, line, fields, lines, cleaned);
                }
                if (c == ',') {
                    in.next();
                    continue;
                }
                if (c == BibSource.EOF) {
                    throw error("entry not closed at the end of the input");
                }
                name = identifier().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    throw error("expected a field name, found '" + printable(c) + "'");
                }
                skipSpace();
            }
            expect('=', "'=' after field " + name);
            skipSpace();
            String value = value(close);
            if (in.cleanedSince(fieldLine) && !cleaned.contains(name)) {
                cleaned.add(name);
            }
            if (fields.putIfAbsent(name, value) != null) {
                ctx.warn(fieldLine, key, "duplicate field " + name + ": the first value is kept");
            } else {
                lines.put(name, fieldLine);
            }
            skipSpace();
            int c = in.peek();
            if (c != ',' && c != close) {
                if (c == BibSource.EOF) {
                    throw error("entry not closed at the end of the input");
                }
                if (c == '@' && in.atEntryLine()) {
                    throw error("entry not closed before the next entry: a '" + (char) close + "' is missing");
                }
                throw error("expected ',' or the end of the entry after field " + name + ", found '"
                        + printable(c) + "'");
            }
        }
    }

    /** A value: parts joined by {@code #}. */
    private String value(int close) throws IOException, SyntaxError {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == '{') {
                in.next();
                braced(sb);
            } else if (c == '"') {
                in.next();
                quoted(sb);
            } else if (c >= '0' && c <= '9') {
                while (in.peek() >= '0' && in.peek() <= '9') {
                    sb.append((char) in.next());
                }
            } else {
                String name = identifier();
                if (name.isEmpty()) {
                    if (c == BibSource.EOF) {
                        throw error("entry not closed at the end of the input");
                    }
                    throw error("expected a value, found '" + printable(c) + "'");
                }
                String v = macros.get(name.toLowerCase(Locale.ROOT));
                if (v == null) {
                    ctx.warn(in.line(), null, "undefined @string macro " + name + ": read as empty");
                } else {
                    sb.append(v);
                }
            }
            skipSpace();
            if (in.peek() != '#') {
                return sb.toString();
            }
            in.next();
            skipSpace();
        }
    }

    /** The rest of a braced part (the '{' consumed), without its closing brace. */
    private void braced(StringBuilder sb) throws IOException, SyntaxError {
        int depth = 1;
        int start = in.line();
        while (true) {
            int c = in.next();
            if (c == BibSource.EOF) {
                throw new SyntaxError(start, "unbalanced braces: a value opened here is not closed", false);
            }
            count();
            if (c == '\\') {
                sb.append('\\');
                int d = in.peek();
                if (d == '{' || d == '}') {
                    // btparse counts escaped braces too; the writer only escapes matched pairs
                    depth += d == '{' ? 1 : -1;
                    sb.append((char) in.next());
                }
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return;
            }
            sb.append((char) c);
            if (c == '\n' && in.atEntryLine()) {
                throw new SyntaxError(start, "unbalanced braces: the value opened here runs into the entry at line "
                        + in.line(), true);
            }
        }
    }

    /** The rest of a quoted part (the '"' consumed); braces inside must balance. */
    private void quoted(StringBuilder sb) throws IOException, SyntaxError {
        int depth = 0;
        int start = in.line();
        while (true) {
            int c = in.next();
            if (c == BibSource.EOF) {
                throw new SyntaxError(start, "unclosed quote: the value opened here is not closed", false);
            }
            count();
            if (c == '"' && depth == 0) {
                return;
            }
            if (c == '\\' && (in.peek() == '{' || in.peek() == '}')) {
                sb.append('\\').append((char) in.next());
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    throw error("unbalanced braces in a quoted value");
                }
                depth--;
            }
            sb.append((char) c);
            if (c == '\n' && in.atEntryLine()) {
                throw new SyntaxError(start, "unclosed quote: the value opened here runs into the entry at line "
                        + in.line(), true);
            }
        }
    }

    /** Skips to the matching {@code close} (for {@code @comment}). */
    private void skipBalanced(int close) throws IOException, SyntaxError {
        int depth = 0;
        int start = in.line();
        while (true) {
            int c = in.next();
            if (c == BibSource.EOF) {
                throw new SyntaxError(start, "@comment not closed at the end of the input", false);
            }
            count();
            if (c == '{') {
                depth++;
            } else if (c == '}' && close == '}') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (c == close && depth == 0) {
                return;
            }
        }
    }

    private void count() throws SyntaxError {
        if (++entryChars > MAX_ENTRY_CHARS) {
            throw error("entry longer than " + (MAX_ENTRY_CHARS >> 20) + " Mi characters");
        }
    }

    /** Entry types, keys of {@code @string}, field names and macro names. */
    private String identifier() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = in.peek();
            if (c == BibSource.EOF || isSpace(c) || "{}(),=\"#%'".indexOf(c) >= 0) {
                return sb.toString();
            }
            sb.append((char) in.next());
        }
    }

    private void expect(int c, String what) throws IOException, SyntaxError {
        int got = in.peek();
        if (got != c) {
            throw error("expected " + what + ", found " + (got == BibSource.EOF ? "the end of the input"
                    : "'" + printable(got) + "'"));
        }
        in.next();
    }

    private void skipSpace() throws IOException {
        while (isSpace(in.peek())) {
            in.next();
        }
    }

    private SyntaxError error(String message) {
        return new SyntaxError(in.line(), message, in.atEntryLine());
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static String printable(int c) {
        return c == '\n' ? "\\n" : String.valueOf((char) c);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.github.catconv.write.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict parser of the BibTeX structure our writers produce, for re-parse tests: entries
 * {@code @type{key, name = {value}, name = macro}}, braces counted the way BibTeX counts them
 * (backslashes do not escape braces). Throws {@link IllegalStateException} on anything else.
 */
final class BibStructure {

    /** One parsed entry; field values without their outer braces, in order. */
    record Entry(String type, String key, Map<String, String> fields) {
    }

    private final String s;
    private int pos;

    private BibStructure(String s) {
        this.s = s;
    }

    /** Parses the whole text; fails on any structural error. */
    static List<Entry> parse(String text) {
        return new BibStructure(text).entries();
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        skipSpace();
        while (pos < s.length()) {
            out.add(entry());
            skipSpace();
        }
        return out;
    }

    private Entry entry() {
        expect('@');
        String type = token("[a-z]");
        expect('{');
        String key = token("[A-Za-z0-9_:.-]");
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return new Entry(type, key, fields);
            }
            expect(',');
            skipSpace();
            String name = token("[a-z]");
            skipSpace();
            expect('=');
            skipSpace();
            String value = peek() == '{' ? braced() : token("[a-z0-9]");
            if (fields.put(name, value) != null) {
                fail("repeated field " + name);
            }
        }
    }

    private String braced() {
        expect('{');
        int start = pos;
        int depth = 1;
        while (depth > 0) {
            if (pos >= s.length()) {
                fail("unterminated value");
            }
            char c = s.charAt(pos++);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\n') {
                fail("line break inside a value");
            }
        }
        return s.substring(start, pos - 1);
    }

    private String token(String charClass) {
        int start = pos;
        while (pos < s.length() && String.valueOf(s.charAt(pos)).matches(charClass)) {
            pos++;
        }
        if (start == pos) {
            fail("expected " + charClass);
        }
        return s.substring(start, pos);
    }

    private char peek() {
        if (pos >= s.length()) {
            fail("unexpected end");
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            fail("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\n')) {
            pos++;
        }
    }

    private void fail(String why) {
        int from = Math.max(0, pos - 40);
        throw new IllegalStateException(why + " at offset " + pos + " near: "
                + s.substring(from, Math.min(s.length(), pos + 20)).replace("\n", "\\n"));
    }
}

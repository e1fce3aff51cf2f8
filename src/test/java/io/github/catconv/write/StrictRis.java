package io.github.catconv.write;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict RIS reader (RIS specification 2011) for {@link RoundTripPropertyTest}, and the tag
 * lines docs/ris.md says a {@link RoundTripRecords} record must give.
 */
final class StrictRis {

    /** "XX  - value": two capitals or a capital and a digit, two spaces, hyphen, space. */
    private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");
    /** Characters some reader ends a line at besides CRLF; none may appear inside a line. */
    private static final Pattern STRAY_BREAK = Pattern.compile("[\r\n\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]");

    private StrictRis() {
    }

    /**
     * Parses CRLF-separated RIS: every line is a tag line or a blank line between records; a
     * record opens with TY and closes with ER. Returns each record as its {tag, value} lines.
     */
    static List<List<String[]>> parse(String ris) {
        assertTrue(ris.endsWith("ER  - \r\n"), "RIS ends with ER and CRLF");
        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : ris.substring(0, ris.length() - 2).split("\r\n", -1)) {
            assertTrue(!STRAY_BREAK.matcher(line).find(), "line break inside a line: " + line);
            if (line.isEmpty()) {
                assertTrue(current == null, "blank line inside a record");
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                fail("not a RIS tag line: '" + line + "'");
            }
            if (m.group(1).equals("TY")) {
                assertTrue(current == null, "TY inside a record");
                current = new ArrayList<>();
                records.add(current);
            }
            assertTrue(current != null, "tag outside a record: " + line);
            current.add(new String[] {m.group(1), m.group(2)});
            if (m.group(1).equals("ER")) {
                current = null;
            }
        }
        assertTrue(current == null, "unterminated record");
        return records;
    }

    /** One record's lines as "XX  - value" strings, for a readable comparison. */
    static List<String> lines(List<String[]> record) {
        return record.stream().map(t -> t[0] + "  - " + t[1]).toList();
    }

    /**
     * The lines docs/ris.md implies, in its tag order: values with every line break (and other
     * control character) turned into a space and then trimmed, nothing else changed.
     */
    static List<String> expected(BibRecord r) {
        List<String> out = new ArrayList<>();
        boolean book = r.type() == RecordType.BOOK;
        add(out, "TY", book ? "BOOK" : "JOUR");
        add(out, "TI", r.fullTitle().orElse(null));
        RoundTripPropertyTest.authors(r, p -> safe(p.family()) + ", " + safe(p.given()), StrictRis::safe)
                .forEach(a -> add(out, "AU", a));
        add(out, "T2", RoundTripPropertyTest.containerTitle(r));
        add(out, "AB", r.abstractText().orElse(null));
        add(out, "CY", r.place().orElse(null));
        add(out, "PY", String.format("%04d", r.issued().orElseThrow().year().orElseThrow()));
        r.identifiers(IdentifierScheme.DOI).forEach(d -> add(out, "DO", d.value()));
        add(out, "PB", r.publisher().orElse(null));
        r.urls().forEach(u -> add(out, "UR", u));
        add(out, "AN", r.id());
        r.notes().forEach(n -> add(out, "N1", n));
        r.subjects().forEach(s -> add(out, "KW", s));
        out.add("ER  - ");
        return out;
    }

    private static void add(List<String> out, String tag, String value) {
        String v = value == null ? "" : safe(value);
        if (!v.isEmpty()) {
            out.add(tag + "  - " + v);
        }
    }

    /** docs/ris.md: line breaks and control characters become spaces; the value is trimmed. */
    static String safe(String v) {
        return v.replaceAll("[\\p{Cc}\u0085\u2028\u2029]", " ").strip();
    }
}

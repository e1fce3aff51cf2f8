package io.github.catconv.write.ris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad-input case B41 (docs/errors.md): values full of line breaks, "ER  - ", "TY  - " and Unicode
 * line separators can never start a new tag or record. A strict RIS parser (below) that splits lines on every character
 * any common reader treats as a line break must read back exactly one record per input record,
 * with the tags and values the input implies.
 */
class RisInjectionTest {

    /** Pieces random values are made of: the dangerous ones, many times over. */
    private static final String[] PIECES = {
        "\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "ER  - ", "TY  - ",
        "\nER  - \n", "\r\nTY  - JOUR\r\n", "AU  - ", " ", "  ", "a", "Zß", "é", "-", "x y", "\t",
    };

    /** Every character some reader treats as a line end (Java, Python splitlines, Unicode). */
    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\n\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]");
    private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

    static Stream<Arguments> seeds() {
        return Stream.of(1L, 2L, 3L, 42L, 4711L).map(Arguments::of);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRecordReadsBackAsOneRecordWithItsTags(long seed) throws IOException {
        Random rnd = new Random(seed);
        List<BibRecord> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(randomRecord(rnd, i));
        }
        for (String eol : List.of("crlf", "lf")) {
            String ris = RisWriterTest.write(Map.of("eol", eol), records.toArray(new BibRecord[0]));
            List<List<String[]>> parsed = parse(ris);
            assertEquals(records.size(), parsed.size(), "record count");
            for (int i = 0; i < records.size(); i++) {
                assertEquals(expectedTags(records.get(i)), tags(parsed.get(i)), "record " + i);
                assertEquals(expectedTitle(records.get(i)), value(parsed.get(i), "TI"), "title of record " + i);
            }
        }
    }

    private static BibRecord randomRecord(Random rnd, int i) {
        BibRecord.Builder b = BibRecord.builder().id("r" + i).type(RecordType.ARTICLE_JOURNAL)
                .title(randomValue(rnd)).abstractText(randomValue(rnd)).publisher(randomValue(rnd))
                .container(Container.empty().withTitle(randomValue(rnd)));
        for (int k = rnd.nextInt(3); k > 0; k--) {
            b.addContributor(new Contributor(ContributorRole.AUTHOR, Person.of(randomValue(rnd) + "x", randomValue(rnd))));
            b.addNote(randomValue(rnd));
            b.addSubject(randomValue(rnd));
        }
        return b.build();
    }

    private static String randomValue(Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int n = rnd.nextInt(8); n >= 0; n--) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** The test's own reading of a value: line breaks and controls become spaces, then trimmed. */
    private static String clean(String v) {
        return v == null ? "" : v.replaceAll("[\\p{Cc}\u2028\u2029]", " ").strip();
    }

    private static String expectedTitle(BibRecord r) {
        String t = clean(r.title().orElse(null));
        return t.isEmpty() ? null : t;
    }

    /** The tags the input implies, in the writer's documented order (docs/ris.md). */
    private static List<String> expectedTags(BibRecord r) {
        List<String> tags = new ArrayList<>();
        tags.add("TY");
        addIf(tags, "TI", r.title().orElse(null));
        r.contributors().forEach(c -> tags.add("AU")); // family always ends in "x"
        addIf(tags, "T2", r.container().map(Container::title).orElse(null));
        addIf(tags, "AB", r.abstractText().orElse(null));
        addIf(tags, "PB", r.publisher().orElse(null));
        tags.add("AN");
        r.notes().forEach(n -> addIf(tags, "N1", n));
        r.subjects().forEach(s -> addIf(tags, "KW", s));
        tags.add("ER");
        return tags;
    }

    private static void addIf(List<String> tags, String tag, String value) {
        if (!clean(value).isEmpty()) {
            tags.add(tag);
        }
    }

    /**
     * A strict RIS reader: every non-blank line must be "XX  - value"; a record opens with TY
     * and closes with ER; nothing may appear outside a record.
     */
    static List<List<String[]>> parse(String ris) {
        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : BREAKS.split(ris, -1)) {
            if (line.isEmpty()) {
                assertTrue(current == null, "blank line inside a record");
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                fail("not a RIS line: '" + line + "'");
            }
            String tag = m.group(1);
            if (tag.equals("TY")) {
                assertTrue(current == null, "TY inside a record");
                current = new ArrayList<>();
            }
            assertTrue(current != null, "tag outside a record: " + line);
            current.add(new String[] {tag, m.group(2)});
            if (tag.equals("ER")) {
                records.add(current);
                current = null;
            }
        }
        assertTrue(current == null, "unterminated record");
        return records;
    }

    private static List<String> tags(List<String[]> record) {
        List<String> out = new ArrayList<>();
        record.forEach(t -> out.add(t[0]));
        return out;
    }

    private static String value(List<String[]> record, String tag) {
        for (String[] t : record) {
            if (t[0].equals(tag)) {
                return t[1];
            }
        }
        return null;
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.RecordWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad-input case B42 (docs/errors.md): values full of BibTeX specials still re-parse with the same fields. */
class ReparseTest {

    static Stream<Arguments> writers() {
        return Stream.of(Arguments.of(new BibtexWriter(), Map.of()),
                Arguments.of(new BibtexWriter(), Map.of("unicode", "true")),
                Arguments.of(new BiblatexWriter(), Map.of()),
                Arguments.of(new BiblatexWriter(), Map.of("name-format", "extended")));
    }

    static List<BibRecord> records() {
        List<BibRecord> out = new ArrayList<>();
        out.add(BibFixtures.nasty());
        out.add(BibFixtures.seed());
        for (RecordType t : RecordType.values()) {
            out.add(BibFixtures.ofType(t));
        }
        out.add(BibFixtures.nasty());
        return out;
    }

    @ParameterizedTest
    @MethodSource("writers")
    void nastyValuesReparse(RecordWriter writer, Map<String, String> options) {
        List<BibRecord> records = records();
        String out = BibFixtures.write(writer, options, records);
        List<BibStructure.Entry> entries = BibStructure.parse(out);
        assertEquals(records.size(), entries.size());
        assertEquals(entries.size(), entries.stream().map(e -> e.key().toLowerCase()).distinct().count(),
                "keys unique ignoring case");
        for (BibStructure.Entry e : entries) {
            for (String v : e.fields().values()) {
                assertTrue(BraceMatcher.balanced(v), v);
                assertFalse(v.contains("\n"), v);
            }
        }
        BibStructure.Entry nasty = entries.get(0);
        assertEquals(entries.get(0).fields().keySet(), entries.get(entries.size() - 1).fields().keySet());
        assertTrue(nasty.fields().containsKey("abstract"));
        assertTrue(nasty.fields().containsKey("url"));
        assertTrue(nasty.fields().get("url").startsWith("https://example.org/a%20b%7Bc%7D%5Cd%20e#f"),
                nasty.fields().get("url"));
        assertEquals("10.1000/%7Babc%7Ddef", nasty.fields().get("doi"));
    }
}

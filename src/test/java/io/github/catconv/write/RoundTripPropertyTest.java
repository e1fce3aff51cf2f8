package io.github.catconv.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Identifier;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import io.github.catconv.model.RecordType;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip properties: records whose values are full of LaTeX specials, line breaks,
 * {@code ER  - }, quotes, commas, {@code =}, emoji, right-to-left and combining characters are
 * written by every writer and parsed back by an independent parser, which must give exactly the
 * records and values written. "Exactly" per format is documented in docs/bibtex.md, docs/ris.md
 * and docs/csv.md ("Round trip"): CSL-JSON (Jackson) and CSV (Commons CSV, after undoing the
 * formula neutralisation) give the values verbatim; RIS (a strict parser below) gives them with
 * every line break turned into a space, trimmed; BibTeX {@code unicode} and BibLaTeX (jbibtex,
 * then undoing the ten documented escapes and dropping protective braces) give them with
 * whitespace runs collapsed to one space, and URLs/DOIs with the documented percent-encoding.
 *
 * <p>Complements {@code ReparseTest} (BibTeX structure of one hand-made record),
 * {@code RisInjectionTest} (RIS tags and titles) and the fuzz targets (structure only): here every
 * mapped value of many random records is compared, for all five writers.
 */
class RoundTripPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 30;

    static Stream<Long> seeds() {
        return Stream.of(1L, 7L, 42L, 2024L, 99991L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cslJsonGivesBackEveryValueVerbatim(long seed) throws IOException {
        List<BibRecord> records = RoundTripRecords.generate(seed, RECORDS);
        JsonNode items = JSON.readTree(write("csl-json", Map.of(), records));
        assertEquals(records.size(), items.size());
        for (int i = 0; i < records.size(); i++) {
            BibRecord r = records.get(i);
            JsonNode item = items.get(i);
            assertEquals(r.id(), item.get("id").asText());
            assertEquals(r.fullTitle().orElseThrow(), item.get("title").asText(), r.id());
            assertEquals(containerTitle(r), text(item, "container-title"), r.id());
            assertEquals(r.publisher().orElse(null), text(item, "publisher"), r.id());
            assertEquals(r.place().orElse(null), text(item, "publisher-place"), r.id());
            assertEquals(r.abstractText().orElse(null), text(item, "abstract"), r.id());
            assertEquals(joined(r.subjects(), ", "), text(item, "keyword"), r.id());
            assertEquals(joined(r.notes(), "\n"), text(item, "note"), r.id());
            assertEquals(r.identifier(IdentifierScheme.DOI).orElse(null), text(item, "DOI"), r.id());
            assertEquals(r.urls().get(0), text(item, "URL"), r.id());
            List<String> names = new ArrayList<>();
            item.path("author").forEach(a -> names.add(a.has("literal") ? a.get("literal").asText()
                    : a.get("family").asText() + "|" + a.path("given").asText()));
            assertEquals(authors(r, p -> p.family() + "|" + p.given(), Function.identity()), names, r.id());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void csvGivesBackEveryValueVerbatimAfterUndoingFormulaNeutralisation(long seed) throws IOException {
        List<BibRecord> records = RoundTripRecords.generate(seed, RECORDS);
        String csv = write("csv", Map.of(), records);
        CSVFormat strict = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), strict)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(records.size(), rows.size());
            for (int i = 0; i < records.size(); i++) {
                BibRecord r = records.get(i);
                CSVRecord row = rows.get(i);
                assertEquals(p.getHeaderNames().size(), row.size(), "columns in row " + i);
                Function<String, String> cell = c -> emptyToNull(unformula(row.get(c)));
                assertEquals(r.id(), cell.apply("id"));
                assertEquals(r.fullTitle().orElseThrow(), cell.apply("title"), r.id());
                assertEquals(String.join("; ", authors(r, p2 -> p2.family() + ", " + p2.given(),
                        Function.identity())), cell.apply("authors"), r.id());
                assertEquals(containerTitle(r), cell.apply("journal"), r.id());
                assertEquals(r.publisher().orElse(null), cell.apply("publisher"), r.id());
                assertEquals(r.place().orElse(null), cell.apply("place"), r.id());
                assertEquals(r.abstractText().orElse(null), cell.apply("abstract"), r.id());
                assertEquals(joined(r.subjects(), "; "), cell.apply("keywords"), r.id());
                assertEquals(joined(r.notes(), "; "), cell.apply("notes"), r.id());
                assertEquals(r.identifier(IdentifierScheme.DOI).orElse(null), cell.apply("doi"), r.id());
                assertEquals(joined(r.urls(), "; "), cell.apply("url"), r.id());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void risGivesBackEveryValueWithLineBreaksAsSpaces(long seed) throws IOException {
        List<BibRecord> records = RoundTripRecords.generate(seed, RECORDS);
        List<List<String[]>> parsed = StrictRis.parse(write("ris", Map.of(), records));
        assertEquals(records.size(), parsed.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(StrictRis.expected(records.get(i)), StrictRis.lines(parsed.get(i)), records.get(i).id());
        }
    }

    static Stream<String[]> bibDialects() {
        return Stream.of(new String[] {"bibtex", "unicode"}, new String[] {"biblatex", ""});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bibDialects")
    void bibtexAndBiblatexGiveBackEveryValueThroughJbibtex(String writer, String flag) throws Exception {
        for (long seed : seeds().toList()) {
            List<BibRecord> records = RoundTripRecords.generate(seed, RECORDS);
            Map<String, String> options = flag.isEmpty() ? Map.of() : Map.of(flag, "true");
            String bib = write(writer, options, records);
            BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
            List<BibTeXEntry> entries = db.getObjects().stream()
                    .filter(BibTeXEntry.class::isInstance).map(BibTeXEntry.class::cast).toList();
            assertEquals(records.size(), entries.size(), writer + " seed " + seed);
            for (int i = 0; i < records.size(); i++) {
                assertEquals(LatexText.expected(records.get(i), writer), decoded(entries.get(i), writer),
                        writer + " seed " + seed + " " + records.get(i).id());
            }
        }
    }

    /**
     * Regression: a line or paragraph separator (U+2028/U+2029) or another Unicode space in a URL
     * or DOI was written raw, so the verbatim field spanned two lines for Unicode-aware readers;
     * docs/bibtex.md says spaces and controls are percent-encoded.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "bibtex, unicode, https://example.org/a%E2%80%A8b%E2%80%83c, 10.1000/x%E2%80%A9y",
        "bibtex, ascii, https://example.org/a%E2%80%A8b%E2%80%83c, 10.1000/x%E2%80%A9y",
        "biblatex, utf8, https://example.org/a%E2%80%A8b%E2%80%83c, 10.1000/x%E2%80%A9y",
    })
    void unicodeLineSeparatorsInUrlsAndDoisArePercentEncoded(String writer, String mode, String url, String doi)
            throws Exception {
        BibRecord r = BibRecord.builder().id("sep").type(RecordType.WEBPAGE).title("Separators")
                .addUrl("https://example.org/a\u2028b\u2003c")
                .addIdentifier(Identifier.of(IdentifierScheme.DOI, "10.1000/x\u2029y"))
                .build();
        String bib = write(writer, mode.equals("unicode") ? Map.of("unicode", "true") : Map.of(), List.of(r));
        BibTeXEntry entry = (BibTeXEntry) new BibTeXParser().parse(new StringReader(bib)).getObjects().get(0);
        assertEquals(url, entry.getField(new Key("url")).toUserString());
        assertEquals(doi, entry.getField(new Key("doi")).toUserString());
        assertTrue(bib.chars().noneMatch(c -> c == 0x2028 || c == 0x2029 || c == 0x2003), bib);
    }

    /** The fields of one parsed entry that {@link LatexText#expected} covers, decoded. */
    private static Map<String, String> decoded(BibTeXEntry entry, String writer) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : LatexText.fields(writer)) {
            Value v = entry.getField(new Key(field));
            if (v == null) {
                continue;
            }
            String raw = v.toUserString();
            out.put(field, field.equals("url") || field.equals("doi") ? raw
                    : field.equals("author") ? LatexText.decodeNames(raw) : LatexText.decode(raw));
        }
        return out;
    }

    /** The cell with the leading {@code '} of a neutralised formula cell removed (docs/csv.md). */
    private static String unformula(String cell) {
        boolean neutralised = cell.length() > 1 && cell.charAt(0) == '\''
                && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0;
        return neutralised ? cell.substring(1) : cell;
    }

    static String containerTitle(BibRecord r) {
        return r.container().map(Container::title).orElse(null);
    }

    /** Authors in order: persons through {@code person}, organisations' names through {@code org}. */
    static List<String> authors(BibRecord r, Function<Person, String> person, Function<String, String> org) {
        List<String> out = new ArrayList<>();
        for (Agent a : r.contributors(ContributorRole.AUTHOR)) {
            out.add(a instanceof Person p ? person.apply(p) : org.apply(((Organization) a).name()));
        }
        return out;
    }

    static String joined(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null ? null : v.asText();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static String write(String writerId, Map<String, String> options, List<BibRecord> records) throws IOException {
        RecordWriter writer = WriterRegistry.installed().find(writerId).orElseThrow();
        StringWriter out = new StringWriter();
        RecordSink sink = writer.open(out, new WriteContext(options, d -> { }));
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        String text = out.toString();
        assertNotNull(text);
        assertTrue(!text.isEmpty(), writerId);
        return text;
    }
}

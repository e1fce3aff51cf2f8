package io.github.catconv.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.testsupport.ExternalTools;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * citation.js (@citation-js/core with plugin-bibtex and plugin-ris, {@code tests-js/read.js}) as a
 * client of every sample's output.
 *
 * <ul>
 *   <li>BibTeX and BibLaTeX: citation.js reads as many entries as we wrote, in order, with the DOI
 *       and year of our CSL-JSON; it logs no warning; and its strict mode reports a missing
 *       required field only when the record really lacks it (the CSL-JSON of the same record has
 *       none of the variables the field is written from, table {@link #CSL_SOURCES}).</li>
 *   <li>RIS: citation.js reads as many records as we wrote, each with the title ({@code TI}),
 *       first author's family name ({@code AU} up to its first comma), year ({@code PY}) and DOI
 *       ({@code DO}) we wrote.</li>
 * </ul>
 *
 * <p>Skipped when node or {@code tests-js/node_modules} is missing, unless {@code CI=true}.
 */
class CitationJsClientTest {

    private static final Path HARNESS = Path.of("tests-js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENTRY = Pattern.compile("(?m)^@(\\w+)\\{([^,\\s]+),");
    private static final Pattern RIS_LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");
    private static final Pattern MISSING = Pattern.compile("(\\S+) has missing fields: (.*)");
    private static final Pattern INVALID_TYPE = Pattern.compile("(\\S+) has invalid type: \"(\\w+)\"");

    /**
     * For each field plugin-bibtex's strict mode may call missing (its {@code required.json}):
     * the CSL-JSON variables our writers fill it from (docs/bibtex.md, field tables). The field
     * may be missing only when the record has none of them.
     */
    private static final Map<String, List<String>> CSL_SOURCES = Map.ofEntries(
            Map.entry("author", List.of("author")),
            Map.entry("editor", List.of("editor")),
            Map.entry("title", List.of("title")),
            Map.entry("journal", List.of("container-title", "container-title-short")),
            Map.entry("journaltitle", List.of("container-title", "container-title-short")),
            Map.entry("booktitle", List.of("container-title")),
            Map.entry("year", List.of("issued")),
            Map.entry("date", List.of("issued")),
            Map.entry("publisher", List.of("publisher")),
            Map.entry("school", List.of("publisher")),
            Map.entry("institution", List.of("publisher")),
            Map.entry("note", List.of("note")),
            Map.entry("pages", List.of("page")),
            Map.entry("chapter", List.of("chapter-number")),
            Map.entry("doi", List.of("DOI")),
            Map.entry("url", List.of("URL")));

    /**
     * Entry types citation.js's strict mode calls "invalid" only because its requirement table
     * has no row for them: BibTeX's and biblatex's {@code misc} has no required field
     * (BibTeXing §2 "Required fields: none"; biblatex manual §2.1.1).
     */
    private static final List<String> TYPES_WITHOUT_REQUIREMENTS = List.of("misc");

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void bibtexAndBiblatexEntriesAreReadWithoutWarnings(String sample) throws Exception {
        requireHarness();
        JsonNode csl = JSON.readTree(Samples.convert("csl-json", sample));
        for (String dialect : List.of("bibtex", "biblatex")) {
            String bib = Samples.convert(dialect, sample);
            List<String> keys = keys(bib);
            JsonNode read = read(dialect, bib);
            String where = dialect + " of " + sample;
            assertEquals(csl.size(), keys.size(), where + ": entries we wrote");
            assertEquals(keys.size(), read.get("count").asInt(), where + ": entries citation.js read");
            assertEquals(0, read.get("warnings").size(), where + ": citation.js warnings " + read.get("warnings"));
            for (int i = 0; i < keys.size(); i++) {
                JsonNode entry = read.get("entries").get(i);
                assertEquals(text(csl.get(i).get("DOI")), text(entry.get("doi")), where + ": DOI of " + keys.get(i));
                assertEquals(startYear(csl.get(i), dialect), text(entry.get("year")), where + ": year of " + keys.get(i));
            }
            for (JsonNode problem : read.get("strict")) {
                checkStrictProblem(problem.asText(), keys, csl, where);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void risRecordsAreReadWithTheTitleAuthorYearAndDoiWeWrote(String sample) throws Exception {
        requireHarness();
        String ris = Samples.convert("ris", sample);
        List<Map<String, String>> written = risRecords(ris);
        JsonNode read = read("ris", ris);
        assertEquals(JSON.readTree(Samples.convert("csl-json", sample)).size(), written.size(), "records we wrote");
        assertEquals(written.size(), read.get("count").asInt(), "records citation.js read");
        assertEquals(0, read.get("warnings").size(), "citation.js warnings " + read.get("warnings"));
        for (int i = 0; i < written.size(); i++) {
            Map<String, String> ours = written.get(i);
            JsonNode theirs = read.get("entries").get(i);
            String where = sample + " record " + i + " (" + ours.get("AN") + ")";
            assertEquals(ours.get("TI"), text(theirs.get("title")), where + ": title");
            assertEquals(family(ours.get("AU")), text(theirs.get("author")), where + ": first author");
            assertEquals(ours.get("PY"), text(theirs.get("year")), where + ": year");
            assertEquals(ours.get("DO"), text(theirs.get("doi")), where + ": DOI");
        }
    }

    /** A strict-mode problem is allowed only for a type without requirements or a field the record lacks. */
    private static void checkStrictProblem(String problem, List<String> keys, JsonNode csl, String where) {
        Matcher type = INVALID_TYPE.matcher(problem);
        if (type.matches()) {
            assertTrue(TYPES_WITHOUT_REQUIREMENTS.contains(type.group(2)), where + ": " + problem);
            return;
        }
        Matcher missing = MISSING.matcher(problem);
        assertTrue(missing.matches(), where + ": unexpected citation.js strict-mode problem: " + problem);
        int index = keys.indexOf(missing.group(1));
        assertTrue(index >= 0, where + ": strict-mode problem names an unknown key: " + problem);
        JsonNode item = csl.get(index);
        for (String group : missing.group(2).split(", ")) {
            for (String field : group.split("/")) {
                List<String> sources = CSL_SOURCES.get(field);
                assertTrue(sources != null, where + ": no CSL source known for required field " + field);
                for (String variable : sources) {
                    assertTrue(!has(item, variable), where + ": citation.js says " + problem
                            + ", but the record has " + variable + " = " + item.get(variable));
                }
            }
        }
    }

    /** True when the CSL item has the variable; a date counts only when it was read (date-parts). */
    private static boolean has(JsonNode item, String variable) {
        JsonNode v = item.get(variable);
        if (v == null || v.isNull()) {
            return false;
        }
        if (variable.equals("issued")) {
            return v.has("date-parts");
        }
        return !(v.isTextual() && v.asText().isBlank()) && !(v.isArray() && v.isEmpty());
    }

    /**
     * The year citation.js should read: the start year of a read date. For a range, biblatex's
     * {@code date = {1998/2003}} gives the start year, while BibTeX's {@code year = {1998--2003}}
     * is no number and citation.js reads no year (docs/bibtex.md, "Dates").
     */
    private static String startYear(JsonNode item, String dialect) {
        JsonNode parts = item.path("issued").path("date-parts");
        if (!parts.isArray() || parts.isEmpty() || parts.size() > 1 && dialect.equals("bibtex")) {
            return null;
        }
        return parts.get(0).get(0).asText();
    }

    private static String family(String au) {
        if (au == null) {
            return null;
        }
        int comma = au.indexOf(',');
        return comma < 0 ? au : au.substring(0, comma);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> keys(String bib) {
        List<String> keys = new ArrayList<>();
        Matcher m = ENTRY.matcher(bib);
        while (m.find()) {
            keys.add(m.group(2));
        }
        return keys;
    }

    /** Our RIS records, each as the first value of every tag (a strict line check is RisInjectionTest's). */
    private static List<Map<String, String>> risRecords(String ris) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : ris.split("\r\n|\n", -1)) {
            Matcher m = RIS_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (m.group(1).equals("TY")) {
                current = new java.util.HashMap<>();
                out.add(current);
            }
            if (current != null) {
                current.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return out;
    }

    private static JsonNode read(String format, String text) throws Exception {
        Path dir = HARNESS.toAbsolutePath();
        ExternalTools.Result r = ExternalTools.run(dir, text, "node", dir.resolve("read.js").toString(), format);
        assertEquals(0, r.code(), "citation.js could not read our " + format + ":\n" + r.output());
        return JSON.readTree(r.output());
    }

    private static void requireHarness() {
        boolean ready = ExternalTools.onPath("node")
                && Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-bibtex"))
                && Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-ris"));
        if (!ExternalTools.ci()) {
            assumeTrue(ready, "node or tests-js/node_modules missing (run npm ci in tests-js)");
        }
        assertTrue(ready, "CI=true but node or tests-js/node_modules is missing: .ci/run must install them");
    }
}

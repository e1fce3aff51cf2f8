package io.github.catconv.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the CSL-JSON of each sample against {@code samples/expected-facts.tsv}: facts written
 * down by a person from the dumps themselves, never from catconv's output.
 */
class ExpectedFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** file → record id → variable → expected values in order. */
    static Map<String, Map<String, Map<String, List<String>>>> facts() throws IOException {
        Map<String, Map<String, Map<String, List<String>>>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(GoldenFilesTest.SAMPLES.resolve("expected-facts.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", 4);
            out.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).computeIfAbsent(c[1], k -> new LinkedHashMap<>())
                    .computeIfAbsent(c[2], k -> new ArrayList<>()).add(c[3]);
        }
        return out;
    }

    static Stream<Arguments> records() throws IOException {
        List<Arguments> args = new ArrayList<>();
        facts().forEach((file, recs) -> recs.forEach((id, vars) -> args.add(Arguments.of(file, id, vars))));
        return args.stream();
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("records")
    void recordHasExpectedFacts(String file, String id, Map<String, List<String>> vars) throws IOException {
        JsonNode items = JSON.readTree(GoldenFilesTest.convert("csl-json", file));
        JsonNode item = null;
        if (id.startsWith("#")) {
            // "#N": the N-th record of the file, for records without an id.
            item = items.get(Integer.parseInt(id.substring(1)) - 1);
        }
        for (JsonNode i : items) {
            if (i.path("id").asText().equals(id)) {
                item = i;
            }
        }
        assertNotNull(item, "no record " + id + " in " + file);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : vars.entrySet()) {
            List<String> actual = actual(item, e.getKey());
            List<String> expected = e.getValue();
            if (e.getKey().equals("abstract")) {
                String prefix = expected.get(0).replaceAll("…$", "");
                if (actual.isEmpty() || !actual.get(0).startsWith(prefix)) {
                    problems.add("abstract: expected to start with '" + prefix + "', got " + actual);
                }
            } else if (!matches(e.getKey(), expected, actual)) {
                problems.add(e.getKey() + ": expected " + expected + ", got " + actual);
            }
        }
        assertTrue(problems.isEmpty(), file + " [" + id + "]:\n  " + String.join("\n  ", problems));
    }

    private static boolean matches(String var, List<String> expected, List<String> actual) {
        if (var.equals("ISBN") || var.equals("ISSN") || var.equals("URL")) {
            return actual.size() == 1 && expected.stream().allMatch(x -> actual.get(0).contains(x));
        }
        return expected.equals(actual);
    }

    /** The variable's value(s) in the same text form as the facts file. */
    static List<String> actual(JsonNode item, String var) {
        JsonNode v = item.get(var);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode n : v) {
                if (n.has("literal")) {
                    out.add(n.get("literal").asText());
                } else {
                    String family = (n.has("non-dropping-particle") ? n.get("non-dropping-particle").asText() + " " : "")
                            + n.path("family").asText();
                    String given = n.path("given").asText("") + (n.has("dropping-particle") ? " " + n.get("dropping-particle").asText() : "");
                    String name = given.isBlank() ? family : family + ", " + given.strip();
                    out.add(n.has("suffix") ? name + ", " + n.get("suffix").asText() : name);
                }
            }
        } else if (v.isObject()) {
            if (v.has("date-parts")) {
                List<String> parts = new ArrayList<>();
                for (JsonNode dp : v.get("date-parts")) {
                    StringBuilder sb = new StringBuilder();
                    for (JsonNode x : dp) {
                        sb.append(sb.length() == 0 ? "" : "-").append(x.asInt() < 10 && sb.length() > 0 ? "0" : "").append(x.asInt());
                    }
                    parts.add(sb.toString());
                }
                out.add(String.join("/", parts) + (v.path("circa").asBoolean(false) ? "~" : ""));
            } else if (v.has("literal")) {
                out.add(v.get("literal").asText());
            }
        } else {
            out.add(v.asText());
        }
        return out;
    }
}

package io.github.catconv.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks catconv's formatted bibliographies against citeproc-js, the reference CSL engine
 * (docs/citations.md gives the comparison and its accepted differences).
 *
 * <p>The CSL-JSON of every sample is rendered by citeproc-js (through citation.js,
 * {@code tests-js/render.js}) in APA, Vancouver, Chicago author-date and IEEE, with the very same
 * style and locale files catconv uses, and compared entry by entry with catconv's
 * {@code --to citation} text output. Only trailing whitespace is normalised. Every entry that
 * differs must be listed, with the reason, in {@code cite/citeproc-js-known-differences.tsv}; a new
 * difference fails, and so does a listed one that went away. Runs when {@code node} and
 * {@code tests-js/node_modules} exist, and always when {@code CI=true}.
 * {@code -Dcatconv.citeproc.record=true} rewrites the list's keys (reasons must then be written
 * by hand: the test refuses an empty reason).
 */
class CiteprocJsComparisonTest {

    private static final List<String> STYLES = List.of("apa", "vancouver", "chicago-author-date", "ieee");
    private static final Path KNOWN = Path.of("src/test/resources/cite/citeproc-js-known-differences.tsv");
    private static final Path HARNESS = Path.of("tests-js");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void catconvAgreesWithCiteprocJsExceptForKnownEngineDifferences() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean ready = Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-csl")) && nodeWorks();
        if (!ci) {
            assumeTrue(ready, "node or tests-js/node_modules missing (run npm ci in tests-js)");
        }
        assertTrue(ready, "CI=true but node or tests-js/node_modules is missing: .ci/run must install them");

        List<Path> samples = samples();
        ObjectNode input = harnessInput(samples);
        JsonNode js = runNode(input);
        Map<String, String> actual = new TreeMap<>();
        for (Path sample : samples) {
            for (String style : STYLES) {
                compare(sample, style, js.get(key(sample, style)), actual);
            }
        }
        Map<String, String> known = readKnown();
        if (Boolean.getBoolean("catconv.citeproc.record")) {
            writeKnown(actual, known);
        }
        StringBuilder report = new StringBuilder();
        actual.forEach((k, v) -> {
            if (!known.containsKey(k)) {
                report.append("NEW DIFFERENCE ").append(k).append('\n').append(v).append('\n');
            }
        });
        known.forEach((k, reason) -> {
            if (!actual.containsKey(k)) {
                report.append("GONE (remove from the list) ").append(k).append('\n');
            } else if (reason.isBlank()) {
                report.append("NO REASON GIVEN ").append(k).append('\n');
            }
        });
        assertEquals("", report.toString());
    }

    private static void compare(Path sample, String style, JsonNode entries, Map<String, String> out) {
        Cli.Result r = Cli.run("convert", sample.toString(), "--to", "citation", "--style", style);
        List<String> ours = r.out().lines().map(String::stripTrailing).toList();
        int n = Math.max(ours.size(), entries == null ? 0 : entries.size());
        for (int i = 0; i < n; i++) {
            JsonNode e = entries != null && i < entries.size() ? entries.get(i) : null;
            String id = e == null ? "#" + i : e.get(0).asText();
            String theirs = e == null ? "(none)" : e.get(1).asText().stripTrailing();
            String mine = i < ours.size() ? ours.get(i) : "(none)";
            if (!mine.equals(theirs)) {
                out.put(style + "\t" + sample.getFileName() + "\t" + id,
                        "  catconv:     " + mine + "\n  citeproc-js: " + theirs);
            }
        }
    }

    private static ObjectNode harnessInput(List<Path> samples) throws IOException {
        ObjectNode input = JSON.createObjectNode();
        ObjectNode styles = input.putObject("styles");
        for (String style : STYLES) {
            styles.put("catconv-" + style, StyleCatalog.load(style).xml());
        }
        input.putObject("locales").put("en-US", ClasspathJar.read("locales-en-US.xml").orElseThrow());
        ArrayNode jobs = input.putArray("jobs");
        for (Path sample : samples) {
            Cli.Result csl = Cli.run("convert", sample.toString(), "--to", "csl-json");
            JsonNode items = JSON.readTree(csl.out());
            for (String style : STYLES) {
                ObjectNode job = jobs.addObject();
                job.put("key", key(sample, style));
                job.put("style", "catconv-" + style);
                job.put("lang", "en-US");
                job.set("items", items);
            }
        }
        return input;
    }

    private static String key(Path sample, String style) {
        return style + "/" + sample.getFileName();
    }

    private static JsonNode runNode(ObjectNode input) throws Exception {
        Path in = Files.createTempFile("catconv-citeproc-js", ".json");
        Path out = Files.createTempFile("catconv-citeproc-js", ".out");
        try {
            JSON.writeValue(in.toFile(), input);
            Process p = new ProcessBuilder("node", "render.js").directory(HARNESS.toFile())
                    .redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "citeproc-js did not finish in 120 s");
            assertEquals(0, p.exitValue(), "tests-js/render.js failed");
            return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Lines {@code style<TAB>sample<TAB>item-id<TAB>reason}; {@code #} starts a comment. */
    private static Map<String, String> readKnown() throws IOException {
        Map<String, String> known = new TreeMap<>();
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 4);
            known.put(f[0] + "\t" + f[1] + "\t" + f[2], f.length > 3 ? f[3] : "");
        }
        return known;
    }

    private static void writeKnown(Map<String, String> actual, Map<String, String> known) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                lines.add(line);
            }
        }
        actual.keySet().forEach(k -> lines.add(k + "\t" + known.getOrDefault(k, "")));
        Files.write(KNOWN, lines, StandardCharsets.UTF_8);
    }
}

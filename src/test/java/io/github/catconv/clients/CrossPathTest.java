package io.github.catconv.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.cli.Main;
import io.github.catconv.model.RecordType;
import io.github.catconv.testsupport.ExternalTools;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cross paths agree with citation.js (@citation-js/core 0.9 with plugin-bibtex, plugin-ris,
 * plugin-csl; {@code tests-js/convert.js}) on the fields both carry.
 *
 * <p>For every input format X and output format Y ≠ X: citation.js reads the input X into CSL (the
 * reference: what an independent reader makes of X); catconv converts X to Y; citation.js reads
 * catconv's Y into CSL (for Y = CSL-JSON catconv's output is taken as it is). The two CSL
 * readings must agree on every compared variable that both hold. The inputs are catconv's own
 * output of every sample in X (332 records) and the real-world exports in
 * {@code src/test/resources/read} that citation.js can read. Where they may differ, a named rule
 * says why ({@link #RULES}, the table in {@code docs/readers.md}), and every rule must be needed.
 *
 * <p>Skipped when node or {@code tests-js/node_modules} is missing, unless {@code CI=true}.
 */
class CrossPathTest {

    private static final Path HARNESS = Path.of("tests-js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("bibtex", "biblatex", "ris", "csl-json");
    private static final List<String> COMPARED = List.of("type", "title", "author", "editor", "translator",
            "container-title", "volume", "issue", "page", "issued", "DOI", "ISBN", "ISSN", "URL", "publisher",
            "publisher-place", "edition", "abstract", "keyword", "genre", "collection-title", "number-of-pages");
    /** Real-world exports citation.js reads (it refuses hand.bib's broken entries and zotero-bbt.bib's bookauthor). */
    private static final Map<String, List<String>> FIXTURES = Map.of(
            "bibtex", List.of("jabref.bib"),
            "ris", List.of("endnote.ris", "zotero.ris", "mendeley.ris", "wos.ris"),
            "csl-json", List.of("zotero.json"));

    /** The paths on which citation.js reads BibTeX written by catconv (ASCII, with accent commands). */
    private static final List<String> BIBTEX_READ = List.of("bibtex→csl-json", "bibtex→biblatex", "bibtex→ris",
            "biblatex→bibtex", "ris→bibtex", "csl-json→bibtex");

    /** A documented reason why the two readings may differ on a variable: (citation.js's, ours) → applies. */
    private record Rule(String name, List<String> variables, BiPredicate<Object, Object> applies, List<String> paths) {
    }

    /**
     * The differences and their reasons (docs/readers.md, "Where catconv and citation.js differ").
     * {@code paths} lists the "X→Y" paths a rule may apply to.
     */
    private static final List<Rule> RULES = List.of(
            new Rule("citation.js reads an accented \\i ({\\'\\i}, {\\u\\i}) as a dotless i with the accent (ı́), catconv as í",
                    List.of("author", "title"), CrossPathTest::sameButForDotlessI, BIBTEX_READ),
            new Rule("RIS cannot mark a name as literal: citation.js splits an organisation at its comma", List.of("author"),
                    CrossPathTest::sameButForCommaSplitNames,
                    List.of("bibtex→ris", "biblatex→ris", "ris→csl-json", "ris→bibtex", "ris→biblatex", "csl-json→ris")),
            new Rule("citation.js reads RIS JFULL (a periodical) as a journal article; BibTeX and BibLaTeX have no"
                    + " periodical type, so catconv writes misc (read as document)", List.of("type"),
                    (a, b) -> Objects.equals(a, "periodical") && List.of("document", "article-journal").contains(b)
                            || Objects.equals(a, "article-journal") && List.of("periodical", "document").contains(b),
                    List.of("ris→csl-json", "ris→bibtex", "ris→biblatex", "csl-json→bibtex", "csl-json→biblatex",
                            "csl-json→ris")),
            new Rule("a CSL type outside the model's closed set becomes the closest one (post-weblog → webpage),"
                    + " which BibTeX writes as misc", List.of("type"),
                    (a, b) -> RecordType.fromCslType(String.valueOf(a)).isEmpty(),
                    List.of("csl-json→bibtex", "csl-json→biblatex", "csl-json→ris")));

    @TempDir
    Path dir;

    static Stream<Arguments> paths() {
        List<Arguments> out = new ArrayList<>();
        for (String from : FORMATS) {
            for (String to : FORMATS) {
                if (!from.equals(to)) {
                    out.add(Arguments.of(from, to));
                }
            }
        }
        return out.stream();
    }

    private static final Map<String, Integer> RULES_USED = new LinkedHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger PATHS_RUN = new java.util.concurrent.atomic.AtomicInteger();

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("paths")
    void crossPathAgreesWithCitationJs(String from, String to) throws Exception {
        requireHarness();
        List<Path> inputs = new ArrayList<>();
        Path corpus = dir.resolve("corpus." + from);
        Files.writeString(corpus, catconv(Samples.all().stream().map(Path::toString).toList(), null, from),
                StandardCharsets.UTF_8);
        inputs.add(corpus);
        FIXTURES.getOrDefault(from, List.of()).forEach(f -> inputs.add(Path.of("src/test/resources/read", f)));
        List<String> problems = new ArrayList<>();
        String path = from + "→" + to;
        for (Path input : inputs) {
            JsonNode reference = JSON.readTree(citationJs(from, "csl-json", Files.readString(input, StandardCharsets.UTF_8)));
            String ours = catconv(List.of(input.toString()), from, to);
            JsonNode oursRead = to.equals("csl-json") ? JSON.readTree(ours) : JSON.readTree(citationJs(to, "csl-json", ours));
            assertEquals(reference.size(), oursRead.size(), path + " of " + input.getFileName() + ": records");
            for (int i = 0; i < reference.size(); i++) {
                for (String variable : COMPARED) {
                    Object a = normalize(variable, reference.get(i).get(variable));
                    Object b = normalize(variable, oursRead.get(i).get(variable));
                    if (a == null || b == null || a.equals(b)) {
                        continue;
                    }
                    Rule rule = RULES.stream().filter(r -> r.variables().contains(variable) && r.paths().contains(path)
                            && r.applies().test(a, b)).findFirst().orElse(null);
                    if (rule == null) {
                        problems.add(input.getFileName() + " #" + (i + 1) + " " + variable + ": citation.js " + a
                                + " / catconv " + b);
                    } else {
                        synchronized (RULES_USED) {
                            RULES_USED.merge(rule.name() + " @ " + path, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems, path + ": differences no rule explains");
        if (PATHS_RUN.incrementAndGet() == FORMATS.size() * (FORMATS.size() - 1)) {
            // All paths ran: by now every rule must have been needed somewhere, or its doc is stale.
            for (Rule r : RULES) {
                assertTrue(RULES_USED.keySet().stream().anyMatch(k -> k.startsWith(r.name())), "rule never needed: " + r.name());
            }
        }
    }

    /** The comparable form of a CSL value: names as display strings, the start year, first ISBN/ISSN/URL … */
    static Object normalize(String variable, JsonNode v) {
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            return null;
        }
        switch (variable) {
            case "author", "editor", "translator" -> {
                List<String> names = new ArrayList<>();
                v.forEach(n -> names.add(name(n)));
                return names;
            }
            case "issued" -> {
                JsonNode parts = v.path("date-parts");
                JsonNode first = parts.path(0).path(0);
                return first.isMissingNode() || first.asText().isEmpty() ? null : first.asInt();
            }
            case "ISBN", "ISSN" -> {
                // catconv writes every ISBN space-separated, citation.js reads RIS's several SN as a list
                String first = v.isArray() ? v.path(0).asText() : v.asText().split("\\s+")[0];
                return first.replace("-", "");
            }
            case "URL", "collection-title" -> {
                // CSL has one of each; catconv notes the others, citation.js reads RIS's several as a list
                return text(v.isArray() ? v.path(0).asText() : v.asText());
            }
            case "publisher" -> {
                if (v.isArray()) {
                    List<String> parts = new ArrayList<>();
                    v.forEach(p -> parts.add(p.asText()));
                    return text(String.join(" and ", parts)); // citation.js reads publisher as a list split at "and"
                }
                return text(v.asText());
            }
            case "keyword" -> {
                return new TreeSet<>(Arrays.stream(v.asText().split("[,;]")).map(CrossPathTest::text)
                        .filter(s -> !s.isEmpty()).toList());
            }
            case "page" -> {
                return text(v.asText().replace("–", "-").replace("--", "-"));
            }
            default -> {
                return text(v.asText());
            }
        }
    }

    private static String name(JsonNode n) {
        if (n.has("literal")) {
            return text(n.get("literal").asText());
        }
        List<String> parts = new ArrayList<>();
        for (String k : List.of("given", "dropping-particle", "non-dropping-particle", "family", "suffix")) {
            if (n.hasNonNull(k)) {
                parts.add(n.get(k).asText());
            }
        }
        return text(String.join(" ", parts));
    }

    private static String text(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Equal once a dotless ı followed by combining marks is read as i with them (NFC). */
    private static boolean sameButForDotlessI(Object a, Object b) {
        return dotted(a).equals(dotted(b));
    }

    private static String dotted(Object value) {
        String s = Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFD).replaceAll("ı(?=\\p{M})", "i");
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Same names, but for one split at a comma: "N.Y.) Institute … (New York" against "Institute … (New York, N.Y.)". */
    @SuppressWarnings("unchecked")
    private static boolean sameButForCommaSplitNames(Object a, Object b) {
        // citation.js's dotless i may come with the split (reading catconv's BibTeX, then its RIS)
        List<String> x = ((List<String>) a).stream().map(CrossPathTest::dotted).toList();
        List<String> y = ((List<String>) b).stream().map(CrossPathTest::dotted).toList();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            String p = x.get(i);
            String q = y.get(i);
            if (!p.equals(q) && !(sortedWords(p).equals(sortedWords(q)) && (p.contains(",") || q.contains(",")))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sortedWords(String s) {
        return Arrays.stream(s.replace(",", " ").split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    private static String catconv(List<String> inputs, String from, String to) {
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(inputs);
        if (from != null) {
            args.addAll(List.of("--from", from));
        }
        args.addAll(List.of("--to", to));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertTrue(code == 0 || code == 65, "exit " + code + ": " + err);
        return out.toString();
    }

    private static String citationJs(String from, String to, String text) throws IOException, InterruptedException {
        Path dir = HARNESS.toAbsolutePath();
        ExternalTools.Result r = ExternalTools.run(dir, text, "node", dir.resolve("convert.js").toString(), from, to);
        assertEquals(0, r.code(), "citation.js could not convert " + from + " to " + to + ":\n" + r.output());
        return r.output();
    }

    private static void requireHarness() {
        boolean ready = ExternalTools.onPath("node")
                && Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-bibtex"))
                && Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-ris"))
                && Files.isDirectory(HARNESS.resolve("node_modules/@citation-js/plugin-csl"));
        if (!ExternalTools.ci()) {
            assumeTrue(ready, "node or tests-js/node_modules missing (run npm ci in tests-js)");
        }
        assertTrue(ready, "CI=true but node or tests-js/node_modules is missing: .ci/run must install them");
    }
}

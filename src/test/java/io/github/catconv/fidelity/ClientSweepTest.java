package io.github.catconv.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.cli.Main;
import io.github.catconv.read.SampleCorpus;
import io.github.catconv.testsupport.CslSchema;
import io.github.catconv.testsupport.ExternalTools;
import io.github.catconv.testsupport.Formats;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer's output of a large, varied corpus through the real clients (issue 14,
 * docs/clients.md): bibtex with plain.bst and apalike.bst, {@code biber --tool
 * --validate-datamodel}, pandoc reading BibTeX, BibLaTeX and CSL-JSON, {@code pandoc --citeproc}
 * rendering every item, bibutils' ris2xml, citation-js reading BibTeX, BibLaTeX, RIS and CSL-JSON,
 * the CSL schema, and an RFC 4180 parse of the CSV.
 *
 * <p>Each client must count exactly the entries written, ids and keys must be unique, and every
 * line a client prints as a warning must match the short {@link #ALLOWED} list, whose every entry
 * names the fact the record lacks (or, for two, the limit of the client) that justifies it.
 *
 * <p>Input: every sample; records of the fidelity corpus rendered as VuFind pages, MARC staff views
 * and Solr exports in every layout and UI language; and generated records with odd value shapes,
 * as CSL-JSON. CI runs a fixed slice; {@code tools/clients.sh} (-Dcatconv.clients.full=true) runs
 * the whole corpus in every layout and writes the figures of docs/clients.md to
 * {@code target/clients/report.md}.
 */
class ClientSweepTest {

    private static final boolean FULL = Boolean.getBoolean("catconv.clients.full");
    /** Fidelity-corpus records in the CI slice (each in one layout, as the fidelity slice places them). */
    private static final int SLICE = 240;
    private static final int CHUNK = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A warning a client may print, and why: the missing fact (or the client's limit) behind it. */
    record Allowed(String client, Pattern line, String reason) {
    }

    /** The RIS types that bibutils knows no code for (docs/ris.md, "Type codes"). */
    private static final String SPEC_ONLY_TYPES = "DATA|MANSCPT|VIDEO|SOUND|MUSIC|ART|ENCYC";

    static final List<Allowed> ALLOWED = List.of(
            new Allowed("bibtex", Pattern.compile("Warning--empty (\\w+)(?: and (\\w+))? in (\\S+)"),
                    "the record lacks that fact (journal, year, publisher, author and editor, booktitle, school, "
                            + "institution, note of an unpublished work …); the sweep checks that the entry has no such field"),
            new Allowed("bibtex", Pattern.compile("Warning--there's a number but no volume in (\\S+)"),
                    "an article with an issue number whose catalog record gives no volume"),
            new Allowed("biber", Pattern.compile("WARN - Datamodel: Entry '([^']+)' \\([^)]*\\): Missing mandatory field "
                    + "(?:- one of )?'([^']+)'.*"),
                    "the record lacks that fact (date, journaltitle, author, booktitle, editor …); the sweep checks "
                            + "that the entry has no such field"),
            new Allowed("ris2xml", Pattern.compile("ris2xml: Did not recognize type '(" + SPEC_ONLY_TYPES
                    + ")' of refnum .*|\\s*Defaulting to STD\\."),
                    "bibutils 7.2 knows no RIS code for datasets, manuscripts, videos, sound recordings, scores, "
                            + "pictures or encyclopedia entries; the codes it knows would be the wrong type in Zotero or "
                            + "citation-js; it reads the record as its generic STD with every field (docs/ris.md)"),
            new Allowed("ris2xml", Pattern.compile("ris2xml: unused tag DATABASEPROV"),
                    "DP, the catalog that holds the record (Zotero's Library Catalog), has no field in bibutils' MODS: "
                            + "a limit of bibutils, not a fault of the record"),
            new Allowed("ris2xml", Pattern.compile("ris2xml: unused tag DATE:OTHER"),
                    "the free-text part of DA (an approximate date or a range as the catalog gives it, [1998?], "
                            + "1998-2003) has no field in bibutils' MODS; the year is read from PY"),
            new Allowed("ris2xml", Pattern.compile("ris2xml: unused tag TITLE"),
                    "bibutils holds one level-2 title: an article in a series (T3) whose journal abbreviation (J2) is "
                            + "known too keeps the series in MODS, not the abbreviation"));

    /** One client's result: entries it read, and its warning lines in classes. */
    static final class Tally {
        final String client;
        long written;
        long read = -1;
        final Map<String, Long> allowed = new TreeMap<>();
        final List<String> unexpected = new ArrayList<>();

        Tally(String client) {
            this.client = client;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    /** The conversion's own count line. */
    private String summary = "";

    @Test
    void everyClientAcceptsEveryOutput(@TempDir Path tmp) throws Exception {
        for (String program : List.of("bibtex", "biber", "pandoc", "ris2xml", "node")) {
            ExternalTools.require(program);
        }
        assumeTrue(ExternalTools.ci() || Files.isDirectory(Path.of("tests-js/node_modules")),
                "tests-js/node_modules missing: run npm ci in tests-js");
        List<String> inputs = inputs(tmp.resolve("in"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Map<String, Long> written = new LinkedHashMap<>();
        for (String format : List.of("bibtex", "biblatex", "csl-json", "ris", "csv")) {
            String ext = Map.of("bibtex", "bib", "biblatex", "bib", "csl-json", "json", "ris", "ris", "csv", "csv").get(format);
            Path file = out.resolve(format + "." + ext);
            written.put(format, convert(inputs, format, file));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        bibtex(work, out.resolve("bibtex.bib"), "plain", written.get("bibtex"));
        bibtex(work, out.resolve("bibtex.bib"), "apalike", written.get("bibtex"));
        biber(work, out.resolve("biblatex.bib"), written.get("biblatex"));
        pandocReads(work, out.resolve("bibtex.bib"), "bibtex", written.get("bibtex"));
        pandocReads(work, out.resolve("biblatex.bib"), "biblatex", written.get("biblatex"));
        pandocReads(work, out.resolve("csl-json.json"), "csljson", written.get("csl-json"));
        pandocRenders(work, out.resolve("csl-json.json"), written.get("csl-json"));
        ris2xml(work, out.resolve("ris.ris"), written.get("ris"));
        for (String format : List.of("bibtex", "biblatex", "ris", "csl-json")) {
            String file = Map.of("bibtex", "bibtex.bib", "biblatex", "biblatex.bib", "ris", "ris.ris", "csl-json",
                    "csl-json.json").get(format);
            citationJs(work, out.resolve(file), format, written.get(format));
        }
        cslSchema(out.resolve("csl-json.json"), written.get("csl-json"));
        csv(out.resolve("csv.csv"), written.get("csv"));
        uniqueIds(out);

        String keep = System.getProperty("catconv.clients.keep");
        if (keep != null) {
            Path k = Files.createDirectories(Path.of(keep));
            try (var files = Files.list(out)) {
                for (Path f : files.toList()) {
                    Files.copy(f, k.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String report = report(inputs.size(), written);
        Path reportDir = Files.createDirectories(Path.of("target/clients"));
        Files.writeString(reportDir.resolve(FULL ? "report.md" : "report-slice.md"), report, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (Tally t : tallies.values()) {
            if (t.read != t.written) {
                problems.add(t.client + ": read " + t.read + " of " + t.written + " entries");
            }
            t.unexpected.stream().limit(20).forEach(u -> problems.add(t.client + ": " + u));
            if (t.unexpected.size() > 20) {
                problems.add(t.client + ": … and " + (t.unexpected.size() - 20) + " more");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\n" + report);
    }

    // ---- inputs -------------------------------------------------------------------------------

    /** The sample files, the rendered fidelity corpus and the generated records, as input paths. */
    private static List<String> inputs(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> paths = new ArrayList<>();
        Samples.all().forEach(p -> paths.add(p.toString()));
        VufindStrings strings = VufindStrings.load();
        VufindRenderer renderer = new VufindRenderer(strings);
        List<SourceRecord> corpus = BibCorpus.load();
        List<FidelityHarnessTest.Placed> placed = new ArrayList<>();
        FidelityHarnessTest.Layout[] layouts = FidelityHarnessTest.Layout.values();
        if (FULL) {
            for (int i = 0; i < corpus.size(); i++) {
                SourceRecord r = corpus.get(i);
                for (FidelityHarnessTest.Layout l : layouts) {
                    String lang = strings.languages.get((i + l.ordinal()) % strings.languages.size());
                    placed.add(new FidelityHarnessTest.Placed(r, l, l.hasUiLanguage() ? lang : null,
                            FidelityHarnessTest.isbd(r.id()), false));
                }
            }
        } else {
            // The worked part only (the held-out part stays unseen), in a fixed order unrelated to the file's.
            List<SourceRecord> worked = new ArrayList<>(corpus.stream().filter(r -> !FidelityHarnessTest.heldOut(r.id())).toList());
            worked.sort(Comparator.comparing(r -> Integer.toHexString(r.id().hashCode() * 17 + 3)));
            for (int i = 0; i < SLICE && i < worked.size(); i++) {
                SourceRecord r = worked.get(i);
                FidelityHarnessTest.Layout l = layouts[i % layouts.length];
                String lang = strings.languages.get((i * 7) % strings.languages.size());
                placed.add(new FidelityHarnessTest.Placed(r, l, l.hasUiLanguage() ? lang : null,
                        FidelityHarnessTest.isbd(r.id()), false));
            }
        }
        Map<FidelityHarnessTest.Layout, List<FidelityHarnessTest.Placed>> byLayout = new LinkedHashMap<>();
        placed.forEach(p -> byLayout.computeIfAbsent(p.layout(), k -> new ArrayList<>()).add(p));
        int file = 0;
        for (Map.Entry<FidelityHarnessTest.Layout, List<FidelityHarnessTest.Placed>> e : byLayout.entrySet()) {
            List<FidelityHarnessTest.Placed> all = e.getValue();
            for (int start = 0; start < all.size(); start += CHUNK) {
                List<FidelityHarnessTest.Placed> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
                FidelityHarnessTest.Layout l = e.getKey();
                Path input = dir.resolve(String.format(Locale.ROOT, "%05d-%s.%s", file++, l.name().toLowerCase(Locale.ROOT),
                        l == FidelityHarnessTest.Layout.SOLR_JSON ? "json" : l == FidelityHarnessTest.Layout.SOLR_XML ? "xml" : "txt"));
                Files.write(input, FidelityHarnessTest.render(renderer, l, chunk));
                paths.add(input.toString());
            }
        }
        Path generated = dir.resolve("generated.json");
        Files.writeString(generated, Formats.write("csl-json", Map.of(), SampleCorpus.generated(FULL ? 3000 : 300, 20261204L)),
                StandardCharsets.UTF_8);
        paths.add(generated.toString());
        return paths;
    }

    /** Converts all inputs with the CLI; returns the number of records written. */
    private long convert(List<String> inputs, String format, Path file) {
        List<String> args = new ArrayList<>(List.of("convert"));
        args.addAll(inputs);
        args.addAll(List.of("--to", format, "-o", file.toString(), "--stats", "--quiet"));
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
        Matcher m = Pattern.compile("(\\d+) records read, (\\d+) written, (\\d+) rejected, (\\d+) skipped").matcher(err.toString());
        assertTrue(code == 0 && m.find(), format + ": exit " + code + "\n" + err);
        summary = m.group(0) + " (skipped: repeats identical in every field, docs/usage.md)";
        return Long.parseLong(m.group(2));
    }

    // ---- clients ------------------------------------------------------------------------------

    private Tally tally(String client, long written) {
        Tally t = new Tally(client);
        t.written = written;
        tallies.put(client, t);
        return t;
    }

    /** Sorts each line into an allowed class of {@code client} or the unexpected list. */
    private static void classify(Tally t, String clientFamily, List<String> lines, Map<String, Map<String, String>> entries) {
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Allowed hit = null;
            Matcher m = null;
            for (Allowed a : ALLOWED) {
                Matcher candidate = a.line().matcher(line.strip());
                if (a.client().equals(clientFamily) && candidate.matches()) {
                    hit = a;
                    m = candidate;
                    break;
                }
            }
            if (hit == null) {
                t.unexpected.add(line);
                continue;
            }
            if (entries != null && !reallyMissing(clientFamily, m, entries)) {
                t.unexpected.add(line + "  (the entry has that field)");
                continue;
            }
            t.allowed.merge(className(line), 1L, Long::sum);
        }
    }

    /** For "empty X in KEY" and "Missing mandatory field X": the entry KEY indeed has no field X. */
    private static boolean reallyMissing(String clientFamily, Matcher m, Map<String, Map<String, String>> entries) {
        if (clientFamily.equals("bibtex") && m.groupCount() == 3) {
            Map<String, String> e = entries.get(m.group(3));
            return e != null && !e.containsKey(m.group(1)) && (m.group(2) == null || !e.containsKey(m.group(2)));
        }
        if (clientFamily.equals("biber")) {
            Map<String, String> e = entries.get(m.group(1));
            if (e == null) {
                return false;
            }
            for (String field : m.group(2).split(",\\s*")) {
                if (e.containsKey(field.strip())) {
                    return false;
                }
            }
            return true;
        }
        return true;
    }

    /** A warning without its particulars (keys, numbers, titles), to count by class. */
    private static String className(String line) {
        String s = line.strip();
        s = s.replaceAll(" in \\S+$", " in KEY").replaceAll("Entry '[^']+'", "Entry 'KEY'")
                .replaceAll("\\((?:[^)]*)\\)", "(…)")
                .replaceAll("refnum .*", "refnum N").replaceAll("\\b\\d+\\b", "N");
        return s;
    }

    private void bibtex(Path work, Path bib, String style, long written) throws Exception {
        Tally t = tally("bibtex " + style, written);
        Path dir = Files.createDirectories(work.resolve("bibtex-" + style));
        Files.copy(bib, dir.resolve("refs.bib"));
        Files.writeString(dir.resolve("doc.aux"), "\\citation{*}\n\\bibstyle{" + style + "}\n\\bibdata{refs}\n");
        Run r = exec(dir, null, "bibtex", "doc");
        List<String> warnings = new ArrayList<>();
        for (String line : lenient(dir.resolve("doc.blg")).split("\n")) {
            if (line.startsWith("Warning--") || line.contains("error message") || line.startsWith("I was expecting")
                    || line.startsWith("I'm skipping") || line.startsWith("Repeated entry")) {
                warnings.add(line);
            }
        }
        if (r.code() > 1) {
            warnings.add("exit " + r.code());
        }
        classify(t, "bibtex", warnings, bibEntries(Files.readString(bib, StandardCharsets.UTF_8)));
        t.read = count(lenient(dir.resolve("doc.bbl")), "\\bibitem");
    }

    private void biber(Path work, Path bib, long written) throws Exception {
        Tally t = tally("biber --validate-datamodel", written);
        Path dir = Files.createDirectories(work.resolve("biber"));
        Files.copy(bib, dir.resolve("refs.bib"));
        Run r = exec(dir, null, "biber", "--tool", "--validate-datamodel", "refs.bib");
        List<String> warnings = new ArrayList<>(r.output().lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList());
        if (r.code() != 0) {
            warnings.add("exit " + r.code());
        }
        classify(t, "biber", warnings, bibEntries(Files.readString(bib, StandardCharsets.UTF_8)));
        Path outBib = dir.resolve("refs_bibertool.bib");
        t.read = Files.exists(outBib) ? Pattern.compile("(?m)^@\\w+\\{").matcher(Files.readString(outBib, StandardCharsets.UTF_8)).results().count() : 0;
    }

    private void pandocReads(Path work, Path file, String from, long written) throws Exception {
        Tally t = tally("pandoc -f " + from, written);
        Path json = work.resolve("pandoc-" + from + ".json");
        Run r = exec(work, json, "pandoc", "-f", from, "-t", "csljson", file.toString());
        List<String> warnings = new ArrayList<>(r.output().lines().toList());
        if (r.code() != 0) {
            warnings.add("exit " + r.code());
            t.read = 0;
        } else {
            t.read = JSON.readTree(json.toFile()).size();
        }
        classify(t, "pandoc", warnings, null);
    }

    /** pandoc --citeproc with nocite @*: one csl-entry per item, and no warning. */
    private void pandocRenders(Path work, Path json, long written) throws Exception {
        Tally t = tally("pandoc --citeproc", written);
        Path md = work.resolve("all.md");
        Files.writeString(md, "---\nnocite: |\n  @*\n---\n");
        Path html = work.resolve("all.html");
        Run r = exec(work, null, "pandoc", "--citeproc", "--bibliography", json.toString(), "-t", "html", "-o", html.toString(),
                md.toString());
        List<String> warnings = new ArrayList<>(r.output().lines().toList());
        if (r.code() != 0) {
            warnings.add("exit " + r.code());
        }
        classify(t, "pandoc", warnings, null);
        t.read = Files.exists(html) ? count(lenient(html), "class=\"csl-entry\"") : 0;
    }

    private void ris2xml(Path work, Path ris, long written) throws Exception {
        Tally t = tally("ris2xml", written);
        Path xml = work.resolve("ris.xml");
        Run r = exec(work, xml, "ris2xml", ris.toString());
        // A "Reference N has unused tags." block shows the record (title, year, authors) and then
        // one "'TAG', 'value', level" line per unused tag: counted by tag.
        List<String> lines = new ArrayList<>();
        boolean inBlock = false;
        for (String line : r.output().lines().toList()) {
            Matcher tag = Pattern.compile("ris2xml:\\s+'([A-Z:]+)', .*").matcher(line);
            if (line.matches("ris2xml: Reference \\d+ has unused tags\\.")) {
                inBlock = true;
            } else if (inBlock && tag.matches()) {
                lines.add("ris2xml: unused tag " + tag.group(1));
            } else if (inBlock && line.matches("ris2xml:\\s+(Title|Year|Author\\(s\\)|Unused entries): .*|ris2xml:\\s{5,}\\S.*")) {
                continue;
            } else {
                inBlock = false;
                if (!line.matches("ris2xml: Processed \\d+ references\\.")) { // the count, checked below
                    lines.add(line);
                }
            }
        }
        if (r.code() != 0) {
            lines.add("exit " + r.code());
        }
        classify(t, "ris2xml", lines, null);
        t.read = count(lenient(xml), "<mods ID=");
    }

    private void citationJs(Path work, Path file, String format, long written) throws Exception {
        Tally t = tally("citation-js " + format, written);
        Run r = exec(Path.of("tests-js"), null, file, "node", "read.js", format);
        if (r.code() != 0) {
            classify(t, "citation-js", List.of("exit " + r.code() + ": " + r.output().lines().findFirst().orElse("")), null);
            t.read = 0;
            return;
        }
        JsonNode result = JSON.readTree(r.output().substring(r.output().indexOf('{')));
        List<String> warnings = new ArrayList<>();
        result.path("warnings").forEach(w -> warnings.add(w.asText()));
        classify(t, "citation-js", warnings, null);
        t.read = result.path("count").asLong();
    }

    private void cslSchema(Path json, long written) throws IOException {
        Tally t = tally("CSL schema (csl-data.json)", written);
        String text = Files.readString(json, StandardCharsets.UTF_8);
        classify(t, "csl-schema", CslSchema.validate(text), null);
        t.read = JSON.readTree(text).size();
    }

    /** RFC 4180 (strict Commons CSV), one width, and no cell a spreadsheet would run as a formula. */
    private void csv(Path file, long written) throws IOException {
        Tally t = tally("CSV (RFC 4180, spreadsheet-safe)", written);
        List<String> problems = new ArrayList<>();
        long rows = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int width = -1;
            for (CSVRecord rec : CSVFormat.RFC4180.builder().build().parse(in)) {
                if (width < 0) {
                    width = rec.size();
                    continue;
                }
                rows++;
                if (rec.size() != width) {
                    problems.add("row " + rec.getRecordNumber() + ": " + rec.size() + " cells, header has " + width);
                }
                for (String cell : rec) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        problems.add("row " + rec.getRecordNumber() + ": formula-like cell " + cell);
                    }
                }
            }
        } catch (RuntimeException e) {
            problems.add("not RFC 4180: " + e.getMessage());
        }
        if (!Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "").chars().noneMatch(c -> c == '\r')) {
            problems.add("a bare CR outside a quoted cell");
        }
        classify(t, "csv", problems, null);
        t.read = rows;
    }

    /** CSL-JSON ids, RIS ids (ID, else AN), CSV ids and BibTeX/BibLaTeX keys: each once. */
    private void uniqueIds(Path out) throws IOException {
        Tally t = tally("unique ids and keys", 5);
        List<String> dupes = new ArrayList<>();
        checkUnique("bibtex keys", Pattern.compile("(?m)^@\\w+\\{([^,]+),")
                .matcher(Files.readString(out.resolve("bibtex.bib"))).results().map(r -> r.group(1)).toList(), dupes);
        checkUnique("biblatex keys", Pattern.compile("(?m)^@\\w+\\{([^,]+),")
                .matcher(Files.readString(out.resolve("biblatex.bib"))).results().map(r -> r.group(1)).toList(), dupes);
        List<String> csl = new ArrayList<>();
        JSON.readTree(out.resolve("csl-json.json").toFile()).forEach(i -> csl.add(i.path("id").asText()));
        checkUnique("csl-json ids", csl, dupes);
        List<String> ris = new ArrayList<>();
        for (String block : Files.readString(out.resolve("ris.ris"), StandardCharsets.UTF_8).split("ER  - ")) {
            Matcher id = Pattern.compile("(?m)^ID  - (.*?)\\r?$").matcher(block);
            Matcher an = Pattern.compile("(?m)^AN  - (.*?)\\r?$").matcher(block);
            if (id.find()) {
                ris.add(id.group(1));
            } else if (an.find()) {
                ris.add(an.group(1));
            }
        }
        checkUnique("ris ids", ris, dupes);
        List<String> csv = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(out.resolve("csv.csv"), StandardCharsets.UTF_8)) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).forEach(r -> csv.add(r.get("id")));
        }
        checkUnique("csv ids", csv, dupes);
        classify(t, "ids", dupes, null);
        t.read = 5;
    }

    private static void checkUnique(String what, List<String> values, List<String> dupes) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                dupes.add(what + ": " + v + " twice");
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The entries of a .bib we wrote: key → field names (values not needed). */
    private static Map<String, Map<String, String>> bibEntries(String bib) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : bib.split("\n")) {
            Matcher head = Pattern.compile("^@\\w+\\{([^,]+),").matcher(line);
            if (head.find()) {
                current = new LinkedHashMap<>();
                out.put(head.group(1), current);
            } else if (current != null) {
                Matcher field = Pattern.compile("^  (\\w+) = ").matcher(line);
                if (field.find()) {
                    current.put(field.group(1).toLowerCase(Locale.ROOT), "");
                }
            }
        }
        return out;
    }

    /** A program's output as UTF-8, malformed bytes replaced (bibtex breaks lines inside characters). */
    private static String lenient(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    record Run(int code, String output) {
    }

    private static Run exec(Path dir, Path stdout, String... command) throws Exception {
        return exec(dir, stdout, null, command);
    }

    /** Runs a program; its stdout goes to {@code stdout} when given, else with stderr into the result. */
    private static Run exec(Path dir, Path stdout, Path stdin, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path log = Files.createTempFile("client", ".log");
        if (stdout != null) {
            pb.redirectOutput(stdout.toFile()).redirectError(log.toFile());
        } else {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        assertTrue(p.waitFor(FULL ? 120 : 10, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        String output = lenient(log);
        Files.delete(log);
        return new Run(p.exitValue(), output);
    }

    private String report(int inputFiles, Map<String, Long> written) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Client sweep (").append(FULL ? "full" : "CI slice").append(")\n\n");
        sb.append(inputFiles).append(" input files; ").append(summary).append("; records written per output: ")
                .append(written).append("\n\n");
        sb.append("| client | entries read / written | warnings allowed | unexpected |\n|---|---:|---:|---:|\n");
        for (Tally t : tallies.values()) {
            long allowed = t.allowed.values().stream().mapToLong(Long::longValue).sum();
            sb.append("| ").append(t.client).append(" | ").append(t.read).append(" / ").append(t.written).append(" | ")
                    .append(allowed).append(" | ").append(t.unexpected.size()).append(" |\n");
        }
        sb.append("\n## Allowed warnings by class\n\n| client | class | count |\n|---|---|---:|\n");
        for (Tally t : tallies.values()) {
            t.allowed.forEach((k, v) -> sb.append("| ").append(t.client).append(" | `").append(k.replace("|", "\\|"))
                    .append("` | ").append(v).append(" |\n"));
        }
        sb.append("\n## Unexpected\n\n");
        for (Tally t : tallies.values()) {
            t.unexpected.stream().limit(50).forEach(u -> sb.append("- ").append(t.client).append(": `").append(u).append("`\n"));
        }
        return sb.toString();
    }
}

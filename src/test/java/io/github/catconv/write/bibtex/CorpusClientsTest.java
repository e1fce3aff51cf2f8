package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole sample corpus through the VuFind reader and both writers, checked by our structural
 * parser and by the real clients: bibtex/plain.bst may only say a field is empty when the entry
 * really lacks it, and biber may only report missing mandatory fields that are really missing.
 */
class CorpusClientsTest {

    private static final Pattern EMPTY = Pattern.compile("Warning--empty (\\w+)(?: and (\\w+))? in (\\S+)");
    private static final Pattern MISSING = Pattern.compile(
            "WARN - Datamodel: Entry '([^']+)' \\(refs.bib\\): Missing mandatory field (?:- one of )?'([^']+)'.*");

    static List<BibRecord> corpus() throws Exception {
        List<BibRecord> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            try (InputStream in = Files.newInputStream(p);
                 RecordCursor c = ReaderRegistry.installed().find("vufind").orElseThrow()
                         .open(in, ReadContext.of(p.toString(), DiagnosticSink.discard()))) {
                for (BibRecord r = c.next(); r != null; r = c.next()) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static Map<String, String> fields(List<BibStructure.Entry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().fields();
    }

    @Test
    void bibtexOnTheCorpus(@TempDir Path dir) throws Exception {
        RealClientsTest.requireProgram("bibtex");
        List<BibRecord> records = corpus();
        String bib = BibFixtures.write(new BibtexWriter(), Map.of(), records);
        List<BibStructure.Entry> entries = BibStructure.parse(bib);
        assertEquals(records.size(), entries.size());
        Files.writeString(dir.resolve("refs.bib"), bib, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.aux"), "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
        String log = RealClientsTest.run(dir, "bibtex", "doc");
        assertFalse(log.contains("error message"), log);
        List<String> warnings = log.lines().filter(l -> l.startsWith("Warning--")).toList();
        for (String line : warnings) {
            Matcher m = EMPTY.matcher(line);
            assertTrue(m.matches(), "unexpected: " + line + "\n" + log);
            Map<String, String> f = fields(entries, m.group(3));
            assertFalse(f.containsKey(m.group(1)), line);
            assertTrue(m.group(2) == null || !f.containsKey(m.group(2)), line);
        }
    }

    @Test
    void biberOnTheCorpus(@TempDir Path dir) throws Exception {
        RealClientsTest.requireProgram("biber");
        String bib = BibFixtures.write(new BiblatexWriter(), Map.of(), corpus());
        List<BibStructure.Entry> entries = BibStructure.parse(bib);
        Files.writeString(dir.resolve("refs.bib"), bib, StandardCharsets.UTF_8);
        String log = RealClientsTest.run(dir, "biber", "--tool", "--validate-datamodel", "refs.bib");
        assertTrue(log.contains("Found BibTeX data source"), log);
        assertEquals(entries.size(), Files.readAllLines(dir.resolve("refs_bibertool.bib"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.startsWith("@")).count(), "biber kept every entry");
        for (String line : log.lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList()) {
            Matcher m = MISSING.matcher(line);
            assertTrue(m.matches(), "unexpected: " + line + "\n" + log);
            Map<String, String> f = fields(entries, m.group(1));
            for (String name : m.group(2).split(", ")) {
                assertFalse(f.containsKey(name), line);
            }
        }
    }
}

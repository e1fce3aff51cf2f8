package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.catconv.model.BibRecord;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real clients over our output: bibtex 0.99 with plain.bst, and biber's data model
 * validation. Skipped only when the program is missing and {@code CI} is not "true".
 */
class RealClientsTest {

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, program))) {
                    return true;
                }
            }
        }
        return false;
    }

    static void requireProgram(String program) {
        boolean ci = "true".equals(System.getenv("CI"));
        assumeTrue(ci || onPath(program), program + " is not installed (required when CI=true)");
    }

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        return out;
    }

    @Test
    void bibtexWithPlainBstWarnsOnlyAboutTheMissingYear(@TempDir Path dir) throws Exception {
        requireProgram("bibtex");
        List<BibRecord> records = ReparseTest.records();
        String bib = BibFixtures.write(new BibtexWriter(), Map.of(), records);
        Files.writeString(dir.resolve("refs.bib"), bib, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("doc.aux"), "\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
        String log = run(dir, "bibtex", "doc");
        // Only the two "nasty" records really lack something plain.bst wants: a readable year.
        List<String> nastyKeys = BibStructure.parse(bib).stream()
                .filter(e -> !e.fields().containsKey("year")).map(BibStructure.Entry::key).toList();
        assertEquals(2, nastyKeys.size(), bib);
        List<String> warnings = log.lines().filter(l -> l.startsWith("Warning--")).collect(Collectors.toList());
        for (String w : warnings) {
            assertTrue(nastyKeys.stream().anyMatch(k -> w.equals("Warning--empty year in " + k)), log);
        }
        assertTrue(!log.contains("error message"), log);
        String bbl = Files.readString(dir.resolve("doc.bbl"), StandardCharsets.UTF_8);
        assertEquals(records.size(), bbl.lines().filter(l -> l.startsWith("\\bibitem")).count(), bbl);
    }

    @Test
    void biberValidatesTheDataModelWarningOnlyAboutTheMissingDate(@TempDir Path dir) throws Exception {
        requireProgram("biber");
        for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of("name-format", "extended"))) {
            String bib = BibFixtures.write(new BiblatexWriter(), options, ReparseTest.records());
            Files.writeString(dir.resolve("refs.bib"), bib, StandardCharsets.UTF_8);
            String log = run(dir, "biber", "--tool", "--validate-datamodel", "refs.bib");
            // The "nasty" records have no readable date: the one thing biber may miss.
            List<String> noDate = BibStructure.parse(bib).stream()
                    .filter(e -> !e.fields().containsKey("date")).map(e -> "Entry '" + e.key() + "'").toList();
            assertEquals(2, noDate.size());
            List<String> bad = log.lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR"))
                    .filter(l -> !(l.contains("Missing mandatory field - one of 'date, year'")
                            && noDate.stream().anyMatch(l::contains)))
                    .toList();
            assertEquals(List.of(), bad, log);
            assertTrue(log.contains("Found BibTeX data source"), log);
        }
    }
}

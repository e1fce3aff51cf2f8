package io.github.catconv.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.cite.Cli;
import io.github.catconv.testsupport.CslSchema;
import io.github.catconv.testsupport.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields whose names the reader does not know (catalogue B19) are kept and carried where a format
 * can hold them: CSL-JSON's {@code custom} object, which the CSL-JSON schema allows, and, with
 * {@code --keep-unknown}, non-standard BibTeX fields that bibtex and pandoc read without complaint.
 */
class UnknownFieldsTest {

    static final String INPUT = "src/test/resources/robust/B19-warn/input.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void cslJsonKeepsThemInCustomAndStaysValid() throws Exception {
        Cli.Result r = Cli.run("convert", INPUT, "--to", "csl-json");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), CslSchema.validate(r.out()));
        JsonNode second = JSON.readTree(r.out()).get(1);
        assertEquals("other value", second.get("custom").get("new_field_2031").asText());
        assertEquals("yet another", second.get("custom").get("local_note_x").asText());
        assertEquals("", r.err(), "no warning without --warn-unknown");
    }

    @Test
    void inspectMarksThem() {
        Cli.Result r = Cli.run("inspect", INPUT);
        assertTrue(r.out().contains("  unmapped       local_note_x [unknown field] (line 14): yet another"), r.out());
    }

    @Test
    void bibtexWritesThemOnlyWhenAsked() {
        assertFalse(Cli.run("convert", INPUT, "--to", "bibtex").out().contains("new_field_2031"));
        assertTrue(Cli.run("convert", INPUT, "--to", "biblatex", "--keep-unknown").out()
                .contains("  local_note_x = {yet another}"));
    }

    @Test
    void bibtexAndPandocReadTheNonStandardFields(@TempDir Path dir) throws Exception {
        ExternalTools.require("bibtex");
        ExternalTools.require("pandoc");
        String bib = Cli.run("convert", INPUT, "--to", "bibtex", "--keep-unknown").out();
        Files.writeString(dir.resolve("refs.bib"), bib);
        Files.writeString(dir.resolve("doc.aux"), "\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n");
        ExternalTools.Result bibtex = ExternalTools.run(dir, null, "bibtex", "doc");
        assertEquals(0, bibtex.code(), bibtex.output());
        assertFalse(bibtex.output().contains("error"), bibtex.output());
        assertEquals(2, Files.readString(dir.resolve("doc.bbl")).split("\\\\bibitem", -1).length - 1);
        ExternalTools.Result pandoc = ExternalTools.run(dir, bib, "pandoc", "-f", "bibtex", "-t", "csljson");
        assertEquals(0, pandoc.code(), pandoc.output());
        assertEquals(2, JSON.readTree(pandoc.output().substring(pandoc.output().indexOf('['))).size());
    }
}

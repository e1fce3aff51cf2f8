package io.github.catconv.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sniffing never guesses silently: each export format is taken for itself and nothing else, a
 * CSL-JSON file is never Solr JSON, an input that looks like two formats is an error naming both,
 * and {@code --from} decides where sniffing would not.
 */
class SniffingTest {

    private static final ReaderRegistry REGISTRY = ReaderRegistry.installed();

    @TempDir
    Path dir;

    private static String sniffed(String sample) {
        ReaderRegistry.Sniffed s = REGISTRY.identify(sample);
        return s.ambiguous() ? "ambiguous" : s.reader() == null ? "none" : s.reader().id();
    }

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    /** What catconv writes from each sample is read back by the reader of that format. */
    @ParameterizedTest
    @MethodSource("samples")
    void catconvsOwnOutputIsTakenForItsFormat(String sample) {
        assertEquals("bibtex", sniffed(Samples.convert("bibtex", sample)));
        assertEquals("biblatex", sniffed(Samples.convert("biblatex", sample)));
        assertEquals("ris", sniffed(Samples.convert("ris", sample)));
        assertEquals("csl-json", sniffed(Samples.convert("csl-json", sample)), "never solr-json");
    }

    /** The catalog exports are sniffed as before: no new reader is sure about any of them. */
    @ParameterizedTest
    @MethodSource("samples")
    void catalogSamplesKeepTheirReaders(String sample) throws IOException {
        // As the engine decodes its sample: leniently (a MARC file need not be UTF-8).
        String text = new String(Files.readAllBytes(Samples.DIR.resolve(sample)), StandardCharsets.UTF_8);
        String id = sniffed(text.length() > 8192 ? text.substring(0, 8192) : text);
        assertTrue(List.of("vufind", "marc", "solr-json", "solr-xml").contains(id), sample + " sniffed as " + id);
        for (String reader : List.of("bibtex", "biblatex", "ris", "csl-json")) {
            assertEquals(0, REGISTRY.find(reader).orElseThrow().sniff(text), reader + " claims " + sample);
        }
    }

    @Test
    void cslJsonWithSolrLikeKeysIsStillCslJson() {
        String csl = "[{\"id\": \"a\", \"type\": \"book\", \"author\": [{\"family\": \"Doe\"}], \"title\": \"T\"}]";
        assertEquals("csl-json", sniffed(csl));
        assertEquals(0, REGISTRY.find("solr-json").orElseThrow().sniff(csl), "id and author beside CSL's marks are no Solr");
        String solr = "[{\"id\": \"a\", \"author\": [\"Doe, J.\"], \"title\": \"T\", \"format\": [\"Book\"]}]";
        assertEquals("solr-json", sniffed(solr));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@article{a,\n  title = {T}\n}\n\nTY  - JOUR\nTI  - T\nER  - \n",
        "TY  - JOUR\nTI  - T\nER  - \n\n@book{b,\n  title = {T}\n}\n"})
    void aFileThatIsTwoFormatsIsAnErrorNamingBoth(String text) throws IOException {
        assertEquals("ambiguous", sniffed(text));
        Path f = dir.resolve("mixed.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "convert", f.toString(), "--to", "csl-json");
        assertEquals(65, code, err.toString());
        assertTrue(err.toString().contains("error " + f + ": looks like bibtex and ris at once; choose one with "
                + "--from bibtex or --from ris"), err.toString());

        StringWriter chosen = new StringWriter();
        int ok = Main.run(new PrintWriter(chosen), new PrintWriter(new StringWriter()), "convert", f.toString(),
                "--from", "ris", "--to", "csl-json");
        assertTrue(ok == 0 || ok == 65, "exit " + ok);
        assertTrue(chosen.toString().contains("\"type\": \"article-journal\""), chosen.toString());
    }

    @Test
    void pageTextAroundABibtexSnippetLeavesTheBibtexReaderUnsure() {
        String page = "Record details\nTitle: T\nAuthor: A\nPublished: 2001\nFormat: Book\nExport:\n"
                + "@book{k,\n  title = {T}\n}\n";
        int score = REGISTRY.find("bibtex").orElseThrow().sniff(page);
        assertTrue(score > 0 && score < ReaderRegistry.SURE, "score " + score);
    }

    @Test
    void anAtSignInPageTextIsNoBibtexEntry() {
        assertEquals(0, REGISTRY.find("bibtex").orElseThrow().sniff("@media (max-width: 600px) {\nbody { x }\n"));
        assertEquals(0, REGISTRY.find("bibtex").orElseThrow().sniff("Contact: @someone (twitter)\n"));
    }

    @Test
    void fromChoosesTheReaderAndFormatsListsThem() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "formats"));
        for (String id : List.of("bibtex", "biblatex", "ris", "csl-json")) {
            assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("  " + id + " ")), id + " in:\n" + out);
        }
    }
}

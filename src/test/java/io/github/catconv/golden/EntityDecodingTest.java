package io.github.catconv.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.internal.HtmlText;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML character references in catalog values are decoded once, never twice (catalogue B25),
 * against {@code golden/entities/decode-once.tsv} (written by hand): by the decoder, and end to end
 * through the readers that decode (VuFind pages, Solr JSON), with one warning for a reference that
 * names no character. Decoding is idempotent on its own output: the decoded value, written back
 * with its markup characters escaped as a page shows them, reads as the same value again.
 */
class EntityDecodingTest {

    static Stream<Arguments> rows() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/golden/entities/decode-once.tsv"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1))
                .map(c -> Arguments.of(c[0], c[1], c[2]));
    }

    private static List<Diagnostic> diags;

    private static String titleRead(String reader, String text) throws IOException {
        diags = new ArrayList<>();
        try (RecordCursor c = ReaderRegistry.installed().find(reader).orElseThrow()
                .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReadContext.of("in", diags::add))) {
            BibRecord r = c.next();
            return r.title().orElseThrow();
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String escaped(String decoded) {
        return decoded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decodedOnce(String raw, String decoded, String unknown) throws IOException {
        assertEquals(decoded, HtmlText.decodeEntities(raw), "decoder");
        String page = "id r1\ntitle Start " + raw + " end\nformat Book\n";
        assertEquals("Start " + decoded + " end", titleRead("vufind", page), "VuFind page");
        List<String> warned = diags.stream().map(Diagnostic::message).filter(m -> m.startsWith("HTML entity")).toList();
        assertEquals(unknown.equals("-") ? List.of() : List.of("HTML entity '" + unknown + "' in title is unknown; kept as text"),
                warned);
        String doc = "{\"id\":\"r1\",\"title\":" + json("Start " + raw + " end") + ",\"format\":[\"Book\"]}\n";
        assertEquals("Start " + decoded + " end", titleRead("solr-json", doc), "Solr JSON");
        // Idempotent on its own output: what a page shows for the decoded text reads as that text.
        assertEquals("Start " + decoded + " end", titleRead("vufind", "id r1\ntitle Start " + escaped(decoded)
                + " end\nformat Book\n"), "decoded, escaped again, read again");
    }
}

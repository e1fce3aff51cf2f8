package io.github.catconv.read.vufind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.OriginalScript;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 880 values of VuFind's {@code spelling} become the record's original-script facts: the
 * alternate-script sample's Cyrillic title was dropped before.
 */
class AltScriptSpellingTest {

    private static final String SAMPLE = "book-ru-altscript-cyrillic-880.txt";

    @Test
    void theAltscriptPageKeepsItsCyrillicForms() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("samples", SAMPLE));
             RecordCursor c = new VufindReader().open(in, ReadContext.of(SAMPLE, DiagnosticSink.discard()))) {
            BibRecord r = c.next();
            OriginalScript o = r.originalScript().orElseThrow();
            assertEquals("Cyrl", o.script());
            assertEquals("Русская народная поэзия", o.title());
            assertEquals("лирическая поэзия", o.subtitle());
            assertEquals("Ленинград", o.place());
            assertEquals("Художественная литература", o.publisher());
            // paired with the author2 contributor; VuFind's "Gorelov, Al" has no closing period, nor has its twin
            assertEquals(Map.of("Gorelov, Al", "Горелов, Ал"), o.names());
        }
    }

    @Test
    void cslJsonCarriesTheOriginalTitle() throws IOException {
        JsonNode item = new ObjectMapper().readTree(Samples.convert("csl-json", SAMPLE)).get(0);
        assertEquals("Русская народная поэзия: лирическая поэзия", item.get("original-title").asText());
        assertEquals("Russkaâ narodnaâ poèziâ: liričeskaâ poèziâ", item.get("title").asText());
        assertEquals("Художественная литература", item.get("original-publisher").asText());
        assertEquals("Ленинград", item.get("original-publisher-place").asText());
    }
}

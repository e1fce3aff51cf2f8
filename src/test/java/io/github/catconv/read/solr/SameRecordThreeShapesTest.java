package io.github.catconv.read.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One record gives byte-identical CSL-JSON whichever shape it came in —
 * VuFind staff-view text, a Solr JSON document, a Solr XML document. The samples hold VuFind's
 * fixture records (samples/README.md: solr/13-690250223.json; solr/10-12345, 11-125456, 12-234547) with
 * {@code fullrecord} as MARCXML or raw MARC, so this also holds once {@code fullrecord} is read.
 */
class SameRecordThreeShapesTest {

    private static final Path SAMPLES = Path.of("samples");

    static String cslJson(String from, String sample) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "convert",
                SAMPLES.resolve(sample).toString(), "--from", from, "--to", "csl-json");
        assertEquals(0, code, sample + ": " + err);
        return out.toString();
    }

    @ParameterizedTest(name = "{1} = {3} = {5}")
    @CsvSource({
        "vufind, solr-fullrecord-marcxml-en-690250223.txt, solr-json, solr-array-690250223-marcxml-fullrecord.json,"
                + " solr-xml, solr-update-690250223.xml, Politics otherwise: Shakespeare as social and political critique",
        "solr-json, solr-response-multi-record-3.json, solr-xml, solr-response-multi-record-3.xml,"
                + " solr-json, solr-docs-12345-125456-234547.jsonl, Lord Byron's marriage: the evidence of asterisks"})
    void identicalCslJson(String fromA, String a, String fromB, String b, String fromC, String c, String title) {
        String first = cslJson(fromA, a);
        assertTrue(first.contains("\"title\": \"" + title + "\""), first);
        assertEquals(first, cslJson(fromB, b), a + " vs " + b);
        assertEquals(first, cslJson(fromC, c), a + " vs " + c);
    }
}

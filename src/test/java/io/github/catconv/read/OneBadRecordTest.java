package io.github.catconv.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad record costs only itself, in every reader: a broken JSON line, a malformed document of a
 * Solr JSON response or of Solr XML, a broken MARCXML record or MARC-in-JSON object is one rejected
 * record (located, with its id when the text shows one) and the records after it are read.
 */
class OneBadRecordTest {

    record Read(List<BibRecord> records, List<Diagnostic> diagnostics, List<String> rejectedIds, int skipped) {
        List<String> ids() {
            return records.stream().map(BibRecord::id).toList();
        }

        List<Diagnostic> errors() {
            return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        }
    }

    static Read read(String reader, String text) throws IOException {
        return read(reader, text, ReadContext.Options.DEFAULT);
    }

    static Read read(String reader, String text, ReadContext.Options options) throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int[] skipped = {0};
        ReadContext ctx = new ReadContext("in", diags::add, null, ReadContext.DEFAULT_MAX_LINE_LENGTH,
                (f, l, id, raw) -> rejected.add(String.valueOf(id)), (f, l, id) -> skipped[0]++, options);
        List<BibRecord> out = new ArrayList<>();
        try (RecordCursor c = ReaderRegistry.installed().find(reader).orElseThrow()
                .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ctx)) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                out.add(r);
            }
        }
        return new Read(out, diags, rejected, skipped[0]);
    }

    private static String doc(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Title " + id + "\",\"format\":[\"Book\"]}";
    }

    @Test
    void aBrokenJsonLineIsOneRejectedRecordAndTheNextLineIsRead() throws IOException {
        String cut = doc("b").substring(0, 20);
        Read r = read("solr-json", doc("a") + "\n" + cut + "\n" + doc("c") + "\n" + doc("d") + "\n");
        assertEquals(List.of("a", "c", "d"), r.ids(), r.diagnostics().toString());
        assertEquals(1, r.errors().size(), r.diagnostics().toString());
        assertEquals("in:2: [b] document broken at line 2: a string not closed before the end of the line (cut short?)",
                r.errors().get(0).format().substring("error ".length()));
    }

    @Test
    void aJsonLineMissingItsClosingBraceCostsOnlyItself() throws IOException {
        String open = doc("b").substring(0, doc("b").length() - 1);
        Read r = read("solr-json", doc("a") + "\n" + open + "\n" + doc("c") + "\n");
        assertEquals(List.of("a", "c"), r.ids(), r.diagnostics().toString());
        assertEquals(List.of("b"), r.rejectedIds());
    }

    @Test
    void aMalformedDocumentOfAResponseIsOneRejectedRecord() throws IOException {
        String json = "{\"responseHeader\":{\"status\":0},\"response\":{\"numFound\":4,\"docs\":[\n"
                + doc("a") + ",\n{\"id\":\"b\",\"title\":\"x\" \"format\":[\"Book\"]},\n" + doc("c") + ",\n"
                + "{\"id\":\"d\",\"title\":\"unterminated\n" + ",\n" + doc("e") + "]}}";
        Read r = read("solr-json", json);
        assertEquals(List.of("a", "c", "e"), r.ids(), r.diagnostics().toString());
        assertEquals(List.of("b", "d"), r.rejectedIds(), r.diagnostics().toString());
    }

    @Test
    void aDocumentThatABrokenOneSwallowedIsFoundAgain() throws IOException {
        // On one line: the lost quote makes "abc},{" a string; the framer goes back to the '{' of b.
        String json = "[" + doc("a") + ",{\"id\":\"x\",\"title\":\"abc}," + doc("b") + "," + doc("c") + "]";
        Read r = read("solr-json", json);
        assertEquals(List.of("a", "b", "c"), r.ids(), r.diagnostics().toString());
        assertEquals(List.of("x"), r.rejectedIds());
    }

    @Test
    void valuesThatAreNoDocumentsAreSkippedAndSaySoWithoutNull() throws IOException {
        Read r = read("solr-json", "[" + doc("a") + ",\"text\",42,null,[1,2]," + doc("b") + "]");
        assertEquals(List.of("a", "b"), r.ids());
        assertEquals(4, r.skipped());
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.message().contains("null") || d.message().contains("a null"), d.format());
            assertTrue(d.message().startsWith("skipped a"), d.format());
        }
    }

    private static String xmlDoc(String id) {
        return "<doc><str name=\"id\">" + id + "</str><str name=\"title\">Title " + id + "</str>"
                + "<arr name=\"format\"><str>Book</str></arr></doc>\n";
    }

    static Stream<Arguments> malformedXmlDocuments() {
        return Stream.of(
                Arguments.of("a missing </doc>", "<doc><str name=\"id\">b</str><str name=\"title\">x</str>\n"),
                Arguments.of("a mismatched end tag", "<doc><str name=\"id\">b</str><str name=\"title\">x</arr></doc>\n"),
                Arguments.of("an undeclared entity", "<doc><str name=\"id\">b</str><str name=\"title\">x &nbsp; y</str></doc>\n"),
                Arguments.of("a cut tag", "<doc><str name=\"id\">b</str><str name=\"title\n"),
                Arguments.of("an attribute without quotes", "<doc><str name=id>b</str></doc>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedXmlDocuments")
    void aMalformedSolrXmlDocumentIsOneRejectedRecord(String what, String bad) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><result name=\"response\" numFound=\"4\">\n"
                + xmlDoc("a") + bad + xmlDoc("c") + xmlDoc("d") + "</result></response>\n";
        Read r = read("solr-xml", xml);
        assertEquals(List.of("a", "c", "d"), r.ids(), what + ": " + r.diagnostics());
        assertEquals(1, r.errors().size(), r.diagnostics().toString());
    }

    private static String marcXml(String id) {
        return "<marc:record><marc:leader>00000nam a2200000 a 4500</marc:leader>"
                + "<marc:controlfield tag=\"001\">" + id + "</marc:controlfield>"
                + "<marc:datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><marc:subfield code=\"a\">Title " + id
                + "</marc:subfield></marc:datafield></marc:record>\n";
    }

    @Test
    void aBrokenMarcXmlRecordIsOneRejectedRecordAndItsNamespaceStillBinds() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<marc:collection xmlns:marc=\"http://www.loc.gov/MARC21/slim\">\n"
                + marcXml("m1") + "<marc:record><marc:controlfield tag=\"001\">m2</marc:controlfield>"
                + "<marc:datafield tag=\"245\"><marc:subfield code=\"a\">Broken</marc:datafield></marc:record>\n"
                + marcXml("m3") + "</marc:collection>\n";
        Read r = read("marc", xml);
        assertEquals(List.of("m1", "m3"), r.ids(), r.diagnostics().toString());
        assertEquals(1, r.errors().size(), r.diagnostics().toString());
        assertEquals(4, r.errors().get(0).line(), r.errors().toString());
    }

    private static String marcJson(String id) {
        return "{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"" + id + "\"},"
                + "{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":[{\"a\":\"Title " + id + "\"}]}}]}";
    }

    @Test
    void aBrokenMarcInJsonRecordIsOneRejectedRecord() throws IOException {
        String json = "[" + marcJson("j1") + ",\n{\"leader\":\"x\",\"fields\":[{\"001\":\"j2\"}, oops]},\n"
                + marcJson("j3") + "]";
        Read r = read("marc", json);
        assertEquals(List.of("j1", "j3"), r.ids(), r.diagnostics().toString());
        assertEquals(1, r.errors().size(), r.diagnostics().toString());
    }

    @Test
    void aJsonDocumentCutByTheEndOfTheFileIsWrittenFromItsCompleteFields() throws IOException {
        String text = doc("a") + "\n{\"id\":\"b\",\"title\":\"Title b\",\"publishDate\":[\"19";
        Read r = read("solr-json", text);
        assertEquals(List.of("a", "b"), r.ids());
        assertEquals("Title b", r.records().get(1).title().orElseThrow());
        assertEquals("in:2: record b truncated at end of file; written with the fields before the cut",
                r.diagnostics().get(0).format().substring("warning ".length()));
        Read strict = read("solr-json", text, new ReadContext.Options(true, false));
        assertEquals(List.of("a"), strict.ids());
        assertEquals(List.of("b"), strict.rejectedIds());
    }

    @Test
    void anXmlDocumentCutBeforeItsIdIsRejected() throws IOException {
        Read r = read("solr-xml", "<add>" + xmlDoc("a") + "<doc><str name=\"title\">T</str><str name=\"i");
        assertEquals(List.of("a"), r.ids());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().contains("truncated at end of file"), r.errors().toString());
    }

    @Test
    void brokenInputNeverHangs() {
        String[] inputs = {"{\"id\":\"a\",\"t\":\"" + "\\".repeat(10_000), "[".repeat(50_000) + "{\"id\":",
            "<add>" + "<doc>".repeat(50_000), "<add><doc><!-- never closed", "{\"a\":" + "{".repeat(200)};
        for (String in : inputs) {
            for (String reader : List.of("solr-json", "solr-xml", "marc")) {
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(reader, in), reader);
            }
        }
    }
}

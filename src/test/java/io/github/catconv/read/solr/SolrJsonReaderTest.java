package io.github.catconv.read.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The solr-json reader: every JSON shape of Solr documents, streaming, hostile input. */
class SolrJsonReaderTest {

    private static List<BibRecord> read(String json, List<Diagnostic> diags) throws IOException {
        return SolrXmlReaderTest.read(new SolrJsonReader(SolrXmlReaderTest.ID_ONLY)::open, json, diags);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "select response with facets after the docs|{'responseHeader':{'status':0},'response':{'numFound':2,'start':0,'docs':[{'id':'a'},{'id':'b'}]},'facet_counts':{'facet_fields':{'format':['Book',2]}}}|a b",
        "docs before numFound|{'response':{'docs':[{'id':'a'}],'numFound':1},'highlighting':{'a':{'title':['x']}}}|a",
        "bare array|[{'id':'a'},{'id':'b'},{'id':'c'}]|a b c",
        "one document|{'id':'a','title':'T'}|a",
        "JSON lines|{'id':'a'}~{'id':'b'}~~{'id':'c'}~|a b c",
        "documents one after another|{'id':'a'} {'id':'b'}|a b",
        "nested child documents are not records|[{'id':'p','_childDocuments_':[{'id':'child'}]}]|p",
        "empty response|{'responseHeader':{'status':0},'response':{'numFound':0,'docs':[]}}|''"})
    void shapes(String name, String json, String ids) throws IOException {
        // '~' stands for a line break, which a CSV row cannot hold
        List<BibRecord> recs = read(json.replace('\'', '"').replace('~', '\n'), new ArrayList<>());
        assertEquals(ids.isEmpty() ? List.of() : List.of(ids.split(" ")), recs.stream().map(BibRecord::id).toList());
    }

    @Test
    void valuesKeepTheirOrderAndScalarTypesBecomeText() throws IOException {
        List<BibRecord> recs = read("[{\"id\":\"a\",\"author\":[\"X\",\"Y\"],\"_version_\":1783347589601558528,"
                + "\"flag\":true,\"empty\":null}]", new ArrayList<>());
        assertEquals(List.of("id=a", "author=X|Y", "_version_=1783347589601558528", "flag=true", "empty="),
                recs.get(0).notes());
    }

    @Test
    void errorResponseIsReported() throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        read("{\"responseHeader\":{\"status\":400},\"error\":{\"msg\":\"undefined field foo\",\"code\":400}}", diags);
        assertEquals(1, diags.size());
        assertTrue(diags.get(0).message().contains("undefined field foo"), diags.get(0).message());
    }

    @Test
    void brokenJsonKeepsEarlierRecordsAndReportsOnce() throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        List<BibRecord> recs = read("[{\"id\":\"a\"},{\"id\":\"b\",}", diags);
        assertEquals(List.of("a"), recs.stream().map(BibRecord::id).toList());
        assertEquals(1, diags.size(), diags.toString());
        assertEquals(Severity.ERROR, diags.get(0).severity());
    }

    @Test
    void deepNestingIsRefusedFast() throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("[".repeat(100_000), diags));
        assertEquals(1, diags.size(), diags.toString());
        assertTrue(diags.get(0).message().contains("depth"), diags.get(0).message());
    }

    @Test
    void oneGigabyteResponseIsStreamed() throws IOException {
        // 1 GB of documents, made on the fly: reading the first three must not read the rest.
        GeneratedInput in = new GeneratedInput("{\"response\":{\"numFound\":9999999,\"docs\":[",
                "{\"id\":\"r\",\"title\":\"A title long enough to make each document a few dozen bytes\"},",
                1_000_000_000L, "{\"id\":\"last\"}]}}");
        ReadContext ctx = ReadContext.of("big.json", d -> { });
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (RecordCursor c = new SolrJsonReader(SolrXmlReaderTest.ID_ONLY).open(in, ctx)) {
                for (int i = 0; i < 3; i++) {
                    assertNotNull(c.next());
                }
            }
        });
        assertTrue(in.consumed() < 1_000_000, "read " + in.consumed() + " bytes for three documents");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'responseHeader':{'status':0},'response':{'numFound':1,'docs':[| 90",
        "{'id':'12345','title':'T','format':['Book']}| 75",
        "[{'id':'12345','_version_':1,'author':'X'}]| 75",
        "{'leader':'00000nam','fields':[]}| 10",
        "<response>| 0"})
    void sniff(String sample, int expected) {
        assertEquals(expected, new SolrJsonReader().sniff(sample.replace('\'', '"')));
    }
}

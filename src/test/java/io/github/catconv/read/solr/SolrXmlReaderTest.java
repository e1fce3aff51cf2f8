package io.github.catconv.read.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The solr-xml reader: which documents are results, how fields and values are read, sniffing. */
public class SolrXmlReaderTest {

    /**
     * A mapper that keeps only what these tests check: the id, and every field as
     * "name=value|value" in the notes. Independent of the staff-view mapping, so the tests
     * hold whichever mapper is wired in.
     */
    public static final SolrDocumentMapper ID_ONLY = (doc, ctx) -> {
        BibRecord.Builder b = BibRecord.builder().id(doc.first("id").orElse("#" + doc.line()));
        for (SolrField f : doc.fields()) {
            b.addNote(f.name() + "=" + String.join("|", f.values()));
        }
        return b.source(new SourceInfo(null, null, null, null, List.of(), ctx.fileName(), doc.line())).build();
    };

    static List<BibRecord> read(RecordCursorFactory f, String text, List<Diagnostic> diags) throws IOException {
        List<BibRecord> out = new ArrayList<>();
        ReadContext ctx = ReadContext.of("t", diags::add);
        try (RecordCursor c = f.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ctx)) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                out.add(r);
            }
        }
        return out;
    }

    /** Opens a cursor. */
    @FunctionalInterface
    interface RecordCursorFactory {
        RecordCursor open(InputStream in, ReadContext ctx) throws IOException;
    }

    private static List<BibRecord> read(String xml, List<Diagnostic> diags) throws IOException {
        return read(new SolrXmlReader(ID_ONLY)::open, xml, diags);
    }

    @Test
    void selectResponseGivesResultDocsOnlyNotMoreLikeThisOnes() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <response>
                <lst name="responseHeader"><int name="status">0</int></lst>
                <result name="response" numFound="2" start="0">
                  <doc><str name="id">a1</str><arr name="author"><str>Smith, J.</str><str>Doe, A.</str></arr>
                    <long name="_version_">17</long></doc>
                  <doc><str name="id">a2</str></doc>
                </result>
                <lst name="moreLikeThis"><result name="a1" numFound="1" start="0"><doc><str name="id">related</str></doc></result></lst>
                </response>
                """;
        List<Diagnostic> diags = new ArrayList<>();
        List<BibRecord> recs = read(xml, diags);
        assertEquals(List.of("a1", "a2"), recs.stream().map(BibRecord::id).toList());
        assertEquals(List.of("id=a1", "author=Smith, J.|Doe, A.", "_version_=17"), recs.get(0).notes());
        assertEquals(5, recs.get(0).source().line(), "line of the first <doc>");
        assertTrue(diags.isEmpty(), diags.toString());
    }

    @Test
    void updateFormatMergesRepeatedFields() throws IOException {
        String xml = "<add><doc><field name=\"id\">u1</field><field name=\"topic\">A</field>"
                + "<field name=\"topic\">B</field></doc><doc><field name=\"id\">u2</field></doc></add>";
        List<BibRecord> recs = read(xml, new ArrayList<>());
        assertEquals(List.of("u1", "u2"), recs.stream().map(BibRecord::id).toList());
        assertEquals(List.of("id=u1", "topic=A|B"), recs.get(0).notes());
    }

    @Test
    void brokenXmlAfterARecordKeepsTheRecordAndReportsOnce() throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        List<BibRecord> recs = read("<response><result name=\"response\"><doc><str name=\"id\">ok</str></doc><doc><str name=\"id\">x</doc>",
                diags);
        assertEquals(List.of("ok"), recs.stream().map(BibRecord::id).toList());
        assertEquals(1, diags.size(), diags.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<?xml version='1.0'?><response><lst name='responseHeader'/><result name='response'><doc>| 90",
        "<add><doc><field name='id'>1</field></doc></add>| 85",
        "<collection xmlns='http://www.loc.gov/MARC21/slim'><record>| 0",
        "id 12345| 0",
        "\uFEFF \t <add><doc><field name='id'>1</field></doc></add>| 85",
        "Title: <add><doc><field name='id'>1</field></doc></add>| 0"})
    void sniff(String sample, int expected) {
        assertEquals(expected, new SolrXmlReader().sniff(sample.replace('\'', '"')));
    }
}

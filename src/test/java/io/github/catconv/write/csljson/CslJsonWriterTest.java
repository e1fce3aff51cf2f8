package io.github.catconv.write.csljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.csl.CslTestRecords;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import io.github.catconv.model.RecordType;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSL-JSON writer: array framing, streaming, determinism, layout and registration. */
class CslJsonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void isRegisteredUnderItsId() {
        assertTrue(WriterRegistry.installed().find("csl-json").orElseThrow() instanceof CslJsonWriter);
        CslJsonWriter w = new CslJsonWriter();
        assertEquals("json", w.fileExtension());
        assertEquals("CSL-JSON array (CSL 1.0.2), as citeproc-js, Zotero and pandoc read it", w.description());
    }

    @Test
    void noRecordsIsAnEmptyArray() throws IOException {
        assertEquals("[]\n", write(List.of()));
    }

    @Test
    void oneRecordLayout() throws IOException {
        BibRecord r = CslTestRecords.base().title("Open access")
                .issued(DateValue.of(PartialDate.ofYear(2012))).build();
        String expected = "[\n"
                + "  {\n"
                + "    \"id\": \"r1\",\n"
                + "    \"type\": \"book\",\n"
                + "    \"issued\": {\n"
                + "      \"date-parts\": [\n"
                + "        [\n"
                + "          2012\n"
                + "        ]\n"
                + "      ]\n"
                + "    },\n"
                + "    \"title\": \"Open access\"\n"
                + "  }\n"
                + "]\n";
        assertEquals(expected, write(List.of(r)));
    }

    @Test
    void outputIsAJsonArrayOfTheMappedItems() throws IOException {
        List<BibRecord> records = CslTestRecords.many();
        JsonNode root = JSON.readTree(write(records));
        assertTrue(root.isArray());
        assertEquals(records.size(), root.size());
        assertEquals("full-article", root.get(0).get("id").asText());
        assertEquals("article", root.get(0).get("type").asText());
        assertTrue(root.get(0).get("issued").get("circa").asBoolean());
        assertEquals(2018, root.get(0).get("issued").get("date-parts").get(0).get(0).intValue());
    }

    @Test
    void nonAsciiIsWrittenAsIsAndOnlyJsonSpecialsEscaped() throws IOException {
        String out = write(List.of(CslTestRecords.full("u", RecordType.BOOK)));
        assertTrue(out.contains("\"title\": \"Über „Zeichen“ – ein Versuch: Ελληνικά, 日本語 and \\\"quotes\\\"\""), out);
        assertTrue(out.contains("\"abstract\": \"Line one.\\nLine two with \\t tab and \\\\ backslash.\""), out);
        assertFalse(out.contains("\\u"), out);
        assertFalse(out.contains("\r"), out);
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        List<BibRecord> records = CslTestRecords.many();
        assertEquals(write(records), write(records));
    }

    @Test
    void streamsEachRecordBeforeFinish() throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new CslJsonWriter().open(out, WriteContext.defaults());
        assertEquals("[", out.toString());
        sink.write(CslTestRecords.minimal("first"));
        String afterFirst = out.toString();
        assertTrue(afterFirst.contains("\"id\": \"first\""), afterFirst);
        assertFalse(afterFirst.contains("]"), afterFirst);
        sink.write(CslTestRecords.minimal("second"));
        assertTrue(out.toString().contains("\"id\": \"second\""));
        sink.finish();
        assertEquals(2, JSON.readTree(out.toString()).size());
    }

    @Test
    void neverClosesTheGivenWriter() throws IOException {
        TrackingWriter out = new TrackingWriter();
        RecordSink sink = new CslJsonWriter().open(out, WriteContext.defaults());
        sink.write(CslTestRecords.minimal("a"));
        assertFalse(out.flushed, "records must reach the writer without flushing it each time");
        sink.finish();
        assertFalse(out.closed);
        assertTrue(out.flushed, "finish must flush the caller's writer");
        out.write("still open");
        assertTrue(out.toString().endsWith("]\nstill open"));
    }

    @Test
    void unsupportedCslIdIsReportedAndRecordIdsKept() throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        WriteContext ctx = new WriteContext(Map.of("csl-id", "key"), diagnostics::add);
        StringWriter out = new StringWriter();
        RecordSink sink = new CslJsonWriter().open(out, ctx);
        sink.write(CslTestRecords.minimal("rec-1"));
        sink.finish();
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).message().contains("csl-id=key"));
        assertEquals("rec-1", JSON.readTree(out.toString()).get(0).get("id").asText());
    }

    @Test
    void defaultCslIdIsSilent() throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        new CslJsonWriter().open(new StringWriter(), new WriteContext(Map.of("csl-id", "record"), diagnostics::add))
                .finish();
        assertEquals(List.of(), diagnostics);
    }

    static String write(List<BibRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new CslJsonWriter().open(out, WriteContext.defaults());
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    /** A writer that remembers whether it was flushed or closed. */
    private static final class TrackingWriter extends StringWriter {
        boolean closed;
        boolean flushed;

        @Override
        public void flush() {
            flushed = true;
            super.flush();
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}

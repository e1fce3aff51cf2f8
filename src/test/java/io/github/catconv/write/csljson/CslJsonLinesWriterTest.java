package io.github.catconv.write.csljson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.csl.CslTestRecords;
import io.github.catconv.model.BibRecord;
import io.github.catconv.testsupport.Samples;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSL-JSON lines: each line read by Jackson is the item the CSL-JSON array holds at that place. */
class CslJsonLinesWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String write(List<BibRecord> records) throws IOException {
        StringWriter out = new StringWriter();
        RecordSink sink = new CslJsonLinesWriter().open(out, WriteContext.defaults());
        for (BibRecord r : records) {
            sink.write(r);
        }
        sink.finish();
        return out.toString();
    }

    static Stream<String> samples() throws IOException {
        return Samples.names();
    }

    @Test
    void isRegisteredUnderItsId() {
        assertTrue(WriterRegistry.installed().find("csl-jsonl").orElseThrow() instanceof CslJsonLinesWriter);
        assertEquals("jsonl", new CslJsonLinesWriter().fileExtension());
    }

    @Test
    void noRecordsIsAnEmptyOutput() throws IOException {
        assertEquals("", write(List.of()));
    }

    @Test
    void oneCompactLinePerRecordEachEndingInALineFeed() throws IOException {
        List<BibRecord> records = CslTestRecords.many();
        String out = write(records);
        assertTrue(out.endsWith("}\n"), out);
        List<String> lines = out.lines().toList();
        assertEquals(records.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(line.startsWith("{\"id\":") && line.endsWith("}"), line);
            JsonNode item = JSON.readTree(line);
            assertEquals(records.get(i).id(), item.get("id").asText());
        }
        // a value with line breaks stays on its line (JSON escapes them)
        assertTrue(lines.stream().anyMatch(l -> l.contains("Line one.\\nLine two")));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyLineIsTheItemOfTheCslJsonArray(String sample) throws IOException {
        JsonNode array = JSON.readTree(Samples.convert("csl-json", sample));
        List<String> lines = Samples.convert("csl-jsonl", sample).lines().toList();
        assertEquals(array.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode item = JSON.readTree(lines.get(i));
            assertEquals(array.get(i), item, sample + " line " + (i + 1));
            // same keys in the same order as the array's item
            assertEquals(List.copyOf(iterable(array.get(i).fieldNames())), List.copyOf(iterable(item.fieldNames())));
        }
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

package io.github.catconv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.marc.MarcReader;
import io.github.catconv.read.solr.SolrJsonReader;
import io.github.catconv.read.solr.SolrXmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Jazzer target for the readers of catalog exports: the first byte picks the reader
 * (solr-json, solr-xml, marc), the rest is its input. Allowed outcomes: records, or our diagnostics
 * naming the file; any other exception is a bug. One target keeps the CI burst to one run.
 * Without JAZZER_FUZZ it runs on the committed seeds in {@code ExportReadersFuzzTestInputs/}.
 */
class ExportReadersFuzzTest {

    private static final RecordReader[] READERS = {new SolrJsonReader(), new SolrXmlReader(), new MarcReader()};

    @FuzzTest(maxDuration = "15s")
    void fuzzExportReaders(byte[] data) {
        if (data.length == 0) {
            return;
        }
        RecordReader reader = READERS[(data[0] & 0xFF) % READERS.length];
        read(reader, Arrays.copyOfRange(data, 1, data.length));
    }

    static List<BibRecord> read(RecordReader reader, byte[] input) {
        List<Diagnostic> diags = new ArrayList<>();
        ReadContext ctx = new ReadContext("fuzz." + reader.id(), diags::add, null, FuzzTargets.MAX_LINE, null);
        List<BibRecord> out = new ArrayList<>();
        try (RecordCursor c = reader.open(new ByteArrayInputStream(input), ctx)) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                out.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory stream cannot fail", e);
        }
        for (Diagnostic d : diags) {
            if (d.file() == null || d.message().isBlank() || d.message().contains("internal error")) {
                throw new AssertionError("reader " + reader.id() + " bug: " + d.format());
            }
        }
        return out;
    }
}

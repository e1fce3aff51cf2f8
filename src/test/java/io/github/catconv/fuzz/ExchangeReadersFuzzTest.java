package io.github.catconv.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.bibtex.BiblatexReader;
import io.github.catconv.read.bibtex.BibtexReader;
import io.github.catconv.read.csljson.CslJsonReader;
import io.github.catconv.read.ris.RisReader;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Jazzer target for the readers of exchange formats (issue 17): the first byte picks the reader
 * (csl-json, bibtex, biblatex, ris), the rest is its input. Allowed outcomes: records, or our
 * diagnostics naming the file; any other exception is a bug. Without JAZZER_FUZZ it runs on the
 * committed seeds in {@code ExchangeReadersFuzzTestInputs/} (the reader fixtures).
 */
class ExchangeReadersFuzzTest {

    private static final RecordReader[] READERS = {
        new CslJsonReader(), new BibtexReader(), new BiblatexReader(), new RisReader()};

    @FuzzTest(maxDuration = "15s")
    void fuzzExchangeReaders(byte[] data) {
        if (data.length == 0) {
            return;
        }
        RecordReader reader = READERS[(data[0] & 0xFF) % READERS.length];
        List<Diagnostic> diags = new ArrayList<>();
        ReadContext ctx = new ReadContext("fuzz." + reader.id(), diags::add, null, FuzzTargets.MAX_LINE, null);
        try (RecordCursor c = reader.open(new ByteArrayInputStream(Arrays.copyOfRange(data, 1, data.length)), ctx)) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                if (r.id().isBlank()) {
                    throw new AssertionError("reader " + reader.id() + " made a record without id");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory stream cannot fail", e);
        }
        for (Diagnostic d : diags) {
            // These readers quote the input in their messages, so only the message's start tells a bug.
            if (d.file() == null || d.message().isBlank() || d.message().startsWith("internal error")) {
                throw new AssertionError("reader " + reader.id() + " bug: " + d.format());
            }
        }
    }
}

package io.github.catconv.testsupport;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and writes records in-process through the installed readers and writers, by id. */
public final class Formats {

    private Formats() {
    }

    /** The records one reader makes of {@code text}; diagnostics go to {@code diagnostics}. */
    public static List<BibRecord> read(String readerId, String text, List<Diagnostic> diagnostics) {
        return read(readerId, "input", text.getBytes(StandardCharsets.UTF_8), diagnostics);
    }

    /** The records of a file, read by the reader sniffing picks (the reader {@code catconv} would use). */
    public static List<BibRecord> readSniffed(Path file, List<Diagnostic> diagnostics) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sample = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
        RecordReader r = ReaderRegistry.installed().sniff(sample)
                .orElseThrow(() -> new AssertionError("no reader for " + file));
        return read(r.id(), file.getFileName().toString(), bytes, diagnostics);
    }

    private static List<BibRecord> read(String readerId, String name, byte[] bytes, List<Diagnostic> diagnostics) {
        RecordReader reader = ReaderRegistry.installed().find(readerId)
                .orElseThrow(() -> new AssertionError("no reader " + readerId));
        List<BibRecord> out = new ArrayList<>();
        ReadContext ctx = ReadContext.of(name, d -> {
            synchronized (diagnostics) {
                diagnostics.add(d);
            }
        });
        try (RecordCursor c = reader.open(new ByteArrayInputStream(bytes), ctx)) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                out.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The text one writer makes of {@code records}. */
    public static String write(String writerId, Map<String, String> options, List<BibRecord> records) {
        RecordWriter writer = WriterRegistry.installed().find(writerId)
                .orElseThrow(() -> new AssertionError("no writer " + writerId));
        StringWriter out = new StringWriter();
        try {
            RecordSink sink = writer.open(out, new WriteContext(options, d -> { }));
            for (BibRecord r : records) {
                sink.write(r);
            }
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

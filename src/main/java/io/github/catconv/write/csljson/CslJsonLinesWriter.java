package io.github.catconv.write.csljson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.catconv.csl.CslMapping;
import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes records as JSON lines: one CSL-JSON item per line, each line ending in {@code \n}, no
 * enclosing array, for {@code jq}, {@code grep} and line-by-line loaders. Each item is exactly what
 * the {@code csl-json} writer puts in its array ({@link CslMapping}, the same keys in the same
 * order), written compactly. No records give an empty output. Takes no options.
 */
public final class CslJsonLinesWriter implements RecordWriter {

    /**
     * Initialisation-on-demand holder: every run instantiates every writer, only a JSON lines run
     * needs Jackson. The factory is the CSL-JSON writer's, with a line feed between root values
     * instead of Jackson's space.
     */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactoryBuilder()
                .rootValueSeparator("\n")
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .build();
    }

    /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public CslJsonLinesWriter() {
        // Stateless: every open() makes its own generator.
    }

    @Override
    public String id() {
        return "csl-jsonl";
    }

    @Override
    public String description() {
        return "CSL-JSON lines: one CSL-JSON item per line (for jq and line-oriented tools)";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        JsonGenerator gen = Json.FACTORY.createGenerator(out);
        return new RecordSink() {
            private boolean any;

            @Override
            public void write(BibRecord record) throws IOException {
                CslJsonWriter.writeNode(gen, CslMapping.toCsl(record));
                gen.flush();
                any = true;
            }

            @Override
            public void finish() throws IOException {
                gen.close();
                if (any) {
                    out.write('\n');
                }
                out.flush();
            }
        };
    }
}

package io.github.catconv.write.csljson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.catconv.csl.CslMapping;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes records as a CSL-JSON array (CSL 1.0.2), the input format of citeproc-js, Zotero's
 * CSL JSON import, pandoc's {@code --bibliography} and citation-js.
 *
 * <p>Streams: {@code [} is written on open, each item as soon as it is written (the generator's
 * buffer is handed to the {@link Writer} after every record), {@code ]} and a newline on finish.
 * The output is pretty-printed with two spaces and {@code \n} line ends on every platform; keys
 * come in the fixed order of {@link CslMapping}, so equal input gives byte-identical output.
 * Non-ASCII text is written as is (the caller's Writer decides the encoding, UTF-8 in catconv);
 * only what JSON requires is escaped. The writer never closes the {@link Writer} it is given.
 *
 * <p>Option {@code csl-id}: {@code record} (default) writes the record id as the item {@code id}.
 * {@code key} is reserved (citation keys, later); it is reported once and ignored.
 *
 * <p>Jackson is loaded by {@link #open} only (through {@link Json}): the class is instantiated on every run.
 */
public final class CslJsonWriter implements RecordWriter {

    /** Writer option that chooses what the item {@code id} holds. */
    public static final WriterOption CSL_ID = WriterOption.oneOf("csl-id", "SOURCE",
            "The item id: record is the record id; key (citation keys) is reserved and writes record ids.",
            "record", "record", "key");

    /** Initialisation-on-demand holder of the Jackson factory, so that listing writers loads no Jackson. */
    private static final class Json {
        /**
         * Shared factory: thread-safe once configured. The target Writer belongs to the caller, so
         * the generator never closes it; flushing the generator after each record must not flush the
         * caller's (possibly buffered) Writer each time, so only {@code finish} flushes it.
         */
        static final JsonFactory FACTORY = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                .build();

        /** A generator on {@code out} that has written the opening bracket. */
        static JsonGenerator startArray(Writer out) throws IOException {
            JsonGenerator gen = FACTORY.createGenerator(out);
            gen.setPrettyPrinter(prettyPrinter());
            gen.writeStartArray();
            gen.flush();
            return gen;
        }

        /** Two-space indentation, {@code \n} line ends, {@code "key": value}, {@code []} when empty. */
        private static DefaultPrettyPrinter prettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator("");
            return new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter);
        }
    }

    /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public CslJsonWriter() {
        // Stateless: every open() makes its own generator.
    }

    @Override
    public String id() {
        return "csl-json";
    }

    @Override
    public String description() {
        return "CSL-JSON array (CSL 1.0.2), as citeproc-js, Zotero and pandoc read it";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public List<WriterOption> options() {
        return List.of(CSL_ID);
    }

    /**
     * Starts a CSL-JSON array on {@code out} and writes its opening bracket.
     *
     * @param out the target, not null; never closed by this writer
     * @param context options and diagnostics, not null
     * @return a sink that writes one item per record; call {@code finish()} once to close the array
     * @throws IOException when the opening bracket cannot be written
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        String idSource = context.choice(CSL_ID);
        if (!idSource.equals("record")) {
            context.diagnostics().report(new Diagnostic(Severity.WARNING, null, 0, null,
                    "csl-json: csl-id=" + idSource + " is not supported yet; writing record ids"));
        }
        return new Sink(Json.startArray(out), out);
    }

    /** The open array: one item per record. Not thread-safe. */
    private static final class Sink implements RecordSink {

        private final JsonGenerator gen;
        private final Writer out;

        Sink(JsonGenerator gen, Writer out) {
            this.gen = gen;
            this.out = out;
        }

        @Override
        public void write(BibRecord record) throws IOException {
            writeNode(gen, CslMapping.toCsl(record, itemId(record)));
            gen.flush();
        }

        @Override
        public void finish() throws IOException {
            gen.writeEndArray();
            // Closing the generator releases its buffers; AUTO_CLOSE_TARGET is off, so `out` stays open.
            gen.close();
            out.write('\n');
            out.flush();
        }

        /**
         * The item id. The seam for {@code csl-id=key}: citation keys will be chosen here, and
         * {@link CslMapping} then keeps the catalog id in {@code note}.
         */
        private static String itemId(BibRecord record) {
            return record.id();
        }
    }

    /** Serialises one node of the neutral CSL tree ({@link CslMapping}); shared with the JSON lines writer. */
    static void writeNode(JsonGenerator gen, Object value) throws IOException {
        if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Integer i) {
            gen.writeNumber(i);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName((String) e.getKey());
                writeNode(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object o : list) {
                writeNode(gen, o);
            }
            gen.writeEndArray();
        } else {
            throw new IllegalStateException("not a CSL tree node: " + value);
        }
    }
}

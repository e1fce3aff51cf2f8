package io.github.catconv.write.mods;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.xml.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes records as MODS 3.8 (Library of Congress, Metadata Object Description Schema): one
 * {@code <modsCollection>} holding a {@code <mods>} per record, valid against mods-3-8.xsd, for
 * library systems and repositories (and bibutils' {@code xml2bib}/{@code xml2ris}). The mapping is
 * {@link ModsRecord} and docs/mods.md.
 *
 * <p>Streams through {@link XmlOutput}: the start of the collection on open, each record as it
 * comes, the end of the collection on finish. Takes no options.
 */
public final class ModsWriter implements RecordWriter {

    /** The MODS namespace, version 3. */
    static final String NAMESPACE = "http://www.loc.gov/mods/v3";

    /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public ModsWriter() {
        // Stateless: every open() starts its own document.
    }

    @Override
    public String id() {
        return "mods";
    }

    @Override
    public String description() {
        return "MODS 3.8 XML (Library of Congress), for library systems and repositories";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(context, "context");
        XmlOutput x = XmlOutput.open(out, NAMESPACE, "modsCollection");
        return new RecordSink() {
            @Override
            public void write(BibRecord record) throws IOException {
                ModsRecord.write(x, record);
            }

            @Override
            public void finish() throws IOException {
                x.finish();
            }
        };
    }
}

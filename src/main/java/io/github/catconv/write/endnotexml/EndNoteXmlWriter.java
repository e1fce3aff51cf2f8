package io.github.catconv.write.endnotexml;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.xml.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes records in EndNote's XML import format ({@code <xml><records><record>…}), which EndNote
 * (File › Import › EndNote generated XML), Zotero and bibutils' {@code endx2xml} read. The mapping
 * is {@link EndNoteRecord} and docs/endnote-xml.md.
 *
 * <p>Streams through {@link XmlOutput}: the start of {@code <records>} on open, each record as it
 * comes, the ends on finish. Takes no options.
 */
public final class EndNoteXmlWriter implements RecordWriter {

    /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public EndNoteXmlWriter() {
        // Stateless: every open() starts its own document.
    }

    @Override
    public String id() {
        return "endnote-xml";
    }

    @Override
    public String description() {
        return "EndNote XML import format (<xml><records>), as EndNote and Zotero read it";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(context, "context");
        XmlOutput x = XmlOutput.open(out, "", "xml");
        x.start("records");
        return new RecordSink() {
            @Override
            public void write(BibRecord record) throws IOException {
                EndNoteRecord.write(x, record);
            }

            @Override
            public void finish() throws IOException {
                x.end();
                x.finish();
            }
        };
    }
}

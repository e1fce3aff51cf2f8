package io.github.catconv.read.solr;

import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.IOException;

/**
 * The record loop both Solr readers share: take the next document, map it, isolate a mapping bug
 * to its record, and stop the input (one located error) when the stream itself cannot be read on.
 * Subclasses only find documents.
 */
abstract class DocumentCursor implements RecordCursor {

    /** The stream cannot be read past this point; the message is the whole diagnostic. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    protected final ReadContext ctx;
    private final SolrDocumentMapper mapper;
    private boolean done;

    DocumentCursor(ReadContext ctx, SolrDocumentMapper mapper) {
        this.ctx = ctx;
        this.mapper = mapper;
    }

    /**
     * The next document, or null at the end of the input.
     *
     * @throws Unreadable when the parser cannot go on (malformed or refused input)
     */
    protected abstract SolrDocument nextDocument() throws IOException, Unreadable;

    @Override
    public final BibRecord next() throws IOException {
        while (!done) {
            SolrDocument doc;
            try {
                doc = nextDocument();
            } catch (Unreadable e) {
                done = true;
                ctx.reject(e.line, null, "", e.getMessage());
                return null;
            }
            if (doc == null) {
                done = true;
                return null;
            }
            try {
                BibRecord r = mapper.map(doc, ctx);
                if (r != null) {
                    return r;
                }
            } catch (RuntimeException e) {
                ctx.reject(doc.line(), doc.idOrNull(), "", "internal error on this record: " + e + " (please report)");
            }
        }
        return null;
    }
}

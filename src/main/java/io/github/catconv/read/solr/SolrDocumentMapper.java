package io.github.catconv.read.solr;

import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;

/**
 * Turns one Solr document into a record through the same field table the VuFind staff-view reader
 * uses, so one record gives the same output whichever shape it came in.
 *
 * <p>This is the seam between the Solr readers and {@code read.vufind}: {@link #standard()} is the
 * mapper the readers use.
 */
@FunctionalInterface
public interface SolrDocumentMapper {

    /**
     * Maps one document.
     *
     * @param doc the document; not null
     * @param ctx where problems go; not null
     * @return the record, or null when the document was rejected (already reported via
     *         {@link ReadContext#reject})
     */
    BibRecord map(SolrDocument doc, ReadContext ctx);

    /** The mapper the Solr readers use: the VuFind staff-view field table. */
    static SolrDocumentMapper standard() {
        return (doc, ctx) -> {
            java.util.List<io.github.catconv.model.SourceField> fields = new java.util.ArrayList<>(doc.fields().size());
            for (SolrField f : doc.fields()) {
                fields.add(new io.github.catconv.model.SourceField(f.name(), f.values(), f.line()));
            }
            return io.github.catconv.read.vufind.VufindRecords.fromSolrFields(fields, ctx, doc.line());
        };
    }
}

package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageField;
import io.github.catconv.read.vufind.page.RecordPageParser;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceField;
import io.github.catconv.read.ReadContext;
import java.util.List;
import java.util.Objects;

/**
 * The VuFind field mapping for readers of other shapes of the same Solr document (Solr JSON,
 * Solr XML): one mapping table, so a record gives the same output whichever shape it came in.
 */
public final class VufindRecords {

    private VufindRecords() {
    }

    /**
     * Maps the fields of one Solr document, in document order, onto a record exactly as the
     * staff-view reader maps the same fields.
     *
     * @param fields field name and values (strings as Solr stores them), each with its source line
     * @param context the read context (file name, diagnostics)
     * @param line the line where the document starts, for diagnostics and provenance
     * @return the record; never null
     */
    public static BibRecord fromSolrFields(List<SourceField> fields, ReadContext context, int line) {
        Objects.requireNonNull(fields, "fields");
        RecordPageParser.Parsed page = new RecordPageParser.Parsed();
        for (SourceField sf : fields) {
            PageField f = new PageField(sf.name(), sf.line() > 0 ? sf.line() : line);
            for (String v : sf.values()) {
                if (v != null && !v.isBlank()) {
                    f.add(v, f.line);
                }
            }
            page.staff.add(f);
        }
        BibRecord r = new PageMapper(context).map(page, line);
        for (Object[] note : page.notes) {
            context.warn((Integer) note[0], r.id(), (String) note[1]);
        }
        return r;
    }
}

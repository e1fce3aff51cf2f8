package io.github.catconv.read.vufind;

import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.fullrecord.FullRecords;
import io.github.catconv.read.fullrecord.RecordMerger;
import io.github.catconv.read.vufind.page.RecordPageParser;

/**
 * Maps one parsed page onto a {@link BibRecord} by applying the rows of {@link MappingTable} in
 * order (staff-view fields first, header rows where the staff view is silent); what no row
 * consumed is kept as unmapped. A {@code fullrecord} is merged in last.
 */
final class PageMapper {

    private final ReadContext ctx;

    PageMapper(ReadContext ctx) {
        this.ctx = ctx;
    }

    BibRecord map(RecordPageParser.Parsed page, int startLine) {
        PageMapping m = new PageMapping(page, startLine, ctx);
        for (MappingTable row : MappingTable.ROWS) {
            row.apply(m);
        }
        BibRecord.Builder b = m.record;
        b.source(m.source());
        b.unmapped(m.fields.unused());
        BibRecord rec = AltScriptSpelling.apply(m.fields, b.build());
        if (m.fullRecord != null) {
            // The source record VuFind indexed (MARCXML, MARC-in-JSON, raw MARC, Dublin Core, MODS)
            // adds what the Solr fields lost: exact dates, journal titles, identifiers.
            final BibRecord base = rec;
            rec = FullRecords.read(m.fullRecord, m.id, ctx, m.fields.line("fullrecord"))
                    .map(src -> RecordMerger.merge(base, src)).orElse(rec);
        }
        return rec;
    }
}

package io.github.catconv.read.vufind;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.SourceInfo;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.read.vufind.page.RecordPageParser;
import java.util.List;

/**
 * One page while the rows of {@link MappingTable} are applied to it: its fields, the record being
 * built, and what a later row or {@link PageMapper} needs from an earlier row (the id, the parts of
 * the source information, the full record to merge).
 */
final class PageMapping {

    final RecordPageParser.Parsed page;
    final PageFields fields;
    final BibRecord.Builder record = BibRecord.builder();
    final ReadContext context;
    final int startLine;

    /** The record id, set by the first row ({@link RecordIdMapper}) for the rows after it. */
    String id;
    /** The catalog's id for {@link SourceInfo#recordId}: null when the page has no {@code id}. */
    String sourceRecordId;
    String institution;
    String collection;
    String recordFormat;
    List<String> formats = List.of();
    /** The {@code fullrecord} text, merged in once the record is built. */
    String fullRecord;
    /** The {@link MappingTable.Target}s a copy row filled, by ordinal (the header snippet fills only an empty abstract). */
    private long filled;

    PageMapping(RecordPageParser.Parsed page, int startLine, ReadContext context) {
        this.page = page;
        this.fields = new PageFields(page);
        this.context = context;
        this.startLine = startLine;
    }

    void filled(MappingTable.Target target) {
        filled |= 1L << target.ordinal();
    }

    boolean isFilled(MappingTable.Target target) {
        return (filled & 1L << target.ordinal()) != 0;
    }

    /** Keeps the {@code fullrecord} text for {@link PageMapper} to merge once the record is built. */
    static void keepFullRecord(PageMapping m) {
        m.fullRecord = m.fields.first("fullrecord");
    }

    SourceInfo source() {
        return new SourceInfo(sourceRecordId, institution, collection, recordFormat, formats, context.fileName(),
                startLine);
    }

    /** Case-insensitive membership, for lists kept distinct that way (subjects, series titles). */
    static boolean containsIgnoreCase(List<String> list, String s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }
}

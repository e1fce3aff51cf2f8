package io.github.catconv.write.csv;

import io.github.catconv.model.RecordType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * RecordType → Zotero item type name, as Zotero's CSV export writes it in "Item Type".
 *
 * <p>The inverse of Zotero's own CSL type mapping (zotero/zotero-schema {@code csl.types}):
 * {@code article} is {@code preprint}, {@code motion_picture} {@code videoRecording} (catalog
 * DVDs), {@code song} {@code audioRecording}. Zotero has no type for a musical score (cited
 * like a book) or a whole periodical ({@code document}).
 */
final class ZoteroItemType {

    private static final Map<RecordType, String> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordType.ARTICLE, "preprint"),
            Map.entry(RecordType.ARTICLE_JOURNAL, "journalArticle"),
            Map.entry(RecordType.ARTICLE_MAGAZINE, "magazineArticle"),
            Map.entry(RecordType.ARTICLE_NEWSPAPER, "newspaperArticle"),
            Map.entry(RecordType.BOOK, "book"),
            Map.entry(RecordType.CHAPTER, "bookSection"),
            Map.entry(RecordType.PAPER_CONFERENCE, "conferencePaper"),
            Map.entry(RecordType.THESIS, "thesis"),
            Map.entry(RecordType.REPORT, "report"),
            Map.entry(RecordType.DATASET, "dataset"),
            Map.entry(RecordType.SOFTWARE, "computerProgram"),
            Map.entry(RecordType.WEBPAGE, "webpage"),
            Map.entry(RecordType.MAP, "map"),
            Map.entry(RecordType.MANUSCRIPT, "manuscript"),
            Map.entry(RecordType.MOTION_PICTURE, "videoRecording"),
            Map.entry(RecordType.SONG, "audioRecording"),
            Map.entry(RecordType.MUSICAL_SCORE, "book"),
            Map.entry(RecordType.GRAPHIC, "artwork"),
            Map.entry(RecordType.PERIODICAL, "document"),
            Map.entry(RecordType.ENTRY_ENCYCLOPEDIA, "encyclopediaArticle"),
            Map.entry(RecordType.LEGISLATION, "statute"),
            Map.entry(RecordType.DOCUMENT, "document")));

    private ZoteroItemType() {
    }

    /** The Zotero item type of a record type; "document" for none closer; never null. */
    static String of(RecordType type) {
        return TABLE.getOrDefault(Objects.requireNonNull(type, "type"), "document");
    }
}

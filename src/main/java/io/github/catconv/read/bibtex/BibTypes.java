package io.github.catconv.read.bibtex;

import io.github.catconv.model.RecordType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entry type → record type, for both dialects: the inverse of the writers' table
 * ({@code docs/bibtex.md}, "Entry types") and the other types of BibTeXing §2 and the biblatex
 * manual §2.1 (regular, non-standard and aliased types), each to the CSL type closest in meaning.
 * The table is in {@code docs/readers.md}.
 */
final class BibTypes {

    private static final Map<String, RecordType> TYPES = Map.ofEntries(
            Map.entry("article", RecordType.ARTICLE_JOURNAL),
            Map.entry("book", RecordType.BOOK), Map.entry("mvbook", RecordType.BOOK),
            Map.entry("collection", RecordType.BOOK), Map.entry("mvcollection", RecordType.BOOK),
            Map.entry("proceedings", RecordType.BOOK), Map.entry("mvproceedings", RecordType.BOOK),
            Map.entry("reference", RecordType.BOOK), Map.entry("mvreference", RecordType.BOOK),
            Map.entry("booklet", RecordType.BOOK), Map.entry("bookinbook", RecordType.CHAPTER),
            Map.entry("inbook", RecordType.CHAPTER), Map.entry("incollection", RecordType.CHAPTER),
            Map.entry("suppbook", RecordType.CHAPTER), Map.entry("suppcollection", RecordType.CHAPTER),
            Map.entry("inreference", RecordType.ENTRY_ENCYCLOPEDIA),
            Map.entry("inproceedings", RecordType.PAPER_CONFERENCE), Map.entry("conference", RecordType.PAPER_CONFERENCE),
            Map.entry("phdthesis", RecordType.THESIS), Map.entry("mastersthesis", RecordType.THESIS),
            Map.entry("thesis", RecordType.THESIS),
            Map.entry("techreport", RecordType.REPORT), Map.entry("report", RecordType.REPORT),
            Map.entry("manual", RecordType.REPORT),
            Map.entry("unpublished", RecordType.MANUSCRIPT),
            Map.entry("online", RecordType.WEBPAGE), Map.entry("electronic", RecordType.WEBPAGE),
            Map.entry("www", RecordType.WEBPAGE),
            Map.entry("dataset", RecordType.DATASET), Map.entry("software", RecordType.SOFTWARE),
            Map.entry("periodical", RecordType.PERIODICAL), Map.entry("suppperiodical", RecordType.ARTICLE_JOURNAL),
            Map.entry("artwork", RecordType.GRAPHIC), Map.entry("image", RecordType.GRAPHIC),
            Map.entry("movie", RecordType.MOTION_PICTURE), Map.entry("video", RecordType.MOTION_PICTURE),
            Map.entry("music", RecordType.SONG), Map.entry("audio", RecordType.SONG),
            Map.entry("legislation", RecordType.LEGISLATION), Map.entry("legal", RecordType.LEGISLATION),
            Map.entry("jurisdiction", RecordType.LEGISLATION),
            Map.entry("misc", RecordType.DOCUMENT), Map.entry("letter", RecordType.DOCUMENT),
            Map.entry("patent", RecordType.DOCUMENT), Map.entry("standard", RecordType.REPORT),
            Map.entry("review", RecordType.ARTICLE_JOURNAL), Map.entry("performance", RecordType.DOCUMENT),
            Map.entry("commentary", RecordType.BOOK));

    /** Types whose entries are data for other entries, not records (biblatex §2.1.1 "xdata", "set"). */
    private static final Set<String> NOT_RECORDS = Set.of("xdata", "set");

    /** Types whose entries other entries inherit from, kept for a while for {@code crossref}. */
    private static final Set<String> PARENTS = Set.of("book", "mvbook", "collection", "mvcollection",
            "proceedings", "mvproceedings", "reference", "mvreference", "periodical", "xdata", "booklet", "inbook");

    private BibTypes() {
    }

    /** The record type of an entry type, or null when the type is unknown. */
    static RecordType of(String entryType) {
        return TYPES.get(entryType.toLowerCase(Locale.ROOT));
    }

    static boolean isRecord(String entryType) {
        return !NOT_RECORDS.contains(entryType);
    }

    static boolean isParent(String entryType) {
        return PARENTS.contains(entryType);
    }

    /** Multi-volume parents, whose title a child inherits as {@code maintitle} (biblatex §B.5). */
    static boolean isMultiVolume(String entryType) {
        return entryType.startsWith("mv");
    }
}

package io.github.catconv.write.ris;

import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.RecordType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * RIS reference types ({@code TY}) and, per type, the tags that Zotero's RIS translator reads
 * back into the right Zotero field.
 *
 * <p>Type codes follow the RIS specification (2011); where Zotero's import differs per type
 * (zotero/translators {@code RIS.js}, {@code fieldMap}), the columns say which tag to use:
 * e.g. Zotero reads {@code A3} as the editor of a {@code BOOK} but {@code A2} as the editor of
 * a {@code CHAP}, and {@code T2} as the series of a {@code BOOK} but {@code T3} as the series of
 * a {@code CHAP}. {@code M3} is only written where Zotero maps it (for {@code JOUR} Zotero reads
 * {@code M3} as a DOI).
 */
public enum RisType {
    // Columns: the TY code written, editor tag, series editor tag, series tag, series number tag,
    // SN scheme, genre in M3, SP holds the page count of the whole work. The constant names the
    // tag profile (Zotero's per-type creator and series tags); the code is the TY written:
    // the spec's own code, except where another code is read as the right type by every importer
    // we test (Zotero, EndNote, citation-js, bibutils' ris2xml): CONF for CPAPER, JOUR for JFULL.
    // See docs/ris.md, "Type codes". A constant written under another type's code has that
    // type's columns, because a reader applies the columns of the code it reads: otherwise
    // catconv → RIS → catconv → RIS would not be a fixed point.
    JOUR("JOUR", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISSN, false, false),
    MGZN("MGZN", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISSN, false, false),
    NEWS("NEWS", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISSN, false, false),
    JFULL("JOUR", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISSN, false, false),
    BOOK("BOOK", RisTag.A3, RisTag.A2, RisTag.T2, RisTag.M1, IdentifierScheme.ISBN, false, true),
    CHAP("CHAP", RisTag.A2, RisTag.A3, RisTag.T3, RisTag.SV, IdentifierScheme.ISBN, false, false),
    CPAPER("CONF", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISBN, false, false),
    ENCYC("ENCYC", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISBN, false, false),
    THES("THES", RisTag.A2, RisTag.A3, RisTag.T3, null, null, true, true),
    /** Zotero reads SN of a report as its report number, so ISBNs go to N1. */
    RPRT("RPRT", RisTag.A2, RisTag.A2, RisTag.T2, null, null, true, false),
    DATA("DATA", RisTag.A2, RisTag.A3, RisTag.T3, null, null, false, false),
    COMP("COMP", RisTag.A2, RisTag.A3, RisTag.T2, null, IdentifierScheme.ISBN, false, false),
    ELEC("ELEC", RisTag.A2, RisTag.A3, RisTag.T3, null, null, true, false),
    MAP("MAP", RisTag.A2, RisTag.A3, RisTag.T2, null, IdentifierScheme.ISBN, true, false),
    MANSCPT("MANSCPT", RisTag.A2, RisTag.A3, RisTag.T3, null, null, true, true),
    VIDEO("VIDEO", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISBN, false, false),
    SOUND("SOUND", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISBN, false, false),
    MUSIC("MUSIC", RisTag.A2, RisTag.A3, RisTag.T3, null, IdentifierScheme.ISBN, false, false),
    ART("ART", RisTag.A2, RisTag.A3, RisTag.T3, null, null, true, false),
    STAT("STAT", RisTag.A2, RisTag.A3, RisTag.T3, null, null, false, false),
    GEN("GEN", RisTag.A2, RisTag.A3, RisTag.T3, null, null, false, false);

    /**
     * RecordType → tag profile (and so TY). Choices beyond the obvious: {@code paper-conference}
     * writes {@code CONF}, as Zotero's and JabRef's own RIS export do (bibutils knows no
     * {@code CPAPER}); {@code periodical} writes {@code JOUR}, which Zotero and citation-js read
     * as they read JFULL and bibutils knows; {@code webpage} is {@code ELEC}
     * (spec and Zotero; {@code WEB} is EndNote's); {@code article} (preprints, working papers) and
     * {@code document} are {@code GEN}.
     */
    private static final Map<RecordType, RisType> BY_RECORD_TYPE = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordType.ARTICLE, GEN),
            Map.entry(RecordType.ARTICLE_JOURNAL, JOUR),
            Map.entry(RecordType.ARTICLE_MAGAZINE, MGZN),
            Map.entry(RecordType.ARTICLE_NEWSPAPER, NEWS),
            Map.entry(RecordType.BOOK, BOOK),
            Map.entry(RecordType.CHAPTER, CHAP),
            Map.entry(RecordType.PAPER_CONFERENCE, CPAPER),
            Map.entry(RecordType.THESIS, THES),
            Map.entry(RecordType.REPORT, RPRT),
            Map.entry(RecordType.DATASET, DATA),
            Map.entry(RecordType.SOFTWARE, COMP),
            Map.entry(RecordType.WEBPAGE, ELEC),
            Map.entry(RecordType.MAP, MAP),
            Map.entry(RecordType.MANUSCRIPT, MANSCPT),
            Map.entry(RecordType.MOTION_PICTURE, VIDEO),
            Map.entry(RecordType.SONG, SOUND),
            Map.entry(RecordType.MUSICAL_SCORE, MUSIC),
            Map.entry(RecordType.GRAPHIC, ART),
            Map.entry(RecordType.PERIODICAL, JFULL),
            Map.entry(RecordType.ENTRY_ENCYCLOPEDIA, ENCYC),
            Map.entry(RecordType.LEGISLATION, STAT),
            Map.entry(RecordType.DOCUMENT, GEN)));

    private final String code;
    private final RisTag editorTag;
    private final RisTag seriesEditorTag;
    private final RisTag seriesTag;
    private final RisTag seriesNumberTag;
    private final IdentifierScheme serialNumberScheme;
    private final boolean writesGenre;
    private final boolean pageCountInSp;

    RisType(String code, RisTag editorTag, RisTag seriesEditorTag, RisTag seriesTag, RisTag seriesNumberTag,
            IdentifierScheme serialNumberScheme, boolean writesGenre, boolean pageCountInSp) {
        this.code = code;
        this.editorTag = editorTag;
        this.seriesEditorTag = seriesEditorTag;
        this.seriesTag = seriesTag;
        this.seriesNumberTag = seriesNumberTag;
        this.serialNumberScheme = serialNumberScheme;
        this.writesGenre = writesGenre;
        this.pageCountInSp = pageCountInSp;
    }

    /**
     * The RIS type of a record type; never null ({@code GEN} for a type without a closer match).
     *
     * @throws NullPointerException when {@code type} is null
     */
    public static RisType of(RecordType type) {
        return BY_RECORD_TYPE.getOrDefault(Objects.requireNonNull(type, "type"), GEN);
    }

    /** The code written after {@code TY  - }. */
    public String code() {
        return code;
    }

    /** The tag for editors ({@code A2}, or {@code A3} for books). */
    public RisTag editorTag() {
        return editorTag;
    }

    /** The tag for series editors ({@code A3}, or {@code A2} for books and reports). */
    public RisTag seriesEditorTag() {
        return seriesEditorTag;
    }

    /** The tag for series titles ({@code T3}, or {@code T2} where Zotero reads the series there). */
    public RisTag seriesTag() {
        return seriesTag;
    }

    /** The tag for the number in a series ({@code M1}, {@code SV}), or null to append it to the title. */
    public RisTag seriesNumberTag() {
        return seriesNumberTag;
    }

    /** The identifier scheme written to {@code SN}, or null when none is (all go to {@code N1}). */
    public IdentifierScheme serialNumberScheme() {
        return serialNumberScheme;
    }

    /** True when the genre goes to {@code M3} (thesis, report, map, manuscript, web page, artwork type). */
    public boolean writesGenre() {
        return writesGenre;
    }

    /** True when {@code SP} holds the number of pages of the whole work (book, thesis, manuscript). */
    public boolean pageCountInSp() {
        return pageCountInSp;
    }
}

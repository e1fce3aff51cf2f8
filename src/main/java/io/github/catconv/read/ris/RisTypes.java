package io.github.catconv.read.ris;

import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.IdentifierScheme;
import io.github.catconv.model.RecordType;
import java.util.Map;
import java.util.Set;

/**
 * The reference types ({@code TY}) of the RIS specification (2011) and of EndNote's and Zotero's
 * exports, each with the record type it is read as and what its tags mean in it.
 *
 * <p>Tag meanings follow Zotero's RIS translator ({@code RIS.js}, {@code fieldMap}), which is also
 * what catconv's RIS writer writes ({@code docs/ris.md}): {@code A3} is the editor of a book but the
 * series editor of a chapter, {@code T2} the series of a book but the journal of an article,
 * {@code M3} the thesis or report kind, {@code SP} the page count of a book, thesis or manuscript.
 */
final class RisTypes {

    /** How one group of TY codes reads its tags. */
    enum Profile {
        SERIAL, BOOK, CHAPTER, CONFERENCE, ENCYCLOPEDIA, THESIS, REPORT, SERIES_IN_T2, VIDEO, SOUND, GENRE_IN_M3, OTHER
    }

    /** TY → record type and profile. */
    record Type(RecordType recordType, Profile profile) {
    }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("JOUR", new Type(RecordType.ARTICLE_JOURNAL, Profile.SERIAL)),
            Map.entry("EJOUR", new Type(RecordType.ARTICLE_JOURNAL, Profile.SERIAL)),
            Map.entry("ABST", new Type(RecordType.ARTICLE_JOURNAL, Profile.SERIAL)),
            Map.entry("INPR", new Type(RecordType.ARTICLE_JOURNAL, Profile.SERIAL)),
            Map.entry("MGZN", new Type(RecordType.ARTICLE_MAGAZINE, Profile.SERIAL)),
            Map.entry("NEWS", new Type(RecordType.ARTICLE_NEWSPAPER, Profile.SERIAL)),
            Map.entry("JFULL", new Type(RecordType.PERIODICAL, Profile.SERIAL)),
            Map.entry("SER", new Type(RecordType.PERIODICAL, Profile.SERIAL)),
            Map.entry("BOOK", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("EBOOK", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("EDBOOK", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("PAMP", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("CTLG", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("CLSWK", new Type(RecordType.BOOK, Profile.BOOK)),
            Map.entry("ANCIENT", new Type(RecordType.MANUSCRIPT, Profile.GENRE_IN_M3)),
            Map.entry("CHAP", new Type(RecordType.CHAPTER, Profile.CHAPTER)),
            Map.entry("ECHAP", new Type(RecordType.CHAPTER, Profile.CHAPTER)),
            Map.entry("CPAPER", new Type(RecordType.PAPER_CONFERENCE, Profile.CONFERENCE)),
            Map.entry("CONF", new Type(RecordType.PAPER_CONFERENCE, Profile.CONFERENCE)),
            Map.entry("ENCYC", new Type(RecordType.ENTRY_ENCYCLOPEDIA, Profile.ENCYCLOPEDIA)),
            Map.entry("DICT", new Type(RecordType.ENTRY_ENCYCLOPEDIA, Profile.ENCYCLOPEDIA)),
            Map.entry("THES", new Type(RecordType.THESIS, Profile.THESIS)),
            Map.entry("RPRT", new Type(RecordType.REPORT, Profile.REPORT)),
            Map.entry("GOVDOC", new Type(RecordType.REPORT, Profile.REPORT)),
            Map.entry("STAND", new Type(RecordType.REPORT, Profile.REPORT)),
            Map.entry("DATA", new Type(RecordType.DATASET, Profile.OTHER)),
            Map.entry("DBASE", new Type(RecordType.DATASET, Profile.OTHER)),
            Map.entry("AGGR", new Type(RecordType.DATASET, Profile.OTHER)),
            Map.entry("COMP", new Type(RecordType.SOFTWARE, Profile.SERIES_IN_T2)),
            Map.entry("MAP", new Type(RecordType.MAP, Profile.SERIES_IN_T2)),
            Map.entry("ELEC", new Type(RecordType.WEBPAGE, Profile.GENRE_IN_M3)),
            Map.entry("WEB", new Type(RecordType.WEBPAGE, Profile.GENRE_IN_M3)),
            Map.entry("BLOG", new Type(RecordType.WEBPAGE, Profile.GENRE_IN_M3)),
            Map.entry("MANSCPT", new Type(RecordType.MANUSCRIPT, Profile.GENRE_IN_M3)),
            Map.entry("UNPB", new Type(RecordType.MANUSCRIPT, Profile.GENRE_IN_M3)),
            Map.entry("UNPD", new Type(RecordType.MANUSCRIPT, Profile.GENRE_IN_M3)),
            Map.entry("ART", new Type(RecordType.GRAPHIC, Profile.GENRE_IN_M3)),
            Map.entry("FIGURE", new Type(RecordType.GRAPHIC, Profile.OTHER)),
            Map.entry("VIDEO", new Type(RecordType.MOTION_PICTURE, Profile.VIDEO)),
            Map.entry("MPCT", new Type(RecordType.MOTION_PICTURE, Profile.VIDEO)),
            Map.entry("ADVS", new Type(RecordType.MOTION_PICTURE, Profile.VIDEO)),
            Map.entry("MULTI", new Type(RecordType.MOTION_PICTURE, Profile.VIDEO)),
            Map.entry("SOUND", new Type(RecordType.SONG, Profile.SOUND)),
            Map.entry("MUSIC", new Type(RecordType.MUSICAL_SCORE, Profile.SOUND)),
            Map.entry("STAT", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("BILL", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("UNBILL", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("CASE", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("LEGAL", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("HEAR", new Type(RecordType.LEGISLATION, Profile.OTHER)),
            Map.entry("GEN", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("PAT", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("PCOMM", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("ICOMM", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("SLIDE", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("EQUA", new Type(RecordType.DOCUMENT, Profile.OTHER)),
            Map.entry("GRNT", new Type(RecordType.DOCUMENT, Profile.OTHER)));

    /** The type read for a TY the table does not know (reported as a warning). */
    static final Type GENERIC = new Type(RecordType.DOCUMENT, Profile.OTHER);

    private RisTypes() {
    }

    /** The type of a TY code, or null when it is unknown. */
    static Type of(String ty) {
        return TYPES.get(ty.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The role of a name tag in a profile; null when the tag names no contributor there. */
    static ContributorRole role(String tag, Type type) {
        Profile p = type.profile();
        return switch (tag) {
            case "AU", "A1" -> p == Profile.VIDEO ? ContributorRole.DIRECTOR
                    : p == Profile.SOUND ? ContributorRole.COMPOSER : ContributorRole.AUTHOR;
            // A2 of a sound recording is its performer, of a score (MUSIC) its editor.
            case "A2" -> p == Profile.BOOK ? ContributorRole.SERIES_EDITOR
                    : type.recordType() == RecordType.SONG ? ContributorRole.PERFORMER : ContributorRole.EDITOR;
            case "A3" -> switch (p) {
                case BOOK -> ContributorRole.EDITOR;
                case VIDEO -> ContributorRole.PRODUCER;
                case THESIS -> ContributorRole.THESIS_ADVISOR;
                default -> ContributorRole.SERIES_EDITOR;
            };
            case "A4", "TA" -> ContributorRole.TRANSLATOR;
            case "ED" -> ContributorRole.EDITOR;
            default -> null;
        };
    }

    /** True when {@code T2} holds the series (Zotero: book, report, map, computer program). */
    static boolean seriesInT2(Profile p) {
        return p == Profile.BOOK || p == Profile.REPORT || p == Profile.SERIES_IN_T2;
    }

    /** The tag holding the number in the first series, or null ("Title ; number" in the series tag). */
    static String seriesNumberTag(Profile p) {
        return p == Profile.BOOK ? "M1" : p == Profile.CHAPTER ? "SV" : null;
    }

    /** The identifier {@code SN} holds, or null when it must be told by its shape. */
    static IdentifierScheme serialNumber(Profile p) {
        return switch (p) {
            case SERIAL -> IdentifierScheme.ISSN;
            case BOOK, CHAPTER, CONFERENCE, ENCYCLOPEDIA, SERIES_IN_T2, VIDEO, SOUND -> IdentifierScheme.ISBN;
            default -> null;
        };
    }

    /** Types whose {@code M3} is their kind (Zotero's thesisType, reportType …). */
    private static final Set<Profile> GENRE_M3 = Set.of(Profile.THESIS, Profile.REPORT, Profile.GENRE_IN_M3);

    static boolean genreInM3(Profile p, RecordType t) {
        return GENRE_M3.contains(p) || t == RecordType.MAP;
    }

    /** Types whose {@code SP} alone is the page count of the whole work. */
    static boolean pageCountInSp(Profile p, RecordType t) {
        return p == Profile.BOOK || p == Profile.THESIS || t == RecordType.MANUSCRIPT;
    }
}

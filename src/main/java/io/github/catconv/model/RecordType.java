package io.github.catconv.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The closed set of record types; each maps onto exactly one CSL 1.0.2 item type.
 *
 * <p>The external id of each constant is its CSL type name, so the CSL mapping is the
 * identity and every writer's type table is keyed by these constants.
 */
public enum RecordType {
    ARTICLE("article"),
    ARTICLE_JOURNAL("article-journal"),
    ARTICLE_MAGAZINE("article-magazine"),
    ARTICLE_NEWSPAPER("article-newspaper"),
    BOOK("book"),
    CHAPTER("chapter"),
    PAPER_CONFERENCE("paper-conference"),
    THESIS("thesis"),
    REPORT("report"),
    DATASET("dataset"),
    SOFTWARE("software"),
    WEBPAGE("webpage"),
    MAP("map"),
    MANUSCRIPT("manuscript"),
    MOTION_PICTURE("motion_picture"),
    SONG("song"),
    MUSICAL_SCORE("musical_score"),
    GRAPHIC("graphic"),
    PERIODICAL("periodical"),
    ENTRY_ENCYCLOPEDIA("entry-encyclopedia"),
    LEGISLATION("legislation"),
    DOCUMENT("document");

    private final String cslType;

    RecordType(String cslType) {
        this.cslType = cslType;
    }

    /** The CSL 1.0.2 type name, also this type's stable external id. */
    public String cslType() {
        return cslType;
    }

    /** Looks a type up by its CSL name (case-insensitive); empty when unknown. */
    public static Optional<RecordType> fromCslType(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (RecordType t : values()) {
            if (t.cslType.equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

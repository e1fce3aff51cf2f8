package io.github.catconv.write.bibtex;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.RecordType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The entry type table: one row per {@link RecordType}, one column per dialect.
 *
 * <p>BibTeX types are the 14 of Patashnik's "BibTeXing" (plain.bst); BibLaTeX types are those of
 * the biblatex manual §2.1.1 (regular types). Films, music, artwork and legislation are
 * {@code misc}: the manual's §2.1.3 types ({@code movie}, {@code music}, …) allow no author or
 * title in biber's default data model, so {@code biber --validate-datamodel} would warn. Two rows depend on the record: a thesis's kind is read from its genre
 * ({@link ThesisKind}), and in BibLaTeX a chapter is {@code incollection} when the host book has
 * editors and {@code inbook} otherwise (manual §2.1.1), and a periodical without editors is
 * {@code misc}, because biblatex's {@code periodical} requires an editor, and an edited book without
 * authors is a {@code collection}, because biblatex's {@code book} requires an author.
 */
public final class EntryTypes {

    /** Row of the table: the BibTeX and the BibLaTeX entry type. */
    private record Row(String bibtex, String biblatex) {
    }

    private static final Map<RecordType, Row> TABLE = new EnumMap<>(RecordType.class);

    static {
        // CSL "article" is a preprint or working paper outside a journal: BibTeX's article needs a journal.
        TABLE.put(RecordType.ARTICLE, new Row("misc", "misc"));
        TABLE.put(RecordType.ARTICLE_JOURNAL, new Row("article", "article"));
        TABLE.put(RecordType.ARTICLE_MAGAZINE, new Row("article", "article"));
        TABLE.put(RecordType.ARTICLE_NEWSPAPER, new Row("article", "article"));
        TABLE.put(RecordType.BOOK, new Row("book", "book"));
        TABLE.put(RecordType.CHAPTER, new Row("incollection", "incollection"));
        TABLE.put(RecordType.PAPER_CONFERENCE, new Row("inproceedings", "inproceedings"));
        TABLE.put(RecordType.THESIS, new Row("phdthesis", "thesis"));
        TABLE.put(RecordType.REPORT, new Row("techreport", "report"));
        TABLE.put(RecordType.DATASET, new Row("misc", "dataset"));
        TABLE.put(RecordType.SOFTWARE, new Row("misc", "software"));
        TABLE.put(RecordType.WEBPAGE, new Row("misc", "online"));
        TABLE.put(RecordType.MAP, new Row("misc", "misc"));
        TABLE.put(RecordType.MANUSCRIPT, new Row("unpublished", "unpublished"));
        TABLE.put(RecordType.MOTION_PICTURE, new Row("misc", "misc"));
        TABLE.put(RecordType.SONG, new Row("misc", "misc"));
        TABLE.put(RecordType.MUSICAL_SCORE, new Row("misc", "misc"));
        TABLE.put(RecordType.GRAPHIC, new Row("misc", "misc"));
        TABLE.put(RecordType.PERIODICAL, new Row("misc", "periodical"));
        TABLE.put(RecordType.ENTRY_ENCYCLOPEDIA, new Row("incollection", "inreference"));
        TABLE.put(RecordType.LEGISLATION, new Row("misc", "misc"));
        TABLE.put(RecordType.DOCUMENT, new Row("misc", "misc"));
    }

    /** Newspaper and magazine articles keep their kind in biblatex's {@code entrysubtype}. */
    private static final Map<RecordType, String> SUBTYPES = Map.of(
            RecordType.ARTICLE_NEWSPAPER, "newspaper", RecordType.ARTICLE_MAGAZINE, "magazine");

    private EntryTypes() {
    }

    /** The BibTeX entry type for {@code record}; never null. */
    public static String bibtex(BibRecord record) {
        if (record.type() == RecordType.THESIS) {
            return ThesisKind.of(record.genre().orElse(null)).bibtexType();
        }
        return TABLE.get(record.type()).bibtex();
    }

    /** The BibLaTeX entry type for {@code record}; never null. */
    public static String biblatex(BibRecord record) {
        boolean noEditors = record.contributors(ContributorRole.EDITOR).isEmpty();
        if (record.type() == RecordType.CHAPTER && noEditors) {
            return "inbook";
        }
        if (record.type() == RecordType.BOOK && !noEditors && record.contributors(ContributorRole.AUTHOR).isEmpty()) {
            // An edited book without authors: biblatex's book requires an author, its collection an editor.
            return "collection";
        }
        if (record.type() == RecordType.PERIODICAL && noEditors) {
            // biblatex's periodical requires an editor and allows no author (biber data model).
            return "misc";
        }
        return TABLE.get(record.type()).biblatex();
    }

    /** biblatex {@code entrysubtype} for {@code record}, or null. */
    public static String biblatexSubtype(BibRecord record) {
        return SUBTYPES.get(record.type());
    }

    /**
     * The kind of thesis, read from the genre text: the first matching row wins, master's patterns
     * first so that "Master's dissertation" is a master's thesis.
     */
    public enum ThesisKind {
        MASTERS("mastersthesis", "mathesis", "\\b(master|masters|master's|diplom\\w*|magister\\w*|m\\.? ?sc?\\.?|m\\.a|mémoire|laurea)\\b|masterarbeit|maestr|mestrado"),
        PHD("phdthesis", "phdthesis", "doctor|doctoral|\\bph\\.? ?d\\b|dissertation|doktor|thèse|proefschrift|doutorado|dottorato|doctorado"),
        /** No genre, or one not in the table: BibTeX has no generic thesis, so phdthesis with {@code type}. */
        OTHER("phdthesis", null, null);

        private final String bibtexType;
        private final String biblatexType;
        private final Pattern pattern;

        ThesisKind(String bibtexType, String biblatexType, String regex) {
            this.bibtexType = bibtexType;
            this.biblatexType = biblatexType;
            this.pattern = regex == null ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /** The kind for a genre text (null allowed: gives {@link #OTHER}). */
        public static ThesisKind of(String genre) {
            if (genre == null) {
                return OTHER;
            }
            String g = genre.toLowerCase(Locale.ROOT);
            for (ThesisKind k : List.of(MASTERS, PHD)) {
                if (k.pattern.matcher(g).find()) {
                    return k;
                }
            }
            return OTHER;
        }

        /** The BibTeX entry type for this kind; never null. */
        public String bibtexType() {
            return bibtexType;
        }

        /**
         * The biblatex {@code type} value: the localisation key {@code phdthesis}/{@code mathesis},
         * or null for {@link #OTHER} (the writer then uses the genre text, or "Thesis").
         */
        public String biblatexType() {
            return biblatexType;
        }
    }
}

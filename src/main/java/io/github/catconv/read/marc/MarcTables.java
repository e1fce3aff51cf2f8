package io.github.catconv.read.marc;

import io.github.catconv.model.RecordType;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MARC 21 mapping data as tables (documented in docs/marc-mapping.md): record type from the
 * leader, name fields and their subfields, subject fields, and the patterns for editors in the
 * statement of responsibility and for page counts in field 300.
 */
final class MarcTables {

    private MarcTables() {
    }

    /** What a name field holds (MARC 21 Bibliographic X00, X10, X11). */
    enum NameKind { PERSON, ORGANIZATION, MEETING }

    /**
     * Name fields: kind, whether it is the main entry (author by default), the subfields that
     * make up the name, the subfields that hold relator terms. 111/711 $e is a subordinate unit,
     * their relator term is $j (MARC 21 X11).
     */
    enum NameField {
        F100("100", NameKind.PERSON, true, "abcqd", "e"),
        F110("110", NameKind.ORGANIZATION, true, "abcdn", "e"),
        F111("111", NameKind.MEETING, true, "aendcq", "j"),
        F700("700", NameKind.PERSON, false, "abcqd", "e"),
        F710("710", NameKind.ORGANIZATION, false, "abcdn", "e"),
        F711("711", NameKind.MEETING, false, "aendcq", "j");

        final String tag;
        final NameKind kind;
        final boolean main;
        final String nameCodes;
        final String termCodes;

        NameField(String tag, NameKind kind, boolean main, String nameCodes, String termCodes) {
            this.tag = tag;
            this.kind = kind;
            this.main = main;
            this.nameCodes = nameCodes;
            this.termCodes = termCodes;
        }
    }

    /** Subject fields and the subfields joined, with LCSH's " -- " between subdivisions. */
    static final Map<String, String> SUBJECT_FIELDS = Map.of(
            "650", "avxyz", "651", "avxyz", "655", "avxyz");

    /**
     * 520 first indicators that are a summary of the work (MARC 21 520: blank summary, 0 subject,
     * 2 scope and content, 3 abstract, 8 no display constant); 1 review and 4 content advice are not.
     */
    static final java.util.Set<Character> SUMMARY_INDICATORS = java.util.Set.of(' ', '0', '2', '3', '8');

    /** Order in which the subject fields are read. */
    static final String[] SUBJECT_ORDER = {"650", "651", "655"};

    /**
     * Leader 06 (type of record) → type, for the values that decide alone (MARC 21 leader/06):
     * c/d notated music, e/f cartographic, g projected medium, i/j sound recordings, k still
     * image, m computer file, r object, o kit, p mixed materials.
     */
    static final Map<Character, RecordType> LEADER06 = Map.ofEntries(
            Map.entry('c', RecordType.MUSICAL_SCORE), Map.entry('d', RecordType.MUSICAL_SCORE),
            Map.entry('e', RecordType.MAP), Map.entry('f', RecordType.MAP),
            Map.entry('g', RecordType.MOTION_PICTURE), Map.entry('i', RecordType.SONG),
            Map.entry('j', RecordType.SONG), Map.entry('k', RecordType.GRAPHIC),
            Map.entry('m', RecordType.SOFTWARE), Map.entry('r', RecordType.DOCUMENT),
            Map.entry('o', RecordType.DOCUMENT), Map.entry('p', RecordType.DOCUMENT));

    /**
     * Leader 07 (bibliographic level) → type for language material (06 a/t): a component part
     * of a monograph is a chapter, of a serial an article; a serial or integrating resource is a
     * periodical; a monograph a book (a thesis when 008/24-27 says 'm').
     */
    static final Map<Character, RecordType> LEADER07_TEXT = Map.of(
            'a', RecordType.CHAPTER, 'b', RecordType.ARTICLE_JOURNAL, 's', RecordType.PERIODICAL,
            'i', RecordType.PERIODICAL, 'm', RecordType.BOOK, 'c', RecordType.BOOK, 'd', RecordType.MANUSCRIPT);

    /**
     * Statement-of-responsibility words that make the named persons editors (245 $c); the same
     * rule the staff-view reader applies to {@code title_full}.
     */
    static final Pattern EDITED_BY = Pattern.compile(
            "(?iu)\\b(ed\\.|eds\\.|edited|editor|editors|hrsg\\.?|herausgegeben|éd\\.|édité|a cura di|edición|editado|red\\.|redakcja|под ред)");

    /** Page counts in field 300: "XIV, 180 S." → 180, "xii, 304 p." → 304, "24 pages". */
    private static final Pattern PAGES = Pattern.compile(
            "(\\d+)\\s*(?:p\\.|pp\\.|pages?\\b|S\\.|Seiten|str\\.|s\\.|sider|sidor|pagine|páginas|pág\\.|pagg?\\.|bl\\.|с\\.)",
            Pattern.UNICODE_CASE);

    /**
     * The record type from leader 06/07 and 008.
     *
     * @param m the record; not null
     * @return the type, empty when the leader does not say
     */
    static Optional<RecordType> typeOf(MarcRecord m) {
        char t = m.leaderAt(6);
        char level = m.leaderAt(7);
        if (t == 'a' || t == 't') {
            RecordType r = LEADER07_TEXT.get(level);
            if (r == RecordType.BOOK && isThesis(m)) {
                return Optional.of(RecordType.THESIS);
            }
            if (r == RecordType.BOOK && t == 't') {
                return Optional.of(RecordType.MANUSCRIPT);
            }
            return Optional.ofNullable(r);
        }
        if (t == 'm' && m.control("008").map(f -> f.length() > 26 && f.charAt(26) == 'a').orElse(false)) {
            return Optional.of(RecordType.DATASET); // 008/26 computer file type 'a' = numeric data
        }
        return Optional.ofNullable(LEADER06.get(t));
    }

    /** 008/24-27 (books: nature of contents) holds 'm' for theses; 502 is the dissertation note. */
    private static boolean isThesis(MarcRecord m) {
        String f008 = m.control("008").orElse("");
        return (f008.length() >= 28 && f008.substring(24, 28).indexOf('m') >= 0) || m.field("502").isPresent();
    }

    /**
     * The page count in a physical description.
     *
     * @param physical the 300 text; not null
     * @return the last number followed by a page word, empty when none
     */
    static Optional<String> pageCount(String physical) {
        Matcher mm = PAGES.matcher(physical);
        String found = null;
        while (mm.find()) {
            found = mm.group(1);
        }
        return Optional.ofNullable(found);
    }
}

package io.github.catconv.read.vufind;

import io.github.catconv.internal.Chars;
import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.model.PageRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The VuFind field tables that are plain data: derived fields to skip, subject and note fields.
 * See docs/mapping.md for the full field table.
 */
final class FieldTables {

    private FieldTables() {
    }

    /**
     * Solr fields that only repeat other fields (facets, sort keys, spelling copies, index
     * bookkeeping): consumed silently, never reported as unmapped.
     */
    static final Set<String> DERIVED = Set.of(
            "_version_", "score", "spelling", "spellingShingle", "allfields", "allfields_unstemmed",
            "author_facet", "author_sort", "author_variant", "author2_variant", "author_browse", "author-letter",
            "authorStr", "author2Str", "author_additionalStr", "author_fuller", "author2_fuller",
            "title_full", "title_fullStr", "title_full_unstemmed", "title_sort", "title_auth",
            "topic_facet", "topic_unstemmed", "topic_browse", "genre_facet", "geographic_facet", "era_facet",
            "publisherStr", "publishDateSort", "first_indexed", "last_indexed", "work_keys_str_mv",
            "callnumber-first", "callnumber-subject", "callnumber-sort", "callnumber-search", "callnumber-label",
            "callnumber-first-code", "callnumber-subject-code", "callnumber-a",
            "dewey-sort", "dewey-sort-browse", "dewey-search", "hierarchy_browse", "illustrated", "thumbnail",
            "recordtype", "author2-role", "title_in_hierarchy", "is_hierarchy_title", "long_lat_display");

    /**
     * Header rows that only display staff-view fields: when the page has a staff view they are
     * consumed as copies, not reported as unmapped.
     */
    static final Set<String> HEADER_MIRRORS = Set.of(
            "Main Author", "Main Authors", "Authors", "Corporate Author", "Corporate Authors", "Other Authors",
            "Format", "Language", "Published", "Edition", "Series", "Subjects", "Online Access", "ISBN", "ISSN",
            "DOI", "Physical Description", "Summary", "Abstract", "Published in", "Journal Title", "Notes",
            "Contents", "New Title", "Previous Title");

    /** Subject fields, each with the facet copy used when the field itself is absent. */
    static final String[][] SUBJECT_FIELDS = {
        {"topic", "topic_facet"}, {"geographic", "geographic_facet"}, {"genre", "genre_facet"}, {"era", "era_facet"}};

    /** PageFields that become notes, with the label they carry there. */
    static final String[][] NOTE_FIELDS = {
        {"contents", "Contents"}, {"dateSpan", "Dates of publication"}, {PageFields.HEADER + "Notes", ""},
        {"title_alt", "Other title"}, {"title_old", "Previous title"}, {"title_new", "Later title"}};

    /** "XIV, 180 S. 23 cm" → 180; "1 online resource (24 pages)" → 24. */
    private static final Pattern PAGES = Pattern.compile(
            "(\\d+)\\s*(?:p\\.|pp\\.|pages?\\b|S\\.|Seiten|str\\.|s\\.|sider|sidor|pagine|páginas|pág\\.|pagg?\\.|bl\\.|с\\.)",
            Pattern.UNICODE_CASE);

    /** "p. 241-258." / "S. 891-921" / "pp. 12–27": the pages of a part, when that is all the text says. */
    private static final Pattern PART_PAGES = Pattern.compile(
            "^(?:pp?\\.|S\\.|s\\.|С\\.|str\\.)\\s*(\\d+)\\s*[-–]\\s*(\\d+)\\.?(?:\\s*:.*)?$");

    static Optional<PageRange> partPages(String physical) {
        Matcher m = PART_PAGES.matcher(physical.strip());
        return m.matches() ? Optional.of(new PageRange(m.group(1), m.group(2), physical.strip())) : Optional.empty();
    }

    /** Subject source codes that indexers leave at the end of a heading (MARC 6XX $2). */
    private static final Pattern SOURCE_CODE = Pattern.compile("\\.?\\s+(?:lcsh|lcgft|fast|gnd|mesh|rvk|aat|local|rbgenr|gsafd|sears|rameau|bisacsh)$");

    /**
     * Subject headings: {@code topic}, {@code geographic}, {@code genre}, {@code era}; their facet
     * copies only when the record has none of those (facets split headings into pieces); the
     * header's Subjects row when the staff view has neither. Case-insensitively distinct.
     */
    static List<String> subjects(PageFields f) {
        List<String> out = new ArrayList<>();
        boolean base = false;
        for (String[] group : SUBJECT_FIELDS) {
            base |= f.has(group[0]);
        }
        for (String[] group : SUBJECT_FIELDS) {
            addSubjects(out, f.values(base ? group[0] : group[1]));
        }
        if (out.isEmpty()) {
            for (String v : f.values(PageFields.HEADER + "Subjects")) {
                addSubjects(out, List.of(v.replace(" > ", " -- ")));
            }
        }
        return out;
    }

    private static void addSubjects(List<String> out, List<String> values) {
        for (String v : values) {
            String c = Isbd.clean(withoutSourceCode(v.strip()));
            if (!c.isEmpty() && !containsIgnoreCase(out, c)) {
                out.add(c);
            }
        }
    }

    /** {@code SOURCE_CODE.matcher(s).replaceAll("")}, the pattern run only when s ends in a code (or a line end). */
    private static String withoutSourceCode(String s) {
        if (s.isEmpty() || !Chars.isLineTerminator(s.charAt(s.length() - 1))
                && !endsWithSourceCode(s)) {
            return s;
        }
        return SOURCE_CODE.matcher(s).replaceAll("");
    }

    private static final String[] SOURCE_CODES = {"lcsh", "lcgft", "fast", "gnd", "mesh", "rvk", "aat", "local",
        "rbgenr", "gsafd", "sears", "rameau", "bisacsh"};

    private static boolean endsWithSourceCode(String s) {
        for (String code : SOURCE_CODES) {
            if (s.endsWith(code)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsIgnoreCase(List<String> list, String s) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> pageCount(String physical) {
        Matcher m = PAGES.matcher(physical);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}

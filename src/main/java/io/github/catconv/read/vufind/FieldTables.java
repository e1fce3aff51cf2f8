package io.github.catconv.read.vufind;

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

    /** Fields that become notes, with the label they carry there. */
    static final String[][] NOTE_FIELDS = {
        {"contents", "Contents"}, {"dateSpan", "Dates of publication"}, {Fields.HEADER + "Notes", ""},
        {"title_alt", "Other title"}, {"title_old", "Previous title"}, {"title_new", "Later title"}};

    /** "XIV, 180 S. 23 cm" → 180; "1 online resource (24 pages)" → 24. */
    private static final Pattern PAGES = Pattern.compile(
            "(\\d+)\\s*(?:p\\.|pp\\.|pages?\\b|S\\.|Seiten|str\\.|s\\.|sider|sidor|pagine|páginas|pág\\.|pagg?\\.|bl\\.|с\\.)",
            Pattern.UNICODE_CASE);

    static Optional<String> pageCount(String physical) {
        Matcher m = PAGES.matcher(physical);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}

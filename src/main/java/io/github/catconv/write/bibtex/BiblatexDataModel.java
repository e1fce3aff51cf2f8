package io.github.catconv.write.bibtex;

import java.util.Map;
import java.util.Set;

/**
 * Which of the fields we write biber's default data model allows for each entry type we use, so
 * that {@code biber --validate-datamodel} reports nothing. Transcribed from the
 * {@code <entryfields>} constraints of biber 2.18's default data model ({@code biber-tool.conf},
 * the same as biblatex's {@code blx-dm.def}). Dates and the universal fields ({@code doi},
 * {@code url}, {@code eprint}, {@code langid}, {@code keywords}, {@code abstract} …) are allowed
 * for every type.
 */
final class BiblatexDataModel {

    private static final Set<String> UNIVERSAL = Set.of("date", "doi", "eprint", "eprinttype", "url", "langid",
            "keywords", "abstract", "entrysubtype", "shortjournal",
            // pubstate: allowed for every type we write (biber 2.18 biber-tool.conf)
            "pubstate",
            // not universal in biber, but allowed for every type below
            "titleaddon");

    private static final Set<String> BOOKISH = Set.of("author", "editor", "translator", "title", "subtitle",
            "booktitle", "volume", "number", "pages", "edition", "series", "location", "publisher", "isbn", "note");

    private static final Map<String, Set<String>> BY_TYPE = Map.ofEntries(
            Map.entry("article", Set.of("author", "editor", "translator", "title", "subtitle", "journaltitle",
                    "volume", "number", "issue", "pages", "series", "issn", "note")),
            Map.entry("book", Set.of("author", "editor", "translator", "title", "subtitle", "volume", "number",
                    "pages", "pagetotal", "edition", "series", "location", "publisher", "isbn", "note")),
            // An edited volume: biblatex's collection requires editor and allows no author (manual §2.1.1).
            Map.entry("collection", Set.of("editor", "translator", "title", "subtitle", "volume", "number",
                    "pages", "pagetotal", "edition", "series", "location", "publisher", "isbn", "note")),
            Map.entry("inbook", BOOKISH),
            Map.entry("incollection", BOOKISH),
            Map.entry("inreference", BOOKISH),
            Map.entry("inproceedings", Set.of("author", "editor", "title", "subtitle", "booktitle", "volume",
                    "number", "pages", "series", "location", "publisher", "isbn", "note")),
            Map.entry("thesis", Set.of("author", "title", "subtitle", "pages", "pagetotal", "location",
                    "institution", "type", "note")),
            Map.entry("report", Set.of("author", "title", "subtitle", "number", "pages", "pagetotal", "location",
                    "institution", "type", "note")),
            Map.entry("dataset", Set.of("author", "editor", "title", "subtitle", "number", "edition", "series",
                    "location", "publisher", "type", "note")),
            Map.entry("software", Set.of("author", "editor", "title", "subtitle", "howpublished", "location",
                    "organization", "type", "note")),
            Map.entry("misc", Set.of("author", "editor", "title", "subtitle", "howpublished", "location",
                    "organization", "type", "note")),
            Map.entry("online", Set.of("author", "editor", "title", "subtitle", "organization", "note")),
            Map.entry("unpublished", Set.of("author", "title", "subtitle", "howpublished", "location", "type",
                    "note")),
            Map.entry("periodical", Set.of("editor", "title", "subtitle", "volume", "number", "issue", "series", "issn",
                    "note")));

    private BiblatexDataModel() {
    }

    /** True when biber's default data model allows {@code field} in an entry of {@code type}. */
    static boolean allows(String type, String field) {
        if (UNIVERSAL.contains(field)) {
            return true;
        }
        Set<String> fields = BY_TYPE.get(type);
        return fields != null && fields.contains(field);
    }

    /** True when the type is in the table (every type {@link EntryTypes} gives for BibLaTeX is). */
    static boolean knows(String type) {
        return BY_TYPE.containsKey(type);
    }
}

package io.github.catconv.model;

import java.util.List;

/**
 * Where a record came from: the catalog and the file.
 *
 * @param recordId the catalog's record id (Solr {@code id}), or null
 * @param institution holding institution(s), joined by "; " when several, or null
 * @param collection collection name(s), or null
 * @param recordFormat the source record format ("marc", "MEDLINE/PubMed"), or null
 * @param formats the catalog's format labels as given ("Online", "Article", "Text")
 * @param file source file name ("-" for standard input), or null
 * @param line 1-based line where the record starts, 0 when unknown
 */
public record SourceInfo(String recordId, String institution, String collection, String recordFormat,
                         List<String> formats, String file, int line) {

    public SourceInfo {
        recordId = Person.blankToNull(recordId);
        institution = Person.blankToNull(institution);
        collection = Person.blankToNull(collection);
        recordFormat = Person.blankToNull(recordFormat);
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    /** No source information. */
    public static SourceInfo none() {
        return new SourceInfo(null, null, null, null, List.of(), null, 0);
    }
}

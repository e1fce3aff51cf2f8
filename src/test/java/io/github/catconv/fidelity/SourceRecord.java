package io.github.catconv.fidelity;

import java.util.List;

/**
 * The facts of one source bibliography entry, decoded from BibTeX: what a faithful conversion of
 * its catalog page must give back. Absent facts are null or empty lists.
 */
record SourceRecord(String set, String id, String bibType, String format, String cslType, String title,
        String subtitle, List<Name> authors, List<Name> editors, List<String> corporate, String containerTitle,
        String volume, String issue, String pages, String publisher, String place, String year, String doi,
        List<String> isbns, String issn, String language, String languageName, String abstractText, String url,
        List<String> keywords) {

    /** A person's name as BibTeX gives it: family with its particle ("van Aelst"), given, suffix. */
    record Name(String family, String given, String suffix) {

        /** The catalog heading form, "Family, Given[, Suffix]". */
        String heading() {
            StringBuilder sb = new StringBuilder(family);
            if (!given.isEmpty()) {
                sb.append(", ").append(given);
            }
            if (!suffix.isEmpty()) {
                sb.append(", ").append(suffix);
            }
            return sb.toString();
        }
    }

    boolean isPart() {
        return containerTitle != null;
    }

    String fullTitle() {
        return subtitle == null ? title : title + ": " + subtitle;
    }
}

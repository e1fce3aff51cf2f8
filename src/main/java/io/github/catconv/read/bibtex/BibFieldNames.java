package io.github.catconv.read.bibtex;

import java.util.Set;

/**
 * The field names BibTeX and biblatex define (BibTeXing §2.2; biblatex manual §2.2, data model),
 * plus the bookkeeping fields JabRef and BibDesk add. A field not among them is an unknown field
 * (catalogue B19): the model keeps it so that writers able to hold arbitrary fields (CSL-JSON's
 * {@code custom}) carry it.
 */
final class BibFieldNames {

    private static final Set<String> KNOWN = Set.of(
            // BibTeX
            "address", "annote", "author", "booktitle", "chapter", "crossref", "edition", "editor", "howpublished",
            "institution", "journal", "key", "month", "note", "number", "organization", "pages", "publisher", "school",
            "series", "title", "type", "volume", "year",
            // de-facto standard and arXiv
            "abstract", "doi", "url", "isbn", "issn", "keywords", "language", "eprint", "archiveprefix", "primaryclass",
            "pmid", "pmcid", "lccn", "oclc", "copyright", "rights", "callnumber", "day", "pdf",
            // biblatex data model
            "addendum", "afterword", "annotation", "annotator", "authortype", "bookauthor", "bookpagination",
            "booksubtitle", "booktitleaddon", "commentator", "date", "editora", "editorb", "editorc", "editortype",
            "editoratype", "editorbtype", "editorctype", "eid", "entrysubtype", "eprintclass", "eprinttype", "eventdate",
            "eventtitle", "eventtitleaddon", "file", "foreword", "holder", "indextitle", "introduction", "isan", "ismn",
            "isrn", "issue", "issuesubtitle", "issuetitle", "iswc", "journalsubtitle", "journaltitle", "label", "library",
            "location", "mainsubtitle", "maintitle", "maintitleaddon", "nameaddon", "origdate", "origlanguage",
            "origlocation", "origpublisher", "origtitle", "pagetotal", "pagination", "part", "pubstate", "reprinttitle",
            "shortauthor", "shorteditor", "shorthand", "shorthandintro", "shortjournal", "shortseries", "shorttitle",
            "subtitle", "titleaddon", "translator", "urldate", "venue", "version", "volumes", "entryset", "execute",
            "gender", "langid", "langidopts", "ids", "indexsorttitle", "options", "presort", "related",
            "relatedoptions", "relatedtype", "relatedstring", "sortkey", "sortname", "sortshorthand", "sorttitle",
            "sortyear", "xdata", "xref", "hyphenation", "journalabbrev",
            // JabRef and BibDesk bookkeeping
            "owner", "timestamp", "groups", "comment", "date-added", "date-modified", "ranking", "readstatus",
            "priority", "qualityassured", "printed", "relevance");

    private BibFieldNames() {
    }

    /** True for a field neither BibTeX, biblatex nor the common editors define (BibDesk's bdsk-url-N are theirs). */
    static boolean isUnknown(String name) {
        return !KNOWN.contains(name) && !name.startsWith("bdsk-");
    }
}

package io.github.catconv.write.ris;

/**
 * The RIS tags this writer emits, declared in output order.
 *
 * <p>The order is Zotero's RIS export order ({@code exportOrder.__default} in zotero/translators
 * {@code RIS.js}) with {@code EP} right after {@code SP}; {@code TY} always comes first and
 * {@code ER} last, outside this table. A fixed order keeps the output deterministic.
 */
public enum RisTag {
    /** Title (title and subtitle). */
    TI,
    /** Primary author, "Last, First, Suffix"; one per line. */
    AU,
    /** Secondary title: journal, book, website; the series for book-like types. */
    T2,
    /** Secondary author: editors for most types, series editors for books and reports. */
    A2,
    /** Tertiary title: series. */
    T3,
    /** Tertiary author: editors of books, series editors of parts, thesis advisors. */
    A3,
    /** Subsidiary author: translators. */
    A4,
    /** Abstract. */
    AB,
    /** Custom 3: proceedings title of a conference paper (Zotero {@code proceedingsTitle}). */
    C3,
    /** Call number. */
    CN,
    /** Place of publication. */
    CY,
    /** Date, {@code YYYY/MM/DD/other}. */
    DA,
    /** Publication year, four digits. */
    PY,
    /** DOI, bare (no resolver). */
    DO,
    /** Database provider: the catalog's institution or collection (Zotero {@code libraryCatalog}). */
    DP,
    /** Edition. */
    ET,
    /** Volume. */
    VL,
    /** Issue. */
    IS,
    /** Start page, or the whole page text when it is not a range, or the number of pages. */
    SP,
    /** End page. */
    EP,
    /** Alternate (abbreviated) title of the container. */
    J2,
    /** Language. */
    LA,
    /** Miscellaneous 1: series number of a book (Zotero {@code seriesNumber}). */
    M1,
    /** Type of work (thesis type, report type, map type, ...). */
    M3,
    /** Publisher. */
    PB,
    /** ISSN or ISBN. */
    SN,
    /** Short title. */
    ST,
    /** Series volume of a book section (Zotero {@code seriesNumber}). */
    SV,
    /** URL; one per line. */
    UR,
    /** Accession number: the catalog record id (Zotero {@code archiveLocation}). */
    AN,
    /**
     * Reference id, written only when it is not the AN: a record renamed to keep ids unique in
     * one output (docs/usage.md, "Duplicate records"). Zotero reads it as the import's item id,
     * citation-js as the CSL id, ris2xml as the refnum.
     */
    ID,
    /** Notes; other identifiers as "PMID: …". */
    N1,
    /** Keyword; one per line. */
    KW
}

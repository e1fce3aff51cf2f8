/**
 * The catalog-value parsers, the heart of every reader: personal and corporate names, relator
 * roles, catalog dates ({@code c1987}, {@code [1998?]}, {@code 19--}), identifiers (DOI, PMID,
 * PMCID, ISBN, ISSN, LCCN …) with their check digits, ISBD punctuation, and language names and
 * codes. Each works on plain strings and builds model values; none knows which reader called it,
 * so a value means the same whether it came from a VuFind page, Solr or MARC. Every reader adds
 * identifiers through {@link io.github.catconv.catalog.IdentifierIntake}, the one place that
 * normalises, checks, warns and dedupes them.
 */
package io.github.catconv.catalog;

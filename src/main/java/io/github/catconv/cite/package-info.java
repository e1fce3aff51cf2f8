/**
 * Formatted citations and bibliographies in any CSL style, rendered offline with citeproc-java.
 *
 * <p>The {@code citation} writer ({@link io.github.catconv.write.citation.CitationWriter}) turns each record
 * into the neutral CSL tree of {@link io.github.catconv.csl.CslMapping}, the same tree the
 * CSL-JSON writer prints, and builds citeproc-java's item from it ({@link
 * io.github.catconv.cite.CslItems}), so a formatted reference and the CSL-JSON of a record never
 * disagree. Styles and locales come from the {@code org.citationstyles} artifacts on the class
 * path ({@link io.github.catconv.cite.StyleCatalog}, {@link io.github.catconv.cite.LocaleCatalog}).
 *
 * <p>Only this package refers to citeproc-java (an architecture test checks it), and only through classes that are loaded when
 * {@code --to citation} or {@code catconv styles} runs: {@link io.github.catconv.write.citation.CitationWriter}
 * and {@link io.github.catconv.cite.CitationSettings} have no reference to it, so listing or
 * running the other writers never loads a {@code de.undercouch} class. Options and behaviour are
 * documented in {@code docs/citations.md}.
 */
package io.github.catconv.cite;

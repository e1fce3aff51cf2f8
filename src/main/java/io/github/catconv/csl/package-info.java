/**
 * The one mapping from {@link io.github.catconv.model.BibRecord} to a CSL 1.0.2 item.
 *
 * <p>{@link io.github.catconv.csl.CslMapping#toCsl(io.github.catconv.model.BibRecord)} returns a
 * neutral tree of maps, lists, strings, integers and booleans. The CSL-JSON writer serialises that
 * tree and the citation adapter builds citeproc items from it, so a formatted citation and the
 * CSL-JSON of the same record always agree. This package depends only on the model: no Jackson,
 * no citeproc. The full variable table is documented in {@code docs/mapping-csl.md}.
 */
package io.github.catconv.csl;

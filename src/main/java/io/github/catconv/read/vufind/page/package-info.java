/**
 * Record pages of a VuFind dump, as text: {@link io.github.catconv.read.vufind.page.DumpScanner}
 * finds where a page starts, {@link io.github.catconv.read.vufind.page.RecordPageParser} splits
 * it into header labels (in any UI language, {@link io.github.catconv.read.vufind.page.Labels})
 * and staff-view fields ({@link io.github.catconv.read.vufind.page.SolrSchema}), and {@link
 * io.github.catconv.read.vufind.page.PageFields} gives the mapping their values. Nothing here maps
 * a value onto the record model.
 */
package io.github.catconv.read.vufind.page;

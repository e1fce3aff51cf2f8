/**
 * The VuFind dump reader: the text of VuFind record pages (a header in any of VuFind's UI
 * languages, then the staff view of raw Solr fields), one record or millions, streamed.
 *
 * <p>Reading happens in three steps, each in its own class: {@link io.github.catconv.read.vufind.page.DumpScanner}
 * splits the line stream into pages (record boundaries), {@link io.github.catconv.read.vufind.page.RecordPageParser}
 * splits a page into header labels and staff-view fields, and {@link io.github.catconv.read.vufind.PageMapper}
 * maps those onto the record model row by row of {@link io.github.catconv.read.vufind.MappingTable} (docs/mapping.md's
 * field table), with {@link io.github.catconv.read.vufind.SpellingMiner}
 * recovering the facts only the {@code spelling} field holds.
 */
package io.github.catconv.read.vufind;

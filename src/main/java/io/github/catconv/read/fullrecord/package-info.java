/**
 * The harvested record a Solr {@code fullrecord} field may hold, whatever its format (MARC in
 * any shape, Dublin Core, MODS), mapped to the model ({@link
 * io.github.catconv.read.fullrecord.FullRecords}), and the rule that merges it with the record
 * read from the Solr fields ({@link io.github.catconv.read.fullrecord.RecordMerger}).
 */
package io.github.catconv.read.fullrecord;

/**
 * Readers for documents exported straight from a VuFind Solr index: {@code solr-json} (a whole
 * response, an array of documents, or JSON lines) and {@code solr-xml} (the {@code <response>}
 * format), both streamed and mapped through the VuFind field table ({@link
 * io.github.catconv.read.vufind.VufindRecords}).
 */
package io.github.catconv.read.solr;

/**
 * Readers for documents exported straight from a VuFind Solr index: {@code solr-json} (a whole
 * response, an array of documents, or JSON lines) and {@code solr-xml} (the {@code <response>}
 * format), both streamed; plus the hardened XML and JSON parser settings ({@link
 * io.github.catconv.read.solr.XmlLimits}, {@link io.github.catconv.read.solr.JsonLimits}) every
 * reader of this project uses.
 */
package io.github.catconv.read.solr;

/**
 * Plumbing shared by readers and writers, not API: the line reader, character scans, HTML text,
 * TSV resources, the 64-bit hash, the plug-in registry and atomic output files. Nothing here is stable for third-party
 * plug-ins; the catalog-value parsers are in {@link io.github.catconv.catalog}.
 */
package io.github.catconv.internal;

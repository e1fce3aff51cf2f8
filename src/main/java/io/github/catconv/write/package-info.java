/**
 * Writing: the {@link io.github.catconv.write.RecordWriter} plug-in contract and its registry.
 * Each output format lives in its own sub-package and is found with {@link java.util.ServiceLoader}.
 */
package io.github.catconv.write;

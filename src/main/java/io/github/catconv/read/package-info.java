/**
 * Reading: the {@link io.github.catconv.read.RecordReader} plug-in contract and its registry.
 * Readers are found with {@link java.util.ServiceLoader}, so a jar on the class path adds a format.
 */
package io.github.catconv.read;

/**
 * The conversion engine behind {@code catconv convert}: expands inputs, picks readers, streams
 * records into one writer, keeps counts, and decides the exit status. The CLI is a thin layer over it.
 */
package io.github.catconv.convert;

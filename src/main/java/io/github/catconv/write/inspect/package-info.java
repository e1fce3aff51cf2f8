/**
 * The {@code inspect} writer: a human-readable account of each record, field by field, with the
 * source field and line each fact came from and the source fields nothing mapped.
 */
package io.github.catconv.write.inspect;

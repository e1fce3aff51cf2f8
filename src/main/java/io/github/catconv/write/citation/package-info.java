/**
 * The {@code citation} writer: formatted references in any CSL style. It holds no reference to
 * citeproc-java, so listing writers never loads it; the rendering is done by {@link
 * io.github.catconv.cite}.
 */
package io.github.catconv.write.citation;

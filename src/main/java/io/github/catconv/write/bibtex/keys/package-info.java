/**
 * Citation keys for the BibTeX and BibLaTeX writers: the key pattern language
 * ({@link io.github.catconv.write.bibtex.keys.KeyPattern}), ASCII folding, and the streaming
 * de-duplication rule ({@link io.github.catconv.write.bibtex.keys.KeyAssigner}); see docs/bibtex.md.
 */
package io.github.catconv.write.bibtex.keys;

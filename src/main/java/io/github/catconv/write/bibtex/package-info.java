/**
 * The BibTeX ({@code --to bibtex}) and BibLaTeX ({@code --to biblatex}) writers: entry type and
 * field tables, LaTeX escaping and transliteration, title protection and name formatting.
 * Citation keys come from {@link io.github.catconv.write.keys}. See docs/bibtex.md.
 */
package io.github.catconv.write.bibtex;

package io.github.catconv.read.bibtex;

import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads BibTeX ({@code --from bibtex}): {@code .bib} files as bibtex, JabRef, Zotero and hand
 * editors write them, streaming, one entry at a time; a broken entry costs only itself. Field and
 * type tables: {@code docs/readers.md}.
 */
public final class BibtexReader implements SplittableReader {

    /** Needed by {@link java.util.ServiceLoader}. */
    public BibtexReader() {
    }

    @Override
    public String id() {
        return "bibtex";
    }

    @Override
    public String description() {
        return "BibTeX .bib files (@string, crossref, LaTeX accents decoded)";
    }

    @Override
    public int sniff(String sample) {
        return switch (BibSniffer.sniff(sample)) {
            case BIBTEX -> 95;
            case BIBLATEX -> 40;
            case UNSURE -> 50;
            case NONE -> 0;
        };
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        return new BibCursor(in, context, false);
    }

    /** Parsing and inheritance on the splitter thread, the mapping of each entry on a worker. */
    @Override
    public Splitter split(InputStream in, ReadContext context) throws IOException {
        return BibCursor.splitter(new BibCursor(in, context, false));
    }
}

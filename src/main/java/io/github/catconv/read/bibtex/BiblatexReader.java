package io.github.catconv.read.bibtex;

import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads BibLaTeX ({@code --from biblatex}): {@code .bib} files for biber as JabRef, Zotero, Better
 * BibTeX and hand editors write them (EDTF dates, xdata, extended names), streaming, one entry at a
 * time; a broken entry costs only itself. It reads BibTeX too; the two differ only where the
 * formats do (the "Date:" note). Field and type tables: {@code docs/readers.md}.
 */
public final class BiblatexReader implements SplittableReader {

    /** Needed by {@link java.util.ServiceLoader}. */
    public BiblatexReader() {
    }

    @Override
    public String id() {
        return "biblatex";
    }

    @Override
    public String description() {
        return "BibLaTeX .bib files for biber (EDTF dates, crossref and xdata, extended names)";
    }

    @Override
    public int sniff(String sample) {
        return switch (BibSniffer.sniff(sample)) {
            case BIBLATEX -> 95;
            case BIBTEX -> 40;
            case UNSURE -> 50;
            case NONE -> 0;
        };
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        return new BibCursor(in, context, true);
    }

    /** Parsing and inheritance on the splitter thread, the mapping of each entry on a worker. */
    @Override
    public Splitter split(InputStream in, ReadContext context) throws IOException {
        return BibCursor.splitter(new BibCursor(in, context, true));
    }
}

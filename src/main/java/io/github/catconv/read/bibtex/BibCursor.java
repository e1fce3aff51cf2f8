package io.github.catconv.read.bibtex;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Records of one {@code .bib} input: entries from the {@link BibParser}, through
 * {@link BibInheritance}, mapped by the dialect's {@link BibMapper}, one at a time.
 */
final class BibCursor implements RecordCursor {

    private final BibParser parser;
    private final BibInheritance inheritance;
    private final BibMapper mapper;
    private final ReadContext ctx;
    private final ArrayDeque<BibEntry> ready = new ArrayDeque<>();
    private boolean finished;
    private int index;

    BibCursor(InputStream in, ReadContext ctx, boolean biblatex) throws IOException {
        LineReader lines = new LineReader(in, ctx.charset().orElse(null), ctx.maxLineLength());
        this.parser = new BibParser(new BibSource(lines), ctx);
        this.inheritance = new BibInheritance(ctx);
        this.mapper = new BibMapper(biblatex);
        this.ctx = ctx;
    }

    @Override
    public BibRecord next() throws IOException {
        while (ready.isEmpty()) {
            if (finished) {
                return null;
            }
            BibEntry e = parser.next();
            if (e == null) {
                finished = true;
                inheritance.finish(ready::addLast);
            } else {
                inheritance.add(e, ready::addLast);
            }
        }
        return mapper.map(ready.removeFirst(), ctx, ++index);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

package io.github.catconv.read.bibtex;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Records of one {@code .bib} input: entries from the {@link BibParser}, through
 * {@link BibInheritance}, mapped by the dialect's {@link BibMapper}, one at a time. The entries
 * come out in order from {@link #nextEntry} (parsing and inheritance need the input order); the
 * mapping of each needs nothing but the entry, so the parallel path runs it on worker threads.
 */
final class BibCursor implements RecordCursor {

    /** One entry ready to map, with its 1-based position among the records. */
    record Ready(BibEntry entry, int index) {
    }

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
        Ready r = nextEntry();
        return r == null ? null : map(r, ctx);
    }

    /** The next entry in input order, inherited fields added, or null at the end of the input. */
    Ready nextEntry() throws IOException {
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
        return new Ready(ready.removeFirst(), ++index);
    }

    /** The record of one entry; thread-safe. */
    BibRecord map(Ready r, ReadContext context) {
        return mapper.map(r.entry(), context, r.index());
    }

    /** The parallel path's splitter over this cursor's entries. */
    static SplittableReader.Splitter splitter(BibCursor cursor) {
        return new SplittableReader.Splitter() {
            @Override
            public SplittableReader.Chunk next() throws IOException {
                Ready r = cursor.nextEntry();
                return r == null ? null : c -> cursor.map(r, c);
            }

            @Override
            public void close() throws IOException {
                cursor.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

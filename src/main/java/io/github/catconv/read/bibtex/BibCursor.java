package io.github.catconv.read.bibtex;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import io.github.catconv.read.ValueCleaner;
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

    private final OncePerFile once = new OncePerFile();

    @Override
    public BibRecord next() throws IOException {
        for (Ready r = nextEntry(); r != null; r = nextEntry()) {
            EntryChunk chunk = new EntryChunk(this, r);
            BibRecord record = chunk.toRecord(ctx);
            if (record != null) {
                once.report(chunk.cleaned, ctx);
                return record;
            }
        }
        return null;
    }

    /** One entry on its way to a record, remembering what cleaning found for the in-order report. */
    private static final class EntryChunk implements SplittableReader.Chunk {
        private final BibCursor cursor;
        private final Ready ready;
        ValueCleaner.Cleaned cleaned;

        EntryChunk(BibCursor cursor, Ready ready) {
            this.cursor = cursor;
            this.ready = ready;
        }

        @Override
        public BibRecord toRecord(ReadContext context) {
            BibEntry e = ready.entry();
            cleaned = ValueCleaner.record(cursor.map(ready, context), context.options().fixMojibake());
            return cleaned.report(context, e.line(), e::text, e.cleanedFields(), e.line());
        }
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
        OncePerFile once = new OncePerFile();
        return new SplittableReader.Splitter() {
            @Override
            public SplittableReader.Chunk next() throws IOException {
                Ready r = cursor.nextEntry();
                return r == null ? null : new EntryChunk(cursor, r);
            }

            @Override
            public BibRecord inOrder(BibRecord record, SplittableReader.Chunk chunk, ReadContext context) {
                once.report(((EntryChunk) chunk).cleaned, context); // the first double-encoded value of the file
                return record;
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

package io.github.catconv.read;

import io.github.catconv.model.BibRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Optional fast path of a {@link RecordReader} whose input splits cheaply into independent pieces
 * (one record page, one document): one thread splits, other threads turn the pieces into records.
 *
 * <p>The simple path, {@link RecordReader#open}, stays the contract every reader has; a reader that
 * also implements this interface must give the same records and the same diagnostics, in the same
 * order, when its chunks are turned into records one after another in input order, each with the
 * context it is handed. The engine uses this path only when more than one thread is allowed.
 */
public interface SplittableReader extends RecordReader {

    /**
     * Opens a splitter over {@code in}. Closing the splitter closes {@code in}. Problems found while
     * splitting go to {@code context}, never thrown.
     *
     * @throws IOException when the stream cannot be read at all
     */
    Splitter split(InputStream in, ReadContext context) throws IOException;

    /** Cuts one input into chunks; used from one thread only. */
    interface Splitter extends Closeable {

        /**
         * The next chunk in input order, or {@code null} at the end of the input.
         *
         * @throws IOException when the underlying stream fails
         */
        Chunk next() throws IOException;

        /**
         * Checks that need the records in input order (e.g. duplicate ids), called once per record on
         * one thread in input order, after {@link Chunk#toRecord} and before the record is written.
         * The default returns {@code record} unchanged.
         *
         * @param record the chunk's record; never null
         * @param chunk the chunk it came from
         * @param context the input's context, for diagnostics in order
         * @return the record to write; never null
         */
        default BibRecord inOrder(BibRecord record, Chunk chunk, ReadContext context) {
            return record;
        }
    }

    /** One independent piece of input: at most one record. */
    interface Chunk {

        /**
         * Turns this chunk into its record, or returns {@code null} when it holds none or was
         * rejected (reported through {@link ReadContext#reject}). May run on any thread, at the same
         * time as other chunks of the same input; must report only to {@code context}.
         *
         * @param context where this chunk's diagnostics and rejects go; never null
         */
        BibRecord toRecord(ReadContext context);
    }
}

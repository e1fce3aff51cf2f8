package io.github.catconv.write;

import io.github.catconv.model.BibRecord;
import java.io.IOException;

/**
 * One open output: records go in one at a time, {@link #finish()} writes what closes the output.
 * Does not close the underlying stream.
 */
public interface RecordSink {

    /** Writes one record. */
    void write(BibRecord record) throws IOException;

    /** Writes the end of the output (closing brackets, trailers) and flushes. Called once. */
    void finish() throws IOException;
}

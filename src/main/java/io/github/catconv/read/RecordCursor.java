package io.github.catconv.read;

import io.github.catconv.model.BibRecord;
import java.io.Closeable;
import java.io.IOException;

/**
 * Records of one input, handed out one at a time.
 */
public interface RecordCursor extends Closeable {

    /**
     * The next record, or {@code null} at the end of the input. A record that cannot be built is
     * reported through {@link ReadContext#reject} and skipped, so this never fails on bad data.
     *
     * @throws IOException when the underlying stream fails
     */
    BibRecord next() throws IOException;
}

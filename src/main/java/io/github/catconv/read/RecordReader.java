package io.github.catconv.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * A reader plug-in: turns one input stream into records, one at a time.
 *
 * <p>Implementations are registered in {@code META-INF/services/io.github.catconv.read.RecordReader}
 * and need a public no-argument constructor; options reach them through the {@link ReadContext}.
 */
public interface RecordReader {

    /** Lower-case slug used with {@code --from}, e.g. {@code vufind}. */
    String id();

    /** One line for {@code catconv formats}. */
    String description();

    /**
     * How sure this reader is that {@code sample} (the decoded first few KiB of an input) is its
     * format: 0 = not at all, 100 = certain. When unsure, return a low positive number; the
     * registry lets the most confident reader win.
     */
    int sniff(String sample);

    /**
     * Opens a cursor over the records of {@code in}. The cursor reads lazily: records come out one
     * at a time and memory does not grow with the input. The caller closes the cursor; closing it
     * closes {@code in}. Problems inside the data are reported to {@code context}, never thrown.
     *
     * @throws IOException when the stream cannot be read at all
     */
    RecordCursor open(InputStream in, ReadContext context) throws IOException;
}

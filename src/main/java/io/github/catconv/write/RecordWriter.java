package io.github.catconv.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A writer plug-in: one output format.
 *
 * <p>Registered in {@code META-INF/services/io.github.catconv.write.RecordWriter}; needs a public
 * no-argument constructor, and is instantiated whenever writers are listed (every run), so the class
 * should load nothing heavy before {@link #open}. Options come through the {@link WriteContext},
 * never the constructor.
 */
public interface RecordWriter {

    /** Lower-case slug used with {@code --to}, e.g. {@code csl-json}. */
    String id();

    /** One line for {@code catconv formats}. */
    String description();

    /** File extension without the dot, e.g. {@code json}. */
    String fileExtension();

    /**
     * The options this writer reads, for the command line ({@code --NAME}, {@code --help}). An option
     * two writers share (e.g. {@code key-pattern}) must be declared the same by both. Options not
     * declared still reach the writer through {@code -O NAME=VALUE}.
     */
    default List<WriterOption> options() {
        return List.of();
    }

    /**
     * Starts an output on {@code out}. Records stream through the returned sink; a writer that must
     * see the whole set first says so in its description. The sink never closes {@code out}: the
     * caller owns it.
     *
     * @throws IOException when the start of the output cannot be written
     */
    RecordSink open(Writer out, WriteContext context) throws IOException;
}

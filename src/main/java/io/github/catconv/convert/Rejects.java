package io.github.catconv.convert;

import io.github.catconv.internal.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The {@code --rejects} file: the raw text of every rejected record, one after another, so the
 * file can be fixed and fed to catconv again. Written like {@code -o} (see {@link AtomicOutput}):
 * the old file stays until {@link #commit()}. A no-op when no file was asked for.
 */
final class Rejects implements AutoCloseable {

    private final AtomicOutput output;

    private Rejects(AtomicOutput output) {
        this.output = output;
    }

    static Rejects open(Path path) {
        return new Rejects(path == null ? null : AtomicOutput.create(path));
    }

    synchronized void write(String file, int line, String recordId, String rawText) {
        if (output == null || rawText == null) {
            return;
        }
        try {
            Writer w = output.writer();
            w.write(rawText);
            if (!rawText.endsWith("\n")) {
                w.write('\n');
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the complete file in place. */
    void commit() throws IOException {
        if (output != null) {
            output.commit();
        }
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        if (output != null) {
            output.close();
        }
    }
}

package io.github.catconv.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The {@code --rejects} file: the raw text of every rejected record, one after another, so the
 * file can be fixed and fed to catconv again. A no-op when no file was asked for.
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

    @Override
    public void close() throws IOException {
        if (output != null) {
            output.commit();
            output.close();
        }
    }
}

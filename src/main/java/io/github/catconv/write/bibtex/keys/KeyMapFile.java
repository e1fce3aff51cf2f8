package io.github.catconv.write.bibtex.keys;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.internal.AtomicOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code key-map} file: one {@code record-id<TAB>key} line per written entry, in output order,
 * UTF-8, {@code \n} line ends.
 *
 * <p>Written like {@code -o} ({@link AtomicOutput}): lines stream into a temporary file in the
 * folder of the file they replace (a symbolic link is followed, a device or FIFO is written in
 * place), and {@link #commit()} renames it onto the target atomically, so the target only ever
 * holds a complete map. Tabs and line breaks inside a record id become spaces. Not thread-safe.
 */
public final class KeyMapFile implements AutoCloseable {

    private final Path target;
    private AtomicOutput output;
    private Writer out;

    /**
     * @param target where the map goes, not null
     * @throws io.github.catconv.diag.CatconvException (exit 73) when its folder does not exist or is
     *         not writable, so that the run stops before anything is read, as for {@code -o}
     */
    public KeyMapFile(Path target) {
        this.target = Objects.requireNonNull(target, "target");
        AtomicOutput.checkCreatable(target);
    }

    /**
     * Adds one line.
     *
     * @throws IOException when the temporary file cannot be created or written
     */
    public void add(String recordId, String key) throws IOException {
        ensureOpen();
        out.write(recordId.replaceAll("[\\t\\r\\n\\u2028\\u2029]", " "));
        out.write('\t');
        out.write(key);
        out.write('\n');
    }

    /**
     * Moves the finished map onto the target (an empty file when no line was added).
     *
     * @throws IOException when the file cannot be written or moved
     */
    public void commit() throws IOException {
        ensureOpen();
        output.commit();
        close();
    }

    /** Opened at the first line, so that a run that writes no entry leaves nothing behind. */
    private void ensureOpen() throws IOException {
        if (output != null) {
            return;
        }
        try {
            output = AtomicOutput.create(target);
        } catch (CatconvException e) {
            // Checked when constructed: only a folder removed since then gets here.
            throw new IOException(e.getMessage(), e);
        }
        out = output.writer();
    }

    /** Drops an uncommitted temporary file. */
    @Override
    public void close() {
        if (output != null) {
            output.close();
            output = null;
            out = null;
        }
    }
}

package io.github.catconv.write.bibtex.keys;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The {@code key-map} file: one {@code record-id<TAB>key} line per written entry, in output order,
 * UTF-8, {@code \n} line ends.
 *
 * <p>Lines stream into a temporary file next to the target; {@link #commit()} renames it onto the
 * target atomically (falling back to a plain replace where the file system cannot), so the target
 * only ever holds a complete map. Tabs and line breaks inside a record id become spaces. Not
 * thread-safe.
 */
public final class KeyMapFile implements AutoCloseable {

    private final Path target;
    private Path temp;
    private BufferedWriter out;

    /** @param target where the map goes, not null; its directory must exist */
    public KeyMapFile(Path target) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
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
        out.close();
        out = null;
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temp = null;
    }

    private void ensureOpen() throws IOException {
        if (out != null) {
            return;
        }
        temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    }

    /** Drops an uncommitted temporary file. */
    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        if (temp != null) {
            Files.deleteIfExists(temp);
            temp = null;
        }
    }
}

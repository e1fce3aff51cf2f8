package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file that is either the old file or the complete new one, never half-written:
 * output goes to a temporary file in the same folder, which {@link #commit()} syncs and renames
 * into place atomically. Closing without commit deletes the temporary file; a shutdown hook does
 * the same on Ctrl-C or SIGTERM.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private final Thread cleanup;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        OutputStream os = Channels.newOutputStream(channel);
        this.writer = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = new Thread(this::deleteTemp, "catconv-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Creates the temporary file next to {@code target}.
     *
     * @throws CatconvException with {@link ExitStatus#CANT_CREATE} when the folder is missing or not writable
     */
    static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new CatconvException(ExitStatus.CANT_CREATE, "cannot create output " + target + ": no such directory");
        }
        if (Files.isDirectory(abs)) {
            throw new CatconvException(ExitStatus.CANT_CREATE, "cannot create output " + target + ": is a directory");
        }
        try {
            // Not createTempFile: that makes the file private (0600). A plain create honours the
            // user's umask, so the output gets the permissions any other new file would get.
            Path temp = Files.createFile(dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + Long.toHexString(System.nanoTime()) + ".tmp"));
            copyPermissions(abs, temp);
            FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new AtomicOutput(abs, temp, ch);
        } catch (IOException e) {
            throw new CatconvException(ExitStatus.CANT_CREATE, "cannot create output " + target + ": " + reason(e));
        }
    }

    /** An existing output keeps its permissions when it is replaced. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file keeps the default permissions.
            return;
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    Writer writer() {
        return writer;
    }

    /** Flushes, syncs and renames the temporary file onto the target. */
    void commit() throws IOException {
        writer.flush();
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    private void deleteTemp() {
        if (!committed) {
            try {
                channel.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing more can be done on the way out; the stray file is named *.tmp and hidden.
                System.err.println("warning: could not delete temporary file " + temp + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        deleteTemp();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs (or ran) deleteTemp itself.
            return;
        }
    }
}

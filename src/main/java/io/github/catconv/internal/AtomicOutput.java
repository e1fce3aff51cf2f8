package io.github.catconv.internal;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file that holds either its old content or the complete new one, never half of it.
 *
 * <p>A regular file, or a name still to be created, is written to a temporary file in the file's
 * own folder, which {@link #commit()} syncs and renames onto it atomically. A symbolic link is
 * followed: its target is replaced and the link stays. Anything else is the user's and never
 * replaced: a device ({@code /dev/null}), a FIFO, or a descriptor ({@code /dev/stdout},
 * {@code /dev/fd/N}) is written in place, as a shell redirection would write it, and a socket is
 * refused. Closing without commit deletes the temporary file; so does a shutdown hook when a
 * signal (SIGINT, SIGTERM) stops the process.
 */
public final class AtomicOutput implements AutoCloseable {

    /** A temporary name may always be this long, even next to a shorter target name. */
    private static final int SHORT_NAME_BYTES = 64;
    /** Linux's own limit before ELOOP. */
    private static final int MAX_LINK_HOPS = 40;
    private static final long PID = ProcessHandle.current().pid();
    private static final Path OWN_DESCRIPTORS = Path.of("/proc", Long.toString(PID), "fd");

    private final Path target;
    /** Null when the output is written in place. */
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private final Thread cleanup;
    private boolean committed;
    private boolean abandoned;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = temp == null ? null : new Thread(this::abandon, "catconv-cleanup");
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /**
     * Opens the output: a temporary file next to the file it replaces, or the file itself when it
     * is written in place. Blocks until a reader opens a FIFO.
     *
     * @throws CatconvException with {@link ExitStatus#CANT_CREATE} when the folder is missing or not
     *         writable, the name is a folder or a socket, or the file system refuses the name
     */
    public static AtomicOutput create(Path target) {
        Path replaced = replacedFile(target);
        try {
            if (replaced == null) {
                return new AtomicOutput(target, null, FileChannel.open(target, StandardOpenOption.WRITE));
            }
            Path temp = createTemp(replaced);
            copyPermissions(replaced, temp);
            return new AtomicOutput(replaced, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw cannotCreate(target, reason(e));
        }
    }

    /**
     * Checks, without creating anything, that {@link #create} would find the folder (for outputs
     * that are opened late but must be refused before anything is read).
     *
     * @throws CatconvException with {@link ExitStatus#CANT_CREATE} as {@link #create} would
     */
    public static void checkCreatable(Path target) {
        Path replaced = replacedFile(target);
        if (replaced != null && !Files.isWritable(replaced.getParent())) {
            throw cannotCreate(target, "permission denied");
        }
    }

    /** True when the path is this process's standard output ({@code /dev/stdout}, {@code /dev/fd/1}, a link to one). */
    public static boolean isStandardOutput(Path path) {
        return descriptor(path) == 1;
    }

    /**
     * The file a commit would replace: symbolic links followed to the end, even a dangling one,
     * in the real path of its folder.
     *
     * @throws IOException on a loop of links
     */
    public static Path destination(Path target) throws IOException {
        Path at = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == MAX_LINK_HOPS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            at = at.resolveSibling(Files.readSymbolicLink(at));
        }
        Path dir = at.getParent();
        return dir != null && at.getFileName() != null && Files.isDirectory(dir)
                ? dir.toRealPath().resolve(at.getFileName()) : at;
    }

    /** The file to replace atomically, or null when the output is written in place. */
    private static Path replacedFile(Path target) {
        Path abs = target.toAbsolutePath();
        if (descriptor(abs) >= 0 || Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
            return null;
        }
        Path replaced;
        try {
            replaced = destination(abs);
        } catch (IOException e) {
            throw cannotCreate(target, reason(e));
        }
        Path dir = replaced.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw cannotCreate(target, "no such directory");
        }
        if (Files.isDirectory(replaced)) {
            throw cannotCreate(target, "is a directory");
        }
        return replaced;
    }

    /** N when the path names this process's descriptor N (/dev/fd/N, /proc/self/fd/N or a link to one), else -1. */
    private static int descriptor(Path path) {
        Path at = path.toAbsolutePath();
        try {
            for (int hops = 0; hops <= MAX_LINK_HOPS; hops++) {
                Path dir = at.getParent();
                String name = at.getFileName() == null ? "" : at.getFileName().toString();
                if (dir != null && name.matches("[0-9]{1,9}") && Files.isDirectory(dir)
                        && dir.toRealPath().equals(OWN_DESCRIPTORS)) {
                    return Integer.parseInt(name);
                }
                if (!Files.isSymbolicLink(at)) {
                    return -1;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at));
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /**
     * A new hidden file {@code .NAME.PID.RANDOM.tmp} beside {@code replaced}, its NAME shortened so
     * that the whole is no longer than the target's name (or than a short name): a name near the
     * file system's limit (255 bytes) must still get a temporary file.
     */
    private static Path createTemp(Path replaced) throws IOException {
        String name = replaced.getFileName().toString();
        int budget = Math.max(name.getBytes(StandardCharsets.UTF_8).length, SHORT_NAME_BYTES);
        for (int attempt = 1; ; attempt++) {
            String unique = "." + Long.toString(PID, 36) + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
            String temp = "." + utf8Prefix(name, budget - 1 - unique.length()) + unique;
            try {
                // Not createTempFile: that makes the file private (0600). A plain create honours the
                // user's umask, so the output gets the permissions any other new file would get.
                return Files.createFile(replaced.resolveSibling(temp));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** The longest prefix of {@code s} (whole code points) of at most {@code maxBytes} UTF-8 bytes. */
    private static String utf8Prefix(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
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

    private static CatconvException cannotCreate(Path target, String reason) {
        return new CatconvException(ExitStatus.CANT_CREATE, "cannot create output " + target + ": " + reason);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    public Writer writer() {
        return writer;
    }

    /** True when the output is written in place (a device, FIFO or descriptor), so nothing is renamed. */
    public boolean inPlace() {
        return temp == null;
    }

    /**
     * Flushes, syncs and renames the temporary file onto the target; an output written in place is
     * flushed and closed (a FIFO's reader sees its end).
     *
     * @throws IOException when writing fails, or when a signal stopped the process meanwhile
     */
    public void commit() throws IOException {
        writer.flush();
        if (temp == null) {
            channel.close();
            committed = true;
            return;
        }
        channel.force(true);
        synchronized (this) {
            if (abandoned) {
                throw new IOException("interrupted; " + target + " left as it was");
            }
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }
    }

    /**
     * The shutdown hook: deletes the temporary file and makes a later commit fail. The channel stays
     * open, so a thread still writing meets no error to report while the process goes down (a file
     * deleted while open simply vanishes on POSIX systems).
     */
    private synchronized void abandon() {
        if (committed || abandoned) {
            return;
        }
        abandoned = true;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done on the way out; the stray file is named *.tmp and hidden.
            System.err.println("warning: could not delete temporary file " + temp + ": " + e.getMessage());
        }
    }

    /** Deletes the temporary file unless committed; an output written in place is closed. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing after a failed write: the failure was reported where it happened.
        }
        if (cleanup == null) {
            return;
        }
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs (or ran) abandon itself.
            return;
        }
    }
}

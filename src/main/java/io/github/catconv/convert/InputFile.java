package io.github.catconv.convert;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * One input of a run: a file or standard input, opened with a sniffable sample.
 */
final class InputFile {

    /** Bytes looked at to pick a reader and to refuse binary files. */
    static final int SAMPLE_BYTES = 8192;

    /** The input cannot be read at all; the message is the whole diagnostic. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean opened;

        /** @param opened true when the input could be opened but its content is refused */
        Unreadable(String message, boolean opened) {
            super(message);
            this.opened = opened;
        }

        Unreadable(String message) {
            this(message, false);
        }

        boolean opened() {
            return opened;
        }
    }

    private final String name;
    private final Path path;
    private final Supplier<InputStream> stdin;

    private InputFile(String name, Path path, Supplier<InputStream> stdin) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
    }

    static InputFile of(Path path) {
        return new InputFile(path.toString(), path, null);
    }

    static InputFile stdin(Supplier<InputStream> stdin) {
        return new InputFile("-", null, Objects.requireNonNull(stdin));
    }

    String name() {
        return name;
    }

    /** The file's path, empty for standard input. */
    java.util.Optional<Path> path() {
        return java.util.Optional.ofNullable(path);
    }

    /** An open input: the decoded sample for sniffing and the whole stream from its first byte. */
    interface Opened extends Closeable {
        String sample();

        InputStream stream();
    }

    /**
     * Opens the input and reads its sample.
     *
     * @throws Unreadable when it cannot be opened or is not text
     */
    Opened open() throws IOException {
        InputStream raw;
        if (path == null) {
            raw = new KeepOpen(stdin.get());
        } else {
            if (Files.isDirectory(path)) {
                throw new Unreadable("cannot read: is a directory");
            }
            try {
                raw = Files.newInputStream(path);
                if (!Files.isRegularFile(path)) {
                    raw = new Unsized(raw);
                }
            } catch (NoSuchFileException e) {
                throw new Unreadable("cannot read: no such file");
            } catch (AccessDeniedException e) {
                throw new Unreadable("cannot read: permission denied");
            } catch (IOException e) {
                throw new Unreadable("cannot read: " + e.getMessage());
            }
        }
        BufferedInputStream stored = new BufferedInputStream(raw, 1 << 16);
        BufferedInputStream in = decompressed(stored);
        in.mark(SAMPLE_BYTES);
        byte[] head;
        try {
            head = in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            in.close();
            if (in == stored) {
                throw e;
            }
            throw new Unreadable("cannot read compressed input: " + describe(e) + " (truncated or corrupt?)", true);
        }
        in.reset();
        try {
            String sample = decodeSample(head);
            return new Opened() {
                @Override
                public String sample() {
                    return sample;
                }

                @Override
                public InputStream stream() {
                    return in;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (Unreadable e) {
            in.close();
            throw e;
        }
    }

    /**
     * The input itself, or its decompressed content when its first bytes are the magic number of
     * gzip, bzip2, xz or zstd: by content, not by name, so that standard input works too.
     */
    private BufferedInputStream decompressed(BufferedInputStream in) throws IOException {
        in.mark(6);
        byte[] magic = in.readNBytes(6);
        in.reset();
        try {
            InputStream plain;
            if (startsWith(magic, 0x1f, 0x8b)) {
                plain = new GZIPInputStream(in, 1 << 16);
            } else if (startsWith(magic, 'B', 'Z', 'h')) {
                plain = Decompressors.bzip2(in);
            } else if (startsWith(magic, 0xfd, '7', 'z', 'X', 'Z', 0)) {
                plain = Decompressors.xz(in);
            } else if (startsWith(magic, 0x28, 0xb5, 0x2f, 0xfd)) {
                plain = Decompressors.zstd(in);
            } else {
                return in;
            }
            return new BufferedInputStream(plain, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw new Unreadable("cannot read compressed input: " + describe(e), true);
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * A pipe or device opened by name ({@code <(zcat dump.gz)}, a FIFO, {@code /dev/stdin}): read as
     * a stream. The stream of a file channel answers {@code available()} from the file's size and
     * position, and seeking a pipe fails ("Illegal seek"); nothing else here asks, and the sample is
     * a bounded mark of the first bytes.
     */
    private static final class Unsized extends FilterInputStream {
        Unsized(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /**
     * Standard input is the process's and stays open: when the process was started with descriptor
     * 0 closed, the JVM has put one of its own files on that number, and closing it crashed the JVM.
     */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Deliberately not closing the descriptor.
        }
    }

    /** Decodes the sample leniently for sniffing; refuses binary content (cases B03, B06 in docs/errors.md). */
    static String decodeSample(byte[] head) throws Unreadable {
        int n = head.length;
        boolean bom16 = n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        if (bom16) {
            boolean be = (head[0] & 0xFF) == 0xFE;
            return new String(head, 2, n - 2, be ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        int zeros = 0;
        int firstZero = -1;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                zeros++;
                if (firstZero < 0) {
                    firstZero = i;
                }
            }
        }
        if (zeros > 0) {
            if (zeros * 3 >= n && n >= 4) {
                throw new Unreadable("not a text file: looks like UTF-16 without a byte order mark;"
                        + " re-run with --input-encoding UTF-16LE or UTF-16BE", true);
            }
            throw new Unreadable("not a text file (binary content at byte " + firstZero + ")", true);
        }
        int start = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, start, n - start, StandardCharsets.UTF_8);
    }
}

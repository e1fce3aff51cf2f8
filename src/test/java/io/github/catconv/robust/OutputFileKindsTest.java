package io.github.catconv.robust;

import static io.github.catconv.robust.Processes.SAMPLE;
import static io.github.catconv.robust.Processes.catconv;
import static io.github.catconv.robust.Processes.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.catconv.robust.Processes.Result;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output name is the user's (docs/errors.md, "Files, streams and signals"; case B51): what is
 * not a regular file is written in place, never replaced by a renamed temporary file; a symbolic
 * link is followed and stays. Every case uses a FIFO, socket or link made in a temporary folder,
 * never the real /dev/null or /dev/stdout.
 */
class OutputFileKindsTest {

    private static String ris;

    @BeforeAll
    static void expectedOutput(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        ris = r.out();
        assertTrue(ris.startsWith("TY  - "), ris);
    }

    @Test
    void aFifosReaderGetsTheOutputAndTheFifoStays(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Process p = catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", fifo.toString()).start();
        CompletableFuture<String> read = readOnItsOwnThread(fifo);
        Result r = Processes.finish(p);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO was replaced");
        assertEquals(ris, read.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("out.fifo"), names(dir));
    }

    @Test
    void aLinkToDevNullIsWrittenThroughAndStays(@TempDir Path dir) throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
        Path link = Files.createSymbolicLink(dir.resolve("null"), devNull);
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", link.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertEquals(devNull, Files.readSymbolicLink(link));
        assertFalse(Files.isRegularFile(devNull));
        assertEquals(List.of("null"), names(dir));
        Files.delete(link); // so that the clean-up never meets a link out of the folder
    }

    @Test
    void aLinkToDevStdoutGoesToStandardOutput(@TempDir Path dir) throws Exception {
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.isSymbolicLink(stdout), "no /dev/stdout link here");
        Path link = Files.createSymbolicLink(dir.resolve("so"), stdout);
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", link.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertEquals(List.of("so"), names(dir));
        Files.delete(link);
    }

    @Test
    void procSelfFdOneIsStandardOutput(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "no /proc here");
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", "/proc/self/fd/1"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
    }

    @Test
    void aSocketIsRefusedAndStays(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("out.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", socket.toString()));
            assertEquals(73, r.code(), r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("error: cannot create output " + socket + ": "), r.err());
            assertTrue(Files.exists(socket) && !Files.isRegularFile(socket), "the socket was replaced");
            assertEquals(List.of("out.sock"), names(dir));
        }
    }

    @Test
    void aLinkToARegularFileReplacesTheTargetAtomicallyAndStays(@TempDir Path dir) throws Exception {
        Path links = Files.createDirectory(dir.resolve("links"));
        Path files = Files.createDirectory(dir.resolve("files"));
        Path real = Files.writeString(files.resolve("real.ris"), "OLD");
        Object oldKey = fileKey(real);
        Path link = Files.createSymbolicLink(links.resolve("out.ris"), Path.of("../files/real.ris"));
        Path dangling = Files.createSymbolicLink(links.resolve("new.ris"), Path.of("../files/new.ris"));

        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", "links/out.ris"));
        assertEquals(0, r.code(), r.err());
        assertEquals(Path.of("../files/real.ris"), Files.readSymbolicLink(link), "the link stays as it was");
        assertEquals(ris, Files.readString(real));
        // A new file renamed onto the target (not the old one rewritten): the rename is the atomic step.
        assertNotEquals(oldKey, fileKey(real));

        r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", dangling.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals(ris, Files.readString(files.resolve("new.ris")));
        assertEquals(List.of("new.ris", "out.ris"), names(links), "no temporary file left beside the links");
        assertEquals(List.of("new.ris", "real.ris"), names(files), "no temporary file left beside the targets");
    }

    @Test
    void rejectsAndKeyMapFollowLinksToo(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), RunContractTest.good(1) + RunContractTest.junk(1));
        Path files = Files.createDirectory(dir.resolve("files"));
        Path rejects = Files.createSymbolicLink(dir.resolve("rejects"), Path.of("files/rejects.txt"));
        Path keyMap = Files.createSymbolicLink(dir.resolve("keys"), Path.of("files/keys.tsv"));
        Files.writeString(files.resolve("keys.tsv"), "OLD");
        Result r = run(catconv(dir, "convert", in.toString(), "--to", "bibtex", "--rejects", "rejects",
                "--key-map", "keys"));
        assertEquals(65, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(rejects) && Files.isSymbolicLink(keyMap), "a link was replaced");
        assertTrue(Files.readString(files.resolve("rejects.txt")).startsWith(RunContractTest.junk(1).strip() + "\n"));
        assertTrue(Files.readString(files.resolve("keys.tsv")).startsWith("ok1\t"));
        assertEquals(List.of("keys.tsv", "rejects.txt"), names(files));
    }

    @Test
    void aNameNearTheFileSystemLimitWorks(@TempDir Path dir) throws Exception {
        String name = "a".repeat(250) + ".ris";
        assertEquals(254, name.getBytes(StandardCharsets.UTF_8).length);
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris", "-o", name));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, Files.readString(dir.resolve(name)));
        assertEquals(List.of(name), names(dir));
    }

    /** Opening a FIFO waits for a writer, so even the open happens on the reading thread. */
    private static CompletableFuture<String> readOnItsOwnThread(Path fifo) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                text.complete(Files.readString(fifo));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        }, "fifo-reader");
        t.setDaemon(true);
        t.start();
        return text;
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

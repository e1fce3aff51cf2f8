package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * catconv as a real process: SIGTERM in the middle of a run leaves the old output and no temporary
 * file (case B49 in docs/errors.md); a reader that closes the pipe early stops it at once, quietly,
 * exit 0 (B47).
 */
class ProcessTest {

    @Test
    void sigtermLeavesOldOutputAndNoTempFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "OLD");
        Process p = new ProcessBuilder(JarRunner.command("256m", "convert", "-", "--to", "csl-json", "-o", out.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = feed(p, 50_000_000L);
        // Wait until the run is really writing its temporary file, then send SIGTERM.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (temps(dir).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(temps(dir).isEmpty(), "no temporary file appeared");
        Thread.sleep(300);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "did not stop on SIGTERM");
        feeder.interrupt();
        assertEquals("OLD", Files.readString(out), "old output kept");
        assertEquals(List.of(), temps(dir), "temporary file removed");
    }

    @Test
    void closedPipeStopsPromptlyAndQuietly() throws Exception {
        Process p = new ProcessBuilder(JarRunner.command("256m", "convert", "-", "--to", "ris", "--eol", "lf")).start();
        Thread feeder = feed(p, 1_000_000L);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                assertTrue(r.readLine() != null);
            }
        } // like "| head -n 3": our end of the pipe is closed now
        long t0 = System.nanoTime();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "kept converting into a closed pipe");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.interrupt();
        assertEquals(0, p.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(ms < 20_000, "took " + ms + " ms");
    }

    /** Streams {@code n} generated records into the process's standard input on a daemon thread. */
    private static Thread feed(Process p, long n) {
        Thread t = new Thread(() -> {
            try (OutputStream os = p.getOutputStream(); InputStream in = new Generated(n)) {
                in.transferTo(os);
            } catch (Exception e) {
                // The process ended (as the test intends): nothing more to feed.
            }
        }, "feeder");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static List<Path> temps(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}

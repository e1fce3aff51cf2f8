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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * catconv as a real process: SIGTERM or SIGINT in the middle of a run leaves the old output and no
 * temporary file (case B49 in docs/errors.md); a reader that closes the pipe early stops it at
 * once, quietly, exit 0 (B47).
 */
class ProcessTest {

    /**
     * SIGTERM or SIGINT: the old output and rejects file stay, the temporary files go, the exit code
     * is 128 + the signal's number and one line says so (not a write error of the interrupted run).
     */
    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 15", "INT, 2"})
    void aSignalLeavesOldOutputNoTempFileAndOneLine(String signal, int number, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        Files.writeString(out, "OLD");
        Path rejects = dir.resolve("rejects.txt");
        Files.writeString(rejects, "OLD REJECTS");
        List<String> cmd = new ArrayList<>();
        if (canResetSignals()) {
            // A shell started in the background ignores SIGINT, and so would its children, this JVM's
            // and catconv's: put SIGINT back as it is for a program started from a terminal.
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        cmd.addAll(JarRunner.command("256m", "convert", "-", "--to", "csl-json", "-o", out.toString(),
                "--rejects", rejects.toString()));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> err = Processes.readAll(p.getErrorStream());
        Thread feeder = feed(p, 50_000_000L);
        // Wait until the run is really writing its temporary files, then send the signal.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (temps(dir).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(2, temps(dir).size(), "no temporary files appeared");
        Thread.sleep(300);
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "did not stop on SIG" + signal);
        feeder.interrupt();
        assertEquals(128 + number, p.exitValue());
        assertEquals("OLD", Files.readString(out), "old output kept");
        assertEquals("OLD REJECTS", Files.readString(rejects), "old rejects file kept");
        assertEquals(List.of(), temps(dir), "temporary files removed");
        assertEquals(List.of("error: interrupted by a signal before the run completed; " + out
                + " was left as it was (temporary files removed)"), err.get(10, TimeUnit.SECONDS).lines().toList());
    }

    private static boolean canResetSignals() throws InterruptedException {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
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

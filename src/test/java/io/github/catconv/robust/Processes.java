package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, reading its output and errors at the same time, with a time limit. */
final class Processes {

    /** The sample every process test converts. */
    static final Path SAMPLE = Path.of("samples/pubmed-6092784.txt").toAbsolutePath();

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Processes() {
    }

    /** Starts {@code pb} with nothing on its standard input and waits for it. */
    static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        p.getOutputStream().close();
        return finish(p);
    }

    /** Reads what {@code p} writes until it ends (at most a minute). */
    static Result finish(Process p) throws InterruptedException {
        CompletableFuture<String> out = readAll(p.getInputStream());
        CompletableFuture<String> err = readAll(p.getErrorStream());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("still running after a minute");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    /** Reads {@code in} to its end on a thread of its own (a pool could starve the other stream). */
    static CompletableFuture<String> readAll(InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        }, "process-reader");
        t.setDaemon(true);
        t.start();
        return text;
    }

    /** catconv (the built classes, as JarRunner) converting {@code args}, run in {@code dir}. */
    static ProcessBuilder catconv(Path dir, String... args) {
        return new ProcessBuilder(JarRunner.command("256m", args)).directory(dir.toFile());
    }
}

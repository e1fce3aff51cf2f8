package io.github.catconv.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real client programs (bibtex, biber, pandoc, bibutils, node) from tests. A test that
 * needs one is skipped when it is not installed, except in CI (env CI=true), where .ci/run installs
 * them and a missing program is a failure.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** True when running under CI. */
    public static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    /** Skips the test when {@code program} is missing, unless under CI. */
    public static void require(String program) {
        assumeTrue(ci() || onPath(program), program + " is not installed (required when CI=true)");
    }

    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Result of one program run. */
    public record Result(int code, String output) {
    }

    /** Runs a command in {@code dir} with {@code stdin} as its input; stdout and stderr together. */
    public static Result run(Path dir, String stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        Thread feeder = new Thread(() -> {
            try (var os = p.getOutputStream()) {
                if (stdin != null) {
                    os.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The program stopped reading; its output and exit code tell what happened.
                return;
            }
        });
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        feeder.join();
        return new Result(p.exitValue(), out);
    }
}

package io.github.catconv.robust;

import static io.github.catconv.robust.Processes.SAMPLE;
import static io.github.catconv.robust.Processes.catconv;
import static io.github.catconv.robust.Processes.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.catconv.robust.Processes.Result;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs of every kind and a process that always ends cleanly (docs/errors.md, "Files, streams and
 * signals"; cases B50, B52): a pipe named as a file is read as a stream, and a descriptor closed by
 * the caller never crashes the JVM. The launcher tests run the real {@code ./catconv} script in a
 * sandbox whose {@code target/catconv.jar} is a manifest naming this build's class path, so no
 * build runs inside the tests.
 */
class InputStreamsTest {

    private static String ris;

    @BeforeAll
    static void expectedOutput(@TempDir Path dir) throws Exception {
        Result r = run(catconv(dir, "convert", SAMPLE.toString(), "--to", "ris"));
        assertEquals(0, r.code(), r.err());
        ris = r.out();
        assertTrue(ris.startsWith("TY  - "), ris);
    }

    /** {@code catconv convert <(zcat dump.gz)} names a pipe: /dev/stdin is one too, and a plain path. */
    @ParameterizedTest(name = "--jobs {0}")
    @ValueSource(ints = {1, 2})
    void aPipeNamedAsAFileIsReadAsAStream(int jobs, @TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/stdin")), "no /dev/stdin here");
        Process p = catconv(dir, "convert", "/dev/stdin", "--to", "ris", "--jobs", Integer.toString(jobs)).start();
        try (OutputStream in = p.getOutputStream()) {
            Files.copy(SAMPLE, in);
        }
        Result r = Processes.finish(p);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(ris, r.out());
    }

    @Test
    void aFifoIsReadAsAStream(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("dump.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Process p = catconv(dir, "convert", fifo.toString(), "--to", "ris").start();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(SAMPLE, out);
            } catch (IOException e) {
                // The reader went away: the assertions below say why.
            }
        }, "fifo-writer");
        writer.setDaemon(true);
        writer.start();
        p.getOutputStream().close();
        Result r = Processes.finish(p);
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
    }

    @Test
    void theLauncherGivesAClosedStandardInputDevNull(@TempDir Path dir) throws Exception {
        Path sandbox = launcherSandbox(dir);
        Result r = run(launcher(sandbox, "./catconv convert \"$1\" - --to ris <&-"));
        assertEquals(0, r.code(), r.err());
        assertEquals(ris, r.out());
        assertEquals(List.of("warning -: empty input"), r.errLines());
    }

    /** The launcher writes to stderr itself when it builds: a closed stderr must not stop it there. */
    @Test
    void theLauncherBuildsAndRunsWithStandardErrorClosed(@TempDir Path dir) throws Exception {
        Path sandbox = launcherSandbox(dir);
        Path bin = Files.createDirectory(sandbox.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n# Stands in for the build.\n"
                + "touch target/catconv.jar target/built\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path source = Files.createDirectories(sandbox.resolve("src/main")).resolve("Changed.java");
        Files.writeString(source, "");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minus(30, ChronoUnit.SECONDS)));
        ProcessBuilder pb = launcher(sandbox, "./catconv convert \"$1\" --to ris 2>&-");
        pb.environment().put("PATH", bin + File.pathSeparator + pb.environment().get("PATH"));
        Result r = run(pb);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(sandbox.resolve("target/built")), "the launcher did not build");
        assertEquals(ris, r.out());
    }

    /**
     * The first build's messages reach a log or a pipe without colour codes (Maven 3.8 prints
     * resets even with -B): the stand-in build prints some, as Maven does, and fails.
     */
    @Test
    void theLauncherBuildPrintsNoColourCodesWhenStandardErrorIsNotATerminal(@TempDir Path dir) throws Exception {
        Path sandbox = launcherSandbox(dir);
        Path bin = Files.createDirectory(sandbox.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n# Stands in for a failing build.\n"
                + "printf '\\033[0m\\033[1;31m[ERROR]\\033[m COMPILATION ERROR\\n\\033[0m'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path source = Files.createDirectories(sandbox.resolve("src/main")).resolve("Changed.java");
        Files.writeString(source, "");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plus(30, ChronoUnit.SECONDS)));
        ProcessBuilder pb = launcher(sandbox, "./catconv convert \"$1\" --to ris");
        pb.environment().put("PATH", bin + File.pathSeparator + pb.environment().get("PATH"));
        Result r = run(pb);
        assertEquals(70, r.code(), r.err());
        assertEquals(List.of("catconv: building (first run or sources changed)...", "[ERROR] COMPILATION ERROR",
                "catconv: build failed"), r.errLines());
    }

    /** Without the launcher the JVM reuses descriptor 0 for a file of its own: it must survive that. */
    @Test
    void theJvmStartedWithStandardInputClosedDoesNotCrash(@TempDir Path dir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&-", "sh"));
        cmd.addAll(JarRunner.command("256m", "convert", SAMPLE.toString(), "-", "--to", "ris"));
        Result r = run(new ProcessBuilder(cmd).directory(dir.toFile()));
        assertTrue(r.code() < 128, "killed by signal " + (r.code() - 128) + ": " + r.err());
        assertFalse(r.err().contains("A fatal error has been detected"), r.err());
        assertEquals(ris, r.out());
    }

    private static ProcessBuilder launcher(Path sandbox, String script) {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script, "sh", SAMPLE.toString()).directory(sandbox.toFile());
        Path javaBin = Path.of(JarRunner.java()).getParent();
        pb.environment().put("PATH", javaBin + File.pathSeparator + pb.environment().get("PATH"));
        return pb;
    }

    /**
     * A copy of the launcher with a jar that is only a manifest whose Class-Path is this build's
     * class path (as the real jar's names target/lib), and an empty class-data archive newer than
     * it, so the launcher neither builds nor trains.
     */
    private static Path launcherSandbox(Path dir) throws IOException, URISyntaxException {
        Path sandbox = Files.createDirectory(dir.resolve("sandbox"));
        Path script = Files.copy(Path.of("catconv"), sandbox.resolve("catconv"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = Files.createDirectory(sandbox.resolve("target"));
        StringBuilder classPath = new StringBuilder();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            String relative = target.relativize(p).toString().replace(File.separatorChar, '/')
                    + (Files.isDirectory(p) ? "/" : "");
            classPath.append(classPath.length() == 0 ? "" : " ").append(new URI(null, null, relative, null).getRawPath());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
        Path jar = target.resolve("catconv.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.finish();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(1, ChronoUnit.MINUTES)));
        Path jsa = Files.createFile(target.resolve("catconv.jsa"));
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        return sandbox;
    }
}

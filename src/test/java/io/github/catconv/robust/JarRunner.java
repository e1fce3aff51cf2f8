package io.github.catconv.robust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts catconv as a real separate {@code java} process, for tests of signals, pipes and
 * /dev/full that cannot run in the test JVM. Uses the test class path (classes built by this
 * build), so it works before {@code target/catconv.jar} is packaged.
 */
final class JarRunner {

    private JarRunner() {
    }

    /** The {@code java} launcher of the running JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line {@code java -cp … io.github.catconv.cli.Main ARGS}, with a given heap. */
    static List<String> command(String xmx, String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + xmx, "-cp", cp, "io.github.catconv.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}

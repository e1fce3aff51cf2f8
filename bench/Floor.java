import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the benchmark: what the same JVM needs to decode a dump, split it into lines and
 * write the same bytes back (bench/run.sh runs it with the launcher's JVM options). No converter on
 * the JVM can be faster than this on the same bytes.
 *
 * <p>Usage: {@code java Floor IN OUT}; prints nothing.
 */
public final class Floor {

    private Floor() {
    }

    /** Copies IN to OUT line by line, decoding and encoding UTF-8. */
    public static void main(String[] args) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}

package io.github.catconv.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.testsupport.Samples;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample × every registered writer against its expected output under
 * {@code src/test/resources/golden/<writer>/<sample>.<ext>}. See golden/README.md: run with
 * {@code -Dcatconv.regenerate=true} to rewrite the files, then review the diff field by field.
 */
class GoldenFilesTest {

    static final Path SAMPLES = Samples.DIR;
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean REGENERATE = Boolean.getBoolean("catconv.regenerate");

    static List<Path> samples() throws IOException {
        return Samples.all();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (RecordWriter w : WriterRegistry.installed().all()) {
            for (Path p : samples()) {
                out.add(Arguments.of(w.id(), p.getFileName().toString()));
            }
        }
        return out.stream();
    }

    static String convert(String writer, String sample) {
        return Samples.convert(writer, sample);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesGoldenFile(String writer, String sample) throws IOException {
        String ext = WriterRegistry.installed().find(writer).orElseThrow().fileExtension();
        Path expected = GOLDEN.resolve(writer).resolve(sample.replaceFirst("\\.txt$", "") + "." + ext);
        String actual = convert(writer, sample);
        if (REGENERATE || !Files.exists(expected)) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!REGENERATE) {
                throw new AssertionError("no golden file yet; wrote " + expected + " — review it and commit");
            }
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden " + expected);
    }
}

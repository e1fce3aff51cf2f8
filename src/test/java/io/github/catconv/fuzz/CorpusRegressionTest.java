package io.github.catconv.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs both fuzz target bodies on every committed seed and crash input, as a plain JUnit test,
 * so a regression shows by file name even where Jazzer's own regression mode is not used.
 */
class CorpusRegressionTest {

    static final Path SEEDS = Path.of("src/test/resources/io/github/catconv/fuzz/VufindReaderFuzzTestInputs");
    static final Path SAMPLES = Path.of("samples");

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.walk(SEEDS); Stream<Path> t = Files.list(SAMPLES)) {
            return Stream.concat(s.filter(Files::isRegularFile).sorted(),
                    t.filter(p -> p.toString().endsWith(".txt")).sorted()).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedPassesEndToEnd(Path seed) throws IOException {
        FuzzTargets.endToEnd(Files.readAllBytes(seed), true);
    }
}

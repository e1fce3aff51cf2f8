package io.github.catconv.csl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The csl package is shared by the JSON writer and the citation adapter: it may use only the model. */
class CslPackageDependencyTest {

    private static final Path PACKAGE = Path.of("src/main/java/io/github/catconv/csl");

    @Test
    void importsOnlyTheJdkAndTheModel() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(PACKAGE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        assertFalse(sources.isEmpty(), "no sources found under " + PACKAGE.toAbsolutePath());
        for (Path source : sources) {
            List<String> bad = Files.readAllLines(source).stream()
                    .filter(l -> l.startsWith("import "))
                    .filter(l -> !l.startsWith("import java.") && !l.startsWith("import io.github.catconv.model."))
                    .collect(Collectors.toList());
            assertEquals(List.of(), bad, source.toString());
        }
    }
}

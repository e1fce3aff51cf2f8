package io.github.catconv.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.testsupport.CslSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSL-JSON of every sample is valid against the CSL 1.0.2 schema. */
class CslSchemaSamplesTest {

    static Stream<String> samples() throws IOException {
        return GoldenFilesTest.samples().stream().map(Path::getFileName).map(Path::toString);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void validatesAgainstCslSchema(String sample) {
        List<String> errors = CslSchema.validate(GoldenFilesTest.convert("csl-json", sample));
        assertEquals(List.of(), errors, sample);
    }
}

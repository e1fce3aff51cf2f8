package io.github.catconv.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Option values no run can use are usage errors (exit 64) of the engine itself, whatever built the
 * options: the command line's own checks may change, the engine's answer must not (docs/errors.md,
 * "Files, streams and signals").
 */
class ConversionOptionsTest {

    @ParameterizedTest(name = "--max-line-length {0} --jobs {1}")
    @CsvSource({"0, 1, '--max-line-length must be at least 1 (got 0)'",
        "-7, 1, '--max-line-length must be at least 1 (got -7)'",
        "1000, 0, '--jobs must be at least 1 (got 0)'",
        "1000, -2, '--jobs must be at least 1 (got -2)'"})
    void unusableValuesAreUsageErrors(int maxLineLength, int jobs, String message) {
        CatconvException e = assertThrows(CatconvException.class, () -> {
            ConversionOptions o = new ConversionOptions(List.of("-"), null, "ris", null, Map.of(), null,
                    maxLineLength, false, false, 0, null, false, jobs);
            new Conversion(o, DiagnosticSink.discard(), InputStream::nullInputStream).run(new StringWriter());
        });
        assertEquals(ExitStatus.USAGE, e.status());
        assertEquals(message, e.getMessage());
    }
}

package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property (seeded java.util.Random, no jqwik): every sample gives byte-identical output, in every
 * format, whatever its line ends (LF, CRLF, CR, a random mix per line) and with or without a UTF-8
 * BOM (bad-input cases B05, B07, B08, B09 in docs/errors.md).
 */
class LineEndingPropertyTest {

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    static String convert(byte[] input, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), () -> new ByteArrayInputStream(input),
                "convert", "-", "--to", format);
        return code + "\n" + err + "\n" + out;
    }

    /** The text with each line end replaced by one drawn from {@code ends}, and maybe a BOM. */
    static byte[] variant(String text, Random rnd, String[] ends, boolean bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (bom) {
            b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
            if (i < lines.length - 1) {
                String end = ends[rnd.nextInt(ends.length)];
                if (end.equals("\r") && ends.length > 1 && lines[i + 1].isEmpty()) {
                    end = "\n"; // CR before an empty LF-ended line would read as one CRLF: not the same text
                }
                b.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return b.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void lineEndsAndBomNeverChangeTheOutput(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Random rnd = new Random(sample.getFileName().toString().hashCode());
        for (String format : new String[] {"csl-json", "bibtex", "ris", "csv"}) {
            String lf = convert(variant(text, rnd, new String[] {"\n"}, false), format);
            assertEquals(lf, convert(variant(text, rnd, new String[] {"\r\n"}, false), format), format + " CRLF");
            assertEquals(lf, convert(variant(text, rnd, new String[] {"\r"}, true), format), format + " CR + BOM");
            assertEquals(lf, convert(variant(text, rnd, new String[] {"\n", "\r\n", "\r"}, rnd.nextBoolean()), format),
                    format + " mixed");
        }
    }
}

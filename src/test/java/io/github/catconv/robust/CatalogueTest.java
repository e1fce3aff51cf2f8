package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests of the bad-input catalogue (listed in docs/errors.md), one folder per case under
 * {@code src/test/resources/robust/<folder>/}, named by case number and what it holds
 * ({@code B22-duplicate-ids}): {@code args} (one command-line argument per line,
 * {@code $DIR} stands for the case folder), the input files, {@code expected.out} (exact standard
 * output), {@code expected.err} (exact standard error lines) and {@code expected.code} (exit status).
 * Standard input is empty. Where the behaviour differs from the catalogue, docs/errors.md says why.
 */
class CatalogueTest {

    static final Path ROOT = Path.of("src/test/resources/robust");
    private static final Path ERRORS_DOC = Path.of("docs/errors.md");
    private static final Pattern FOLDER_NAME = Pattern.compile("B\\d\\d(-[a-z0-9]+)+");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void folderIsNamedAndListedInTheErrorsDoc(String folder) throws IOException {
        assertTrue(FOLDER_NAME.matcher(folder).matches(), folder + ": want case number and words, as B22-duplicate-ids");
        assertTrue(Files.readString(ERRORS_DOC, StandardCharsets.UTF_8).contains("`" + folder + "`"),
                folder + " is not listed in " + ERRORS_DOC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesAsCatalogued(String id) throws IOException {
        Path dir = ROOT.resolve(id);
        String dirName = dir.toString();
        String[] args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
                .map(a -> a.replace("$DIR", dirName)).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), InputStream::nullInputStream, args);

        List<String> expectedErr = Files.readAllLines(dir.resolve("expected.err"), StandardCharsets.UTF_8).stream()
                .map(l -> l.replace("$DIR", dirName)).toList();
        assertEquals(expectedErr, err.toString().lines().toList(), id + " stderr");
        assertEquals(Files.readString(dir.resolve("expected.out"), StandardCharsets.UTF_8), out.toString(), id + " stdout");
        assertEquals(Integer.parseInt(Files.readString(dir.resolve("expected.code")).strip()), code, id + " exit code");
    }
}

package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.robust.RunContractTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files of a run (docs/errors.md, "Files, streams and signals"; case B51): one file never has
 * two roles, an output is left alone when nothing could be read, a key map is refused like
 * {@code -o} when its folder is missing, and option values no run can use are usage errors.
 */
class RunFilesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rejects = input spelled ./in.txt", "rejects = output, neither existing yet",
        "key map = hard link of the input", "key map = symbolic link to the output",
        "rejects = a file that -o DIR would write"})
    void oneFileWithTwoRolesIsRefusedBeforeAnythingIsRead(String situation, @TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), RunContractTest.good(1) + RunContractTest.junk(1));
        String input = in.toString();
        String[] args;
        String[] named;
        switch (situation) {
            case "rejects = input spelled ./in.txt" -> {
                String spelled = dir.resolve(".").resolve("in.txt").toString();
                args = new String[] {input, "--to", "ris", "--rejects", spelled};
                named = new String[] {input, spelled};
            }
            case "rejects = output, neither existing yet" -> {
                String out = dir.resolve("out.ris").toString();
                String again = dir.resolve("sub/../out.ris").toString();
                Files.createDirectory(dir.resolve("sub"));
                args = new String[] {input, "--to", "ris", "-o", out, "--rejects", again};
                named = new String[] {out, again};
            }
            case "key map = hard link of the input" -> {
                Path hard = Files.createLink(dir.resolve("hard.tsv"), in);
                args = new String[] {input, "--to", "bibtex", "--key-map", hard.toString()};
                named = new String[] {input, hard.toString()};
            }
            case "key map = symbolic link to the output" -> {
                Path out = Files.writeString(dir.resolve("out.bib"), "OLD");
                Path link = Files.createSymbolicLink(dir.resolve("keys.tsv"), out.getFileName());
                args = new String[] {input, "--to", "bibtex", "-o", out.toString(), "--key-map", link.toString()};
                named = new String[] {out.toString(), link.toString()};
            }
            default -> {
                Path outDir = Files.createDirectory(dir.resolve("out"));
                String target = outDir.resolve("in.ris").toString();
                args = new String[] {input, "--to", "ris", "-o", outDir.toString(), "--rejects", target};
                named = new String[] {target, target};
            }
        }
        List<Path> before = listing(dir);
        Result r = RunContractTest.run(args);
        assertEquals(64, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("is the same file as"), r.err());
        for (String path : named) {
            assertTrue(r.err().contains(path), path + " not named in: " + r.err());
        }
        assertEquals("", r.out(), "nothing was converted");
        assertEquals(RunContractTest.good(1) + RunContractTest.junk(1), Files.readString(in), "input untouched");
        assertEquals(before, listing(dir), "no file made or removed");
    }

    @Test
    void whenNoInputCouldBeReadOldOutputsKeepTheirContent(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("out.bib"), "OLD OUTPUT");
        Path rejects = Files.writeString(dir.resolve("rejects.txt"), "OLD REJECTS");
        Path keys = Files.writeString(dir.resolve("keys.tsv"), "OLD KEYS");
        Result r = RunContractTest.run(dir.resolve("missing.txt").toString(), "--to", "bibtex", "-o", out.toString(),
                "--rejects", rejects.toString(), "--key-map", keys.toString());
        assertEquals(66, r.code(), r.err());
        assertEquals("OLD OUTPUT", Files.readString(out));
        assertEquals("OLD REJECTS", Files.readString(rejects));
        assertEquals("OLD KEYS", Files.readString(keys));
        assertEquals(List.of(keys, out, rejects), listing(dir), "no temporary file left");
    }

    @Test
    void aKeyMapInAMissingFolderIsExit73BeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), RunContractTest.good(1));
        String keys = dir.resolve("no/such/keys.tsv").toString();
        Result r = RunContractTest.run(in.toString(), "--to", "bibtex", "-o", dir.resolve("out.bib").toString(),
                "--key-map", keys);
        assertEquals(73, r.code(), r.err());
        assertEquals("error: cannot create output " + keys + ": no such directory", r.err().strip());
        assertEquals(List.of(in), listing(dir), "no output and no temporary file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"convert --max-line-length 0", "convert --max-line-length -1", "inspect --max-line-length 0"})
    void anUnusableLineLengthIsAUsageError(String line, @TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), RunContractTest.good(1));
        String[] words = line.split(" ");
        String[] args = words[0].equals("convert")
                ? new String[] {"convert", in.toString(), "--to", "ris", words[1], words[2]}
                : new String[] {"inspect", in.toString(), words[1], words[2]};
        Result r = RunContractTest.run(args);
        assertEquals(64, r.code(), r.err());
        assertEquals("error: --max-line-length must be at least 1 (got " + words[2] + ")", r.err().strip());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        }
    }
}

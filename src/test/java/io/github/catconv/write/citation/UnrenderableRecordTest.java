package io.github.catconv.write.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.cite.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A record citeproc-java cannot render (a date range whose ends differ in precision, "1998-05/2003",
 * makes it throw "Elements in date range must have the same length") is one rejected record with
 * its id; the other references are written and the run exits 65, not 70.
 */
class UnrenderableRecordTest {

    private static String record(String id, String title, String author, String date) {
        return "id " + id + "\ntitle " + title + "\nauthor " + author + "\nformat Book\npublishDate " + date + "\n\n";
    }

    @ParameterizedTest(name = "--mode {0}")
    @ValueSource(strings = {"bibliography", "citation"})
    void theOthersAreWritten(String mode, @TempDir Path dir) throws IOException {
        Path in = dir.resolve("dates.txt");
        Files.writeString(in, record("rec1", "Good record", "Doe, Jane", "1999")
                + record("rec2", "Odd date record", "Roe, Richard", "1998-05/2003")
                + record("rec3", "Third record", "Poe, Edgar", "2001"));
        Cli.Result r = Cli.run("convert", in.toString(), "--to", "citation", "--style", "apa", "--mode", mode, "--stats");
        assertEquals(65, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("Doe") && r.out().contains("Poe") && !r.out().contains("Roe"), r.out());
        assertTrue(r.err().contains("error " + in + ":7: [rec2] citation: citeproc-java cannot render this record"
                + " (Elements in date range must have the same length); not written"), r.err());
        assertTrue(r.err().contains("3 records read, 2 written, 1 rejected, 0 skipped"), r.err());
    }
}

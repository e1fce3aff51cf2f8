package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.solr.SolrJsonReader;
import io.github.catconv.read.solr.SolrXmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded mutations of real inputs (bytes flipped, cut, repeated) through each new reader: any
 * input gives records or diagnostics, never an exception, an "internal error" or a hang. A
 * deterministic companion to the Jazzer targets of the fuzz package.
 */
class MutatedInputTest {

    private static RecordReader reader(String id) {
        return switch (id) {
            case "marc" -> new MarcReader();
            case "solr-json" -> new SolrJsonReader();
            default -> new SolrXmlReader();
        };
    }

    @ParameterizedTest
    @CsvSource({
        "marc, src/test/resources/vufind/marc/author_relators.mrc",
        "marc, src/test/resources/vufind/marc/marctraits.xml",
        "marc, samples/marc-staffview-de-690250223.txt",
        "solr-json, samples/solr-response-multi-record-3.json",
        "solr-json, samples/solr-docs-14-records.jsonl",
        "solr-xml, samples/solr-response-multi-record-3.xml"})
    void mutatedInputsNeverThrow(String readerId, String file) throws IOException {
        byte[] seed = Files.readAllBytes(Path.of(file));
        Random random = new Random(file.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 150; i++) {
                byte[] data = mutate(seed, random);
                List<Diagnostic> diags = new ArrayList<>();
                try (RecordCursor c = reader(readerId).open(new ByteArrayInputStream(data), ReadContext.of("m", diags::add))) {
                    int n = 0;
                    while (c.next() != null && n++ < 10_000) {
                        // drain
                    }
                }
                for (Diagnostic d : diags) {
                    assertTrue(!d.message().contains("internal error"), "mutation " + i + ": " + d.format());
                }
            }
        });
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] d = seed.clone();
        switch (r.nextInt(3)) {
            case 0 -> {
                for (int k = 0; k < 1 + r.nextInt(20); k++) {
                    d[r.nextInt(d.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> d = java.util.Arrays.copyOf(d, r.nextInt(d.length));
            default -> {
                int from = r.nextInt(d.length);
                int len = Math.min(d.length - from, 1 + r.nextInt(200));
                byte[] out = new byte[d.length + len];
                System.arraycopy(d, 0, out, 0, from + len);
                System.arraycopy(d, from, out, from + len, d.length - from);
                d = out;
            }
        }
        return d;
    }
}

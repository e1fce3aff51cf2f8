package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The marc reader on every shape, and that sniffing sends each sample to the right reader. */
class MarcReaderTest {

    static List<BibRecord> read(Path file, List<Diagnostic> diags) throws IOException {
        List<BibRecord> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             RecordCursor c = new MarcReader().open(in, ReadContext.of(file.toString(), diags::add))) {
            for (BibRecord r = c.next(); r != null; r = c.next()) {
                out.add(r);
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "src/test/resources/vufind/marc/testbug2.mrc, 1, testbug2",
        "src/test/resources/vufind/marc/journals.mrc, 10, testsample1",
        "src/test/resources/vufind/marc/journal_article.xml, 2, jnl1",
        "src/test/resources/vufind/marc/marctraits.xml, 1, 123",
        "samples/marc-staffview-de-690250223.txt, 1, 690250223",
        "samples/marc-staffview-en-journal-article-2-records.txt, 2, jnl1"})
    void readsEveryShape(String file, int count, String firstId) throws IOException {
        List<Diagnostic> diags = new ArrayList<>();
        List<BibRecord> recs = read(Path.of(file), diags);
        assertEquals(count, recs.size(), diags.toString());
        assertEquals(firstId, recs.get(0).id());
    }

    @ParameterizedTest
    @CsvSource({
        "src/test/resources/vufind/marc/testbug2.mrc, marc",
        "src/test/resources/vufind/marc/journal_article.xml, marc",
        "samples/marc-staffview-de-690250223.txt, vufind",
        "samples/marc-staffview-en-journal-article-2-records.txt, vufind",
        "'LEADER\t00846nam a2200229 c 4500\n001\t6902\n245\t1\t0\t|a Title', marc",
        "samples/marc-staffview-fr-testbug2-with-index.txt, vufind",
        "samples/solr-fullrecord-marcxml-en-690250223.txt, vufind",
        "samples/solr-response-multi-record-3.json, solr-json",
        "samples/solr-docs-14-records.jsonl, solr-json",
        "samples/solr-response-multi-record-3.xml, solr-xml",
        "samples/solr-update-690250223.xml, solr-xml"})
    void sniffing(String file, String reader) throws IOException {
        // VuFind pages around a MARC view go to the vufind reader (which reads the view); bare views here.
        if (file.startsWith("LEADER")) {
            assertEquals(reader, ReaderRegistry.installed().sniff(file.replace("\\t", "\t").replace("\\n", "\n"))
                    .orElseThrow().id());
            return;
        }
        byte[] head = Files.readAllBytes(Path.of(file));
        String sample = new String(head, 0, Math.min(head.length, 8192), StandardCharsets.UTF_8);
        assertEquals(reader, ReaderRegistry.installed().sniff(sample).orElseThrow().id());
    }

    @ParameterizedTest
    @CsvSource({"'<collection><record><leader>00000nam</leader><datafield tag=\"245\">', 1",
        "'{\"leader\":\"00000nam\",\"fields\":[{\"001\":\"a\"},{\"245\":{\"subfields\":[{\"a\":', 1"})
    void truncatedInputIsOneError(String xml, int errors) throws IOException {
        Path f = Files.createTempFile("marc", ".xml");
        try {
            Files.writeString(f, xml);
            List<Diagnostic> diags = new ArrayList<>();
            assertTrue(read(f, diags).isEmpty());
            assertEquals(errors, diags.size(), diags.toString());
        } finally {
            Files.delete(f);
        }
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.write.RecordWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real seed dump through the VuFind reader and both writers (samples/README.md). */
class SeedEndToEndTest {

    /** samples/ holds a byte-identical copy of the seed. */
    private static final Path SEED = Path.of("samples/pubmed-6092784.txt");

    private static BibRecord readSeed() throws Exception {
        Path seed = SEED;
        try (InputStream in = Files.newInputStream(seed);
             RecordCursor c = ReaderRegistry.installed().find("vufind").orElseThrow()
                     .open(in, ReadContext.of(seed.toString(), DiagnosticSink.discard()))) {
            BibRecord r = c.next();
            assertNotNull(r);
            return r;
        }
    }

    private static BibStructure.Entry write(RecordWriter w) throws Exception {
        List<BibStructure.Entry> entries = BibStructure.parse(BibFixtures.write(w, Map.of(), List.of(readSeed())));
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    @Test
    void bibtex() throws Exception {
        BibStructure.Entry e = write(new BibtexWriter());
        assertEquals("article", e.type());
        assertEquals("tookey2018client", e.key());
        assertEquals("2018", e.fields().get("year"));
        assertEquals("aug", e.fields().get("month"));
        assertEquals("Harm Reduct J", e.fields().get("journal"));
        assertEquals("10.1186/s12954-018-0245-7", e.fields().get("doi"));
    }

    @Test
    void biblatex() throws Exception {
        BibStructure.Entry e = write(new BiblatexWriter());
        assertEquals("tookey2018client", e.key());
        assertEquals("2018-08-14", e.fields().get("date"));
        assertEquals("english", e.fields().get("langid"));
        assertEquals("30107808", e.fields().get("eprint"));
        assertEquals("pubmed", e.fields().get("eprinttype"));
    }
}

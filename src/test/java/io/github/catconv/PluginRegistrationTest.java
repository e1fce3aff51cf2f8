package io.github.catconv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.bibtex.BiblatexReader;
import io.github.catconv.read.bibtex.BibtexReader;
import io.github.catconv.read.csljson.CslJsonReader;
import io.github.catconv.read.ris.RisReader;
import io.github.catconv.read.marc.MarcReader;
import io.github.catconv.read.solr.SolrJsonReader;
import io.github.catconv.read.solr.SolrXmlReader;
import io.github.catconv.read.vufind.VufindReader;
import io.github.catconv.write.WriterRegistry;
import io.github.catconv.write.bibtex.BiblatexWriter;
import io.github.catconv.write.bibtex.BibtexWriter;
import io.github.catconv.write.citation.CitationWriter;
import io.github.catconv.write.csljson.CslJsonLinesWriter;
import io.github.catconv.write.csljson.CslJsonWriter;
import io.github.catconv.write.endnotexml.EndNoteXmlWriter;
import io.github.catconv.write.mods.ModsWriter;
import io.github.catconv.write.csv.CsvWriter;
import io.github.catconv.write.inspect.InspectWriter;
import io.github.catconv.write.ris.RisWriter;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every reader and writer is found through its META-INF/services line: a lost or mistyped line
 * would otherwise only show as a format missing from {@code catconv formats}.
 */
class PluginRegistrationTest {

    @Test
    void everyReaderIsRegistered() {
        Map<String, Class<?>> expected = Map.of(
                "marc", MarcReader.class,
                "solr-json", SolrJsonReader.class,
                "solr-xml", SolrXmlReader.class,
                "vufind", VufindReader.class,
                "bibtex", BibtexReader.class,
                "biblatex", BiblatexReader.class,
                "csl-json", CslJsonReader.class,
                "ris", RisReader.class);
        Map<String, Class<?>> found = new TreeMap<>();
        ReaderRegistry.installed().all().forEach(r -> found.put(r.id(), r.getClass()));
        assertEquals(new TreeMap<>(expected), found);
    }

    @Test
    void everyWriterIsRegistered() {
        Map<String, Class<?>> expected = Map.of(
                "biblatex", BiblatexWriter.class,
                "bibtex", BibtexWriter.class,
                "citation", CitationWriter.class,
                "csl-json", CslJsonWriter.class,
                "csv", CsvWriter.class,
                "inspect", InspectWriter.class,
                "ris", RisWriter.class,
                "csl-jsonl", CslJsonLinesWriter.class,
                "mods", ModsWriter.class,
                "endnote-xml", EndNoteXmlWriter.class);
        Map<String, Class<?>> found = new TreeMap<>();
        WriterRegistry.installed().all().forEach(w -> found.put(w.id(), w.getClass()));
        assertEquals(new TreeMap<>(expected), found);
    }
}

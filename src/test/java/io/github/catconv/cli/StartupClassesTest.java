package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a one-liner loads. Every writer is instantiated (and asked for its options) on every run, so
 * a writer class must not pull in its library before it is opened: a BibTeX run loads no Jackson,
 * Commons CSV or citeproc-java, and of the other writers nothing but the plug-in classes. Each case
 * runs {@code Main} in a fresh class loader that records every class it defines.
 */
class StartupClassesTest {

    /** Defines the classes of the class path itself and records their names. */
    static final class Recording extends URLClassLoader {
        final Set<String> defined = new ConcurrentSkipListSet<>();

        Recording(URL[] urls) {
            super("recording", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = super.findClass(name);
            defined.add(name);
            return c;
        }
    }

    @ParameterizedTest(name = "--to {0} loads nothing of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bibtex   | com.fasterxml.jackson., org.apache.commons.csv., de.undercouch.citeproc., io.github.catconv.csl.
            biblatex | com.fasterxml.jackson., org.apache.commons.csv., de.undercouch.citeproc.
            ris      | com.fasterxml.jackson., org.apache.commons.csv., de.undercouch.citeproc.
            csv      | com.fasterxml.jackson., de.undercouch.citeproc.
            csl-json | org.apache.commons.csv., de.undercouch.citeproc.
            """)
    void aConversionLoadsOnlyTheLibraryOfItsWriter(String format, String forbidden) throws Exception {
        Set<String> loaded = convertWith(format);
        for (String prefix : forbidden.split(",\\s*")) {
            List<String> hits = loaded.stream().filter(c -> c.startsWith(prefix)).toList();
            assertEquals(List.of(), hits, "--to " + format + " loaded " + prefix);
        }
    }

    @ParameterizedTest(name = "--to {0}: other writers load only their plug-in class")
    @CsvSource({"bibtex", "ris"})
    void otherWritersStayUnopened(String format) throws Exception {
        Set<String> loaded = convertWith(format);
        String own = format.equals("bibtex") ? "io.github.catconv.write.bibtex." : "io.github.catconv.write." + format + ".";
        Set<String> plugins = Set.of("io.github.catconv.write.bibtex.BibtexWriter",
                "io.github.catconv.write.bibtex.BiblatexWriter", "io.github.catconv.write.csljson.CslJsonWriter",
                "io.github.catconv.write.csv.CsvWriter", "io.github.catconv.write.ris.RisWriter",
                "io.github.catconv.write.inspect.InspectWriter", "io.github.catconv.write.citation.CitationWriter",
                "io.github.catconv.write.mods.ModsWriter", "io.github.catconv.write.endnotexml.EndNoteXmlWriter",
                "io.github.catconv.write.csljson.CslJsonLinesWriter");
        List<String> extra = loaded.stream()
                .filter(c -> c.startsWith("io.github.catconv.write.") && c.indexOf('.', "io.github.catconv.write.".length()) > 0)
                .filter(c -> !c.startsWith(own) && !plugins.contains(c))
                .toList();
        assertEquals(List.of(), extra, "--to " + format);
        // The citation writer's options are declared by the citeproc adapter's settings, which load no citeproc-java.
        assertTrue(loaded.contains("io.github.catconv.cite.CitationSettings"), loaded.toString());
        assertTrue(loaded.stream().noneMatch(c -> c.startsWith("io.github.catconv.cite.") && !c.startsWith(
                "io.github.catconv.cite.CitationSettings")), "--to " + format);
    }

    /** Commons Compress, XZ for Java and zstd-jni (with its native library) cost start-up time: only compressed inputs load them. */
    @ParameterizedTest(name = "--to {0} from plain text loads no decompressor")
    @CsvSource({"ris", "csl-json"})
    void aPlainTextRunLoadsNoDecompressor(String format) throws Exception {
        List<String> hits = convertWith(format).stream()
                .filter(c -> c.startsWith("org.apache.commons.compress.") || c.startsWith("org.tukaani.")
                        || c.startsWith("com.github.luben.") || c.equals("io.github.catconv.convert.Decompressors"))
                .toList();
        assertEquals(List.of(), hits, "--to " + format);
    }

    @Test
    void aBzip2InputLoadsTheDecompressors(@TempDir Path dir) throws Exception {
        Path compressed = dir.resolve("sample.txt.bz2");
        try (OutputStream out = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(
                Files.newOutputStream(compressed))) {
            Files.copy(Path.of("samples/pubmed-6092784.txt"), out);
        }
        Set<String> loaded = convertWith("ris", compressed.toString());
        assertTrue(loaded.contains("io.github.catconv.convert.Decompressors"), loaded.toString());
        assertTrue(loaded.contains("org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream"));
        assertTrue(loaded.stream().noneMatch(c -> c.startsWith("com.github.luben.")), "bzip2 loaded zstd-jni");
    }

    private static Set<String> convertWith(String format) throws Exception {
        return convertWith(format, "samples/pubmed-6092784.txt");
    }

    private static Set<String> convertWith(String format, String input) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (Recording loader = new Recording(urls.toArray(URL[]::new))) {
            Method run = loader.loadClass(Main.class.getName())
                    .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter err = new StringWriter();
            // --jobs 1: no worker threads that could still be loading classes when the run returns.
            int code = (int) run.invoke(null, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (Object) new String[] {"convert", input, "--to", format, "--jobs", "1"});
            assertEquals(0, code, err.toString());
            return Set.copyOf(loader.defined);
        }
    }
}

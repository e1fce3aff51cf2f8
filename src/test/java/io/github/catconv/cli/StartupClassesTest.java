package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
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

    private static Set<String> convertWith(String format) throws Exception {
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
                    (Object) new String[] {"convert", "samples/pubmed-6092784.txt", "--to", format, "--jobs", "1"});
            assertEquals(0, code, err.toString());
            return Set.copyOf(loader.defined);
        }
    }
}

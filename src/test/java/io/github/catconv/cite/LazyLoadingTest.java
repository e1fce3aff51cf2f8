package io.github.catconv.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * citeproc-java is loaded only when {@code --to citation} or {@code styles} runs, to keep start-up small.
 * Each case runs {@code Main} in a fresh class loader over the test class path and asks that
 * loader which classes it loaded.
 */
class LazyLoadingTest {

    /** A class loader that answers whether it has loaded a class. */
    static final class Probe extends URLClassLoader {
        Probe(URL[] urls) {
            super("probe", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @ParameterizedTest(name = "{0} loads citeproc-java: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            convert samples/pubmed-6092784.txt --to csl-json | false
            convert samples/pubmed-6092784.txt --to ris      | false
            formats                                          | false
            convert samples/pubmed-6092784.txt --to citation | true
            """)
    void citeprocIsLoadedOnlyForCitations(String command, boolean expected) throws Exception {
        try (Probe probe = new Probe(classPath())) {
            Class<?> main = probe.loadClass("io.github.catconv.cli.Main");
            Method run = main.getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter err = new StringWriter();
            int code = (int) run.invoke(null, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (Object) command.split(" "));
            assertEquals(0, code, err.toString());
            assertEquals(expected, probe.loaded("de.undercouch.citeproc.CSL"), command);
            assertEquals(expected, probe.loaded("io.github.catconv.cite.CiteprocSink"), command);
            // The writer class itself is instantiated by ServiceLoader for every run that lists writers.
            assertTrue(!expected || probe.loaded("io.github.catconv.write.citation.CitationWriter"));
        }
    }

    @ParameterizedTest(name = "styles {0} does not load the CSL processor")
    @CsvSource({"medical"})
    void stylesSearchReadsOnlyTheStyleFiles(String word) throws Exception {
        try (Probe probe = new Probe(classPath())) {
            Class<?> main = probe.loadClass("io.github.catconv.cli.Main");
            Method run = main.getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter out = new StringWriter();
            int code = (int) run.invoke(null, new PrintWriter(out), new PrintWriter(new StringWriter()),
                    (Object) new String[] {"styles", word});
            assertEquals(0, code);
            assertTrue(out.toString().contains("american-medical-association "), out.toString());
            assertFalse(probe.loaded("de.undercouch.citeproc.CSL"));
        }
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}

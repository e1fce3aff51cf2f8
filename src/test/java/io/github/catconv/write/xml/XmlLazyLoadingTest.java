package io.github.catconv.write.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * jackson-dataformat-xml (and the XML factory behind it) is loaded only by a run that writes XML:
 * the XML writers are instantiated by every run that lists writers, so their factory must wait.
 * Each case runs {@code Main} in a fresh class loader and asks it what it loaded.
 */
class XmlLazyLoadingTest {

    /** A class loader that answers whether it has loaded a class. */
    static final class Probe extends URLClassLoader {
        Probe(URL[] urls) {
            super("probe", urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @ParameterizedTest(name = "{0} loads the XML factory: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            convert samples/pubmed-6092784.txt --to csl-json    | false
            convert samples/pubmed-6092784.txt --to bibtex      | false
            formats                                             | false
            convert samples/pubmed-6092784.txt --to mods        | true
            convert samples/pubmed-6092784.txt --to endnote-xml | true
            """)
    void xmlFactoryIsLoadedOnlyForXmlOutput(String command, boolean expected) throws Exception {
        try (Probe probe = new Probe(classPath())) {
            Class<?> main = probe.loadClass("io.github.catconv.cli.Main");
            Method run = main.getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter err = new StringWriter();
            int code = (int) run.invoke(null, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    (Object) command.split(" +"));
            assertEquals(0, code, err.toString());
            assertEquals(expected, probe.loaded("com.fasterxml.jackson.dataformat.xml.XmlFactory"), command);
            assertEquals(expected, probe.loaded("io.github.catconv.write.xml.XmlOutput"), command);
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

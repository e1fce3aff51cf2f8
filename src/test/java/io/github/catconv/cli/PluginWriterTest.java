package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party writer, as a jar on the class path adds one: its declared options are options of
 * {@code convert} with their help, a bad value it refuses is a usage error (64), and an exception
 * it did not mean (a bug) is an internal error (70). Each case runs {@code Main} in a class loader
 * that sees the test classes and one more service file naming the writers below.
 */
class PluginWriterTest {

    private static final String SEED = "samples/pubmed-6092784.txt";

    /** Writes each record id, upper- or lower-case, with {@code --shout} an exclamation mark. */
    public static final class Shouting implements RecordWriter {
        static final WriterOption SHOUT = WriterOption.flag("shout", "End each id with '!'.");
        static final WriterOption CASE = WriterOption.oneOf("case", "CASE", "Letter case of ids.", "upper",
                "upper", "lower");

        @Override
        public String id() {
            return "shouting";
        }

        @Override
        public String description() {
            return "record ids, loudly (test plug-in)";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public List<WriterOption> options() {
            return List.of(SHOUT, CASE);
        }

        @Override
        public RecordSink open(Writer out, WriteContext context) {
            boolean upper = context.choice(CASE).equals("upper");
            String end = (context.flag(SHOUT) ? "!" : "") + context.option("suffix").orElse("") + "\n";
            return new RecordSink() {
                @Override
                public void write(BibRecord record) throws IOException {
                    String id = upper ? record.id().toUpperCase(Locale.ROOT) : record.id().toLowerCase(Locale.ROOT);
                    out.write(id + end);
                }

                @Override
                public void finish() throws IOException {
                    out.flush();
                }
            };
        }
    }

    /** A writer with a bug: it throws IllegalArgumentException when opened, whatever the options. */
    public static final class Buggy implements RecordWriter {
        @Override
        public String id() {
            return "buggy";
        }

        @Override
        public String description() {
            return "fails (test plug-in)";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public RecordSink open(Writer out, WriteContext context) {
            throw new IllegalArgumentException("simulated writer bug");
        }
    }

    record Result(int code, String out, String err) {
    }

    @TempDir
    static Path plugins;

    private static Result run(String... args) throws Exception {
        Path services = plugins.resolve("META-INF/services/" + RecordWriter.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, Shouting.class.getName() + "\n" + Buggy.class.getName() + "\n");
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        urls.add(plugins.toUri().toURL());
        try (URLClassLoader loader = new URLClassLoader("plugins", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Method main = loader.loadClass(Main.class.getName())
                    .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = (int) main.invoke(null, new PrintWriter(out), new PrintWriter(err), (Object) args);
            return new Result(code, out.toString(), err.toString());
        }
    }

    @Test
    void itsDeclaredOptionsAreInConvertHelp() throws Exception {
        Result r = run("convert", "--help");
        assertEquals(0, r.code(), r.err());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--shout [shouting] End each id with '!'."), help);
        assertTrue(help.contains("--case=CASE [shouting] Letter case of ids. Values: upper (default), lower."), help);
    }

    @Test
    void itsOptionsReachItByName() throws Exception {
        Result loud = run("convert", SEED, "--to", "shouting", "--shout", "-O", "suffix=?");
        assertEquals(0, loud.code(), loud.err());
        assertEquals("PUBMED-6092784!?\n", loud.out());
        Result quiet = run("convert", SEED, "--to", "shouting", "--case", "LOWER");
        assertEquals("pubmed-6092784\n", quiet.out());
    }

    @Test
    void aValueItRefusesIsAUsageError() throws Exception {
        Result r = run("convert", SEED, "--to", "shouting", "--case", "title");
        assertEquals(64, r.code(), r.err());
        assertEquals("error: invalid value 'title' for --case: valid values: upper, lower\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void anExceptionItDidNotMeanIsAnInternalError() throws Exception {
        Result r = run("convert", SEED, "--to", "buggy");
        assertEquals(70, r.code(), r.err());
        assertTrue(r.err().startsWith("error: internal error: java.lang.IllegalArgumentException: simulated writer bug"),
                r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
        Result debug = run("convert", SEED, "--to", "buggy", "--debug");
        assertEquals(70, debug.code());
        assertTrue(debug.err().contains("\tat "), "--debug shows the stack trace: " + debug.err());
    }
}

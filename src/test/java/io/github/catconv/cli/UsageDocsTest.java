package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.ExitStatus;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriterOption;
import io.github.catconv.write.WriterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code convert --help}, docs/usage.md and what the writers accept say the same: every option of
 * the help is a row of the docs and back, with the same parameter label; every writer option's row
 * names the writers that declare it and every value it accepts, its default marked; each declared
 * value is accepted, the default changes nothing, and any other value is a usage error naming them.
 */
class UsageDocsTest {

    private static final String SEED = "samples/pubmed-6092784.txt";
    /** A table row of an option: {@code | `--name LABEL` | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\| `(-[\\w-]+)(?: ([^`]+))?` \\|(.*)$");
    /** An option in the option list of picocli's help: {@code   -t, --to=FORMAT   text}. */
    private static final Pattern HELP_OPTION = Pattern.compile("^  (?:-\\w, )?\\s*(--?[\\w-]+)[= ]?");

    record Row(String label, List<String> cells) {
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The option rows of docs/usage.md, by option name. */
    private static Map<String, Row> documented() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/usage.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                List<String> cells = new ArrayList<>();
                for (String c : m.group(3).split("\\|")) {
                    cells.add(c.strip());
                }
                Row before = rows.put(m.group(1), new Row(m.group(2), cells));
                assertEquals(null, before, "documented twice: " + m.group(1));
            }
        }
        return rows;
    }

    /** The row of an option, found by any of its names. */
    private static Row row(Map<String, Row> docs, OptionSpec o) {
        return Stream.of(o.names()).map(docs::get).filter(r -> r != null).findFirst().orElse(null);
    }

    private static boolean isHelpOption(OptionSpec o) {
        return o.usageHelp() || o.versionHelp();
    }

    @Test
    void everyOptionOfConvertHelpIsDocumentedWithItsLabelAndBack() throws IOException {
        Map<String, Row> docs = documented();
        Result help = run("convert", "--help");
        assertEquals(0, help.code(), help.err());
        TreeSet<String> inHelp = new TreeSet<>();
        for (String line : help.out().split("\n")) {
            Matcher m = HELP_OPTION.matcher(line);
            if (m.lookingAt()) {
                inHelp.add(m.group(1));
            }
        }
        CommandSpec convert = ConvertCommand.commandLine().getCommandSpec();
        CommandSpec inspect = InspectCommand.commandLine().getCommandSpec();
        TreeSet<String> expected = new TreeSet<>();
        for (OptionSpec o : convert.options()) {
            expected.add(o.longestName());
            if (isHelpOption(o)) {
                continue;
            }
            Row row = row(docs, o);
            assertNotNull(row, "docs/usage.md has no row for " + o.longestName());
            assertEquals(o.arity().max() == 0 ? null : o.paramLabel(), row.label(), "label of " + o.longestName());
        }
        assertEquals(expected, inHelp, "the options convert --help lists");
        for (String name : docs.keySet()) {
            boolean known = Stream.of(convert, inspect).anyMatch(c -> c.findOption(name) != null);
            assertTrue(known, "docs/usage.md documents " + name + ", which neither convert nor inspect has");
        }
        for (OptionSpec o : inspect.options()) {
            assertTrue(isHelpOption(o) || row(docs, o) != null, "inspect's " + o.longestName());
        }
    }

    @Test
    void everyWriterOptionRowNamesItsWritersValuesAndDefault() throws IOException {
        Map<String, Row> docs = documented();
        String help = run("convert", "--help").out().replaceAll("\\s+", " ");
        for (WriterOptionSpecs.Declared d : WriterOptionSpecs.merge(WriterRegistry.installed().all()).values()) {
            WriterOption o = d.option();
            Row row = docs.get("--" + o.name());
            assertEquals(String.join(", ", d.writers()), row.cells().get(0), "writers of --" + o.name());
            String meaning = row.cells().get(1);
            for (String v : o.values()) {
                String documented = "`" + v + "`" + (v.equals(o.defaultValue()) ? " (default" : "");
                assertTrue(meaning.contains(documented), "--" + o.name() + " documents " + documented + ": " + meaning);
            }
            if (o.values().isEmpty() && o.defaultValue() != null) {
                assertTrue(meaning.contains("default `" + o.defaultValue() + "`"), "default of --" + o.name());
            }
            assertTrue(help.contains(String.join(" ", WriterOptionSpecs.helpText(d))), "--help of --" + o.name() + ": " + help);
        }
    }

    /** Each value a writer declares: accepted; the default: the output of not giving it; others: exit 64. */
    @TestFactory
    Stream<DynamicTest> theWritersAcceptExactlyTheDeclaredValues() {
        List<DynamicTest> tests = new ArrayList<>();
        for (WriterOptionSpecs.Declared d : WriterOptionSpecs.merge(WriterRegistry.installed().all()).values()) {
            WriterOption o = d.option();
            for (String writer : d.writers()) {
                if (o.flag()) {
                    tests.add(DynamicTest.dynamicTest("--to " + writer + " --" + o.name(), () -> {
                        Result r = run("convert", SEED, "--to", writer, "--" + o.name());
                        assertEquals(0, r.code(), r.err());
                    }));
                    continue;
                }
                for (String v : o.values()) {
                    tests.add(DynamicTest.dynamicTest("--to " + writer + " --" + o.name() + " " + v, () -> {
                        Result r = run("convert", SEED, "--to", writer, "--" + o.name(), v);
                        assertEquals(0, r.code(), r.err());
                    }));
                }
                if (o.defaultValue() != null) {
                    tests.add(DynamicTest.dynamicTest("--to " + writer + " --" + o.name() + " " + o.defaultValue()
                            + " is the default", () -> {
                        Result given = run("convert", SEED, "--to", writer, "--" + o.name(), o.defaultValue());
                        assertEquals(0, given.code(), given.err());
                        assertEquals(run("convert", SEED, "--to", writer).out(), given.out());
                    }));
                }
                if (!o.values().isEmpty()) {
                    tests.add(DynamicTest.dynamicTest("--to " + writer + " --" + o.name() + " no-such-value", () -> {
                        Result r = run("convert", SEED, "--to", writer, "--" + o.name(), "no-such-value");
                        assertEquals(64, r.code(), r.err());
                        assertEquals("error: invalid value 'no-such-value' for --" + o.name() + ": valid values: "
                                + String.join(", ", o.values()) + "\n", r.err());
                        assertEquals("", r.out());
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void exitCodesAreExitStatusInTheDocsAndInTheHelp() throws IOException {
        Map<Integer, String> documented = new LinkedHashMap<>();
        Pattern codeRow = Pattern.compile("^\\| (\\d+) \\| (.*) \\|$");
        for (String line : Files.readAllLines(Path.of("docs/usage.md"))) {
            Matcher m = codeRow.matcher(line);
            if (m.matches()) {
                documented.put(Integer.valueOf(m.group(1)), m.group(2));
            }
        }
        Map<Integer, String> table = new LinkedHashMap<>();
        for (ExitStatus s : ExitStatus.values()) {
            table.put(s.code(), s.meaning());
        }
        assertEquals(table, documented);
        for (String command : List.of("convert", "inspect")) {
            String help = run(command, "--help").out();
            String section = help.substring(help.indexOf("Exit codes:"), help.indexOf("Example"));
            for (ExitStatus s : ExitStatus.values()) {
                assertTrue(section.matches("(?s).*\\n +" + s.code() + " +" + Pattern.quote(s.meaning()) + "\\n.*"),
                        command + " --help lists " + s + ": " + section);
            }
        }
    }

    @Test
    void everySubcommandIsInTheSynopsisAndInHelp() throws IOException {
        String docs = Files.readString(Path.of("docs/usage.md"));
        String help = run("--help").out();
        for (Subcommand s : Subcommand.values()) {
            assertTrue(Pattern.compile("\ncatconv " + s.id() + "\\b").matcher(docs).find(), "docs/usage.md synopsis: " + s.id());
            assertTrue(help.contains("\n  " + s.id() + " "), "catconv --help: " + s.id());
        }
    }

    @Test
    void everyWriterIsDocumentedAsAFormat() throws IOException {
        String toRow = documented().get("--to").cells().get(0);
        for (RecordWriter w : WriterRegistry.installed().all()) {
            assertTrue(toRow.contains("`" + w.id() + "`"), "--to row lists " + w.id());
        }
    }
}

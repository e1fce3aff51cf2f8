package io.github.catconv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import io.github.catconv.write.WriterRegistry;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The writers' declared options on the command line: merged once, checked for clashes, values by name. */
class WriterOptionSpecsTest {

    /** A writer that only declares options. */
    record Declaring(String id, List<WriterOption> options) implements RecordWriter {
        @Override
        public String description() {
            return "test writer";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public RecordSink open(Writer out, WriteContext context) {
            throw new UnsupportedOperationException("declares options only");
        }
    }

    @Test
    void installedWritersDeclareEachSharedOptionTheSameWay() {
        Map<String, WriterOptionSpecs.Declared> merged = WriterOptionSpecs.merge(WriterRegistry.installed().all());
        assertEquals(List.of("biblatex", "bibtex"), merged.get("key-pattern").writers());
        assertEquals(List.of("biblatex", "bibtex"), merged.get("key-map").writers());
        assertEquals(List.of("csv"), merged.get("csv-formulas").writers());
        for (RecordWriter w : WriterRegistry.installed().all()) {
            for (WriterOption o : w.options()) {
                assertTrue(merged.get(o.name()).writers().contains(w.id()), o.name());
            }
        }
    }

    @Test
    void everyDeclaredOptionIsAnOptionOfConvert() {
        CommandSpec convert = ConvertCommand.commandLine().getCommandSpec();
        for (RecordWriter w : WriterRegistry.installed().all()) {
            for (WriterOption o : w.options()) {
                CommandLine.Model.OptionSpec spec = convert.findOption("--" + o.name());
                assertNotNull(spec, o.name());
                assertEquals(o.flag(), spec.arity().max() == 0, o.name());
                if (!o.flag()) {
                    assertEquals(o.paramLabel(), spec.paramLabel(), o.name());
                }
            }
        }
    }

    @Test
    void twoDeclarationsOfOneNameThatDifferAreABug() {
        WriterOption a = WriterOption.oneOf("shape", "SHAPE", "Shape.", "round", "round", "square");
        WriterOption b = WriterOption.oneOf("shape", "SHAPE", "Shape.", "round", "round", "oval");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WriterOptionSpecs.merge(
                List.of(new Declaring("one", List.of(a)), new Declaring("two", List.of(b)))));
        assertTrue(e.getMessage().contains("writers one and two declare option --shape differently"), e.getMessage());
        // Equal declarations (not the same object) are one option of both writers.
        WriterOption same = WriterOption.oneOf("shape", "SHAPE", "Shape.", "round", "round", "square");
        assertEquals(List.of("one", "two"), WriterOptionSpecs.merge(List.of(new Declaring("one", List.of(a)),
                new Declaring("two", List.of(same)))).get("shape").writers());
    }

    @Test
    void aWriterOptionCannotTakeTheNameOfACommandOption() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new ConvertCommand());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WriterOptionSpecs.addTo(spec,
                List.of(new Declaring("greedy", List.of(WriterOption.value("jobs", "N", "Mine."))))));
        assertTrue(e.getMessage().contains("writer greedy declares option --jobs"), e.getMessage());
    }

    @Test
    void givenValuesReachTheWriterByNameAndDeclaredOnesWinOverDashO() {
        CommandLine cl = ConvertCommand.commandLine();
        cl.parseArgs("in.txt", "--to", "csv", "--bom", "--eol", "lf", "-O", "eol=crlf", "-O", "shout=loud");
        ConvertCommand command = cl.getCommand();
        assertEquals(Map.of("bom", "true", "eol", "lf", "shout", "loud"), command.writerOptionValues());
        cl = ConvertCommand.commandLine();
        cl.parseArgs("in.txt", "--to", "csv");
        assertEquals(Map.of(), ((ConvertCommand) cl.getCommand()).writerOptionValues(), "nothing given, nothing passed");
    }

    @Test
    void helpTextNamesTheWritersTheValuesAndTheDefault() {
        WriterOption eol = WriterOption.oneOf("eol", "EOL", "Line ends.", "crlf", "crlf", "lf");
        assertEquals(List.of("[ris] Line ends.", "Values: crlf (default), lf."),
                WriterOptionSpecs.helpText(new WriterOptionSpecs.Declared(eol, List.of("ris"))));
        WriterOption style = WriterOption.value("style", "STYLE", "Style.", "apa");
        assertEquals(List.of("[a, b] Style.", "Default: apa."),
                WriterOptionSpecs.helpText(new WriterOptionSpecs.Declared(style, List.of("a", "b"))));
    }

    @Test
    void aWritersTextIsNotAFormatString() {
        WriterOption pct = WriterOption.value("ratio", "N", "Share in % of ${HOME}.");
        CommandSpec spec = CommandSpec.forAnnotatedObject(new ConvertCommand());
        WriterOptionSpecs.addTo(spec, List.of(new Declaring("w", List.of(pct))));
        String help = new CommandLine(spec).getUsageMessage();
        assertTrue(help.contains("[w] Share in % of ${HOME}."), help);
    }
}

package io.github.catconv.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A writer's declared options and how its context reads and refuses their values. */
class WriterOptionTest {

    private static final WriterOption EOL = WriterOption.oneOf("eol", "EOL", "Line ends.", "crlf", "crlf", "lf");
    private static final WriterOption STYLE = WriterOption.value("style", "STYLE", "Style.", "apa");
    private static final WriterOption MAP = WriterOption.value("key-map", "FILE", "Key map.");
    private static final WriterOption BOM = WriterOption.flag("bom", "BOM.");

    private static WriteContext given(Map<String, String> options) {
        return new WriteContext(options, DiagnosticSink.discard());
    }

    @Test
    void absentOptionsTakeTheirDefault() {
        WriteContext none = given(Map.of());
        assertEquals("crlf", none.choice(EOL));
        assertEquals(Optional.of("apa"), none.option(STYLE));
        assertEquals(Optional.empty(), none.option(MAP));
        assertFalse(none.flag(BOM));
    }

    @Test
    void aChoiceIsMatchedTrimmedInAnyCaseAndReturnedAsDeclared() {
        assertEquals("lf", given(Map.of("eol", " LF ")).choice(EOL));
        assertEquals(Optional.of("chicago"), given(Map.of("style", "chicago")).option(STYLE));
        assertTrue(given(Map.of("bom", "true")).flag(BOM));
    }

    @Test
    void aValueOutsideTheChoiceIsAUsageErrorNamingOptionValueAndValidValues() {
        CatconvException e = assertThrows(CatconvException.class, () -> given(Map.of("eol", "cr")).choice(EOL));
        assertEquals(ExitStatus.USAGE, e.status());
        assertEquals("invalid value 'cr' for --eol: valid values: crlf, lf", e.getMessage());
        CatconvException own = given(Map.of()).invalidValue(MAP, "x\0y", "not a valid path");
        assertEquals(ExitStatus.USAGE, own.status());
        assertEquals("invalid value 'x\0y' for --key-map: not a valid path", own.getMessage());
        assertThrows(IllegalArgumentException.class, () -> given(Map.of("style", "apa")).choice(STYLE),
                "an open option has no choice: asking for one is a bug");
    }

    @Test
    void malformedDeclarationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WriterOption.oneOf("eol", "EOL", "d", "cr", "crlf", "lf"));
        assertThrows(IllegalArgumentException.class, () -> WriterOption.value("--eol", "EOL", "d"));
        assertThrows(IllegalArgumentException.class, () -> WriterOption.value("Eol", "EOL", "d"));
        assertThrows(IllegalArgumentException.class, () -> new WriterOption("bom", "X", "d", true, List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new WriterOption("eol", null, "d", false, List.of(), null));
    }

    @Test
    void aWriterDeclaresNoOptionsUnlessItSaysSo() {
        RecordWriter bare = new RecordWriter() {
            @Override
            public String id() {
                return "bare";
            }

            @Override
            public String description() {
                return "d";
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public RecordSink open(java.io.Writer out, WriteContext context) {
                throw new UnsupportedOperationException();
            }
        };
        assertEquals(List.of(), bare.options());
    }
}

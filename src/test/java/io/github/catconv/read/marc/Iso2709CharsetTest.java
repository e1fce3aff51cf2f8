package io.github.catconv.read.marc;

import static io.github.catconv.read.marc.Iso2709Bytes.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leader/09 decides how a raw MARC record's bytes are read; what does not decode is a warning. */
class Iso2709CharsetTest {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final ReadContext ctx = ReadContext.of("t.mrc", diagnostics::add);

    private MarcRecord parse(byte[] record) throws IOException {
        return new Iso2709Parser(new ByteArrayInputStream(record), ctx).next();
    }

    /** The record of the bug report: read as Latin-1 it came out "Mèuller, Jâurgen", exit 0, no warning. */
    static byte[] muller() {
        return new Iso2709Bytes(' ')
                .control("001", "m8-1")
                .control("008", "980101s1998    gw            000 0 ger d")
                .data("100", "1 ", 'a', of("M", 0xE8, "uller, J", 0xE8, "urgen"), 'e', "author")
                .data("245", "10", 'a', of(0xE8, "Uber die ", 0xE8, "Asthetik der ", 0xE8, "Offentlichkeit /"),
                        'c', of("J", 0xE8, "urgen M", 0xE8, "uller."))
                .data("260", "  ", 'a', of("K", 0xE8, "oln :"), 'b', "Bachem,", 'c', "1998.")
                .bytes();
    }

    @Test
    void marc8RecordIsDecodedAsMarc8() throws IOException {
        MarcRecord m = parse(muller());
        assertEquals("Müller, Jürgen", m.field("100").orElseThrow().first('a'));
        assertEquals("Über die Ästhetik der Öffentlichkeit /", m.field("245").orElseThrow().first('a'));
        assertEquals("Köln :", m.field("260").orElseThrow().first('a'));
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void marc8RecordConvertsEndToEnd() throws IOException {
        try (RecordCursor c = new MarcReader().open(new ByteArrayInputStream(muller()), ctx)) {
            BibRecord r = c.next();
            assertEquals("Über die Ästhetik der Öffentlichkeit", r.title().orElseThrow());
            Contributor author = r.contributors().get(0);
            assertEquals("Müller, Jürgen", author.agent().displayName());
            assertEquals("Köln", r.place().orElseThrow());
        }
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void cyrillicEscapesIn880() throws IOException {
        byte[] record = new Iso2709Bytes(' ')
                .control("001", "m8-2")
                .data("100", "1 ", '6', "880-01", 'a', of("Tolsto", 0xE6, "i, Lev,"), 'd', "1828-1910.")
                .data("245", "10", '6', "880-02", 'a', of("Vo", 0xE6, "ina i mir."))
                .data("880", "1 ", '6', "100-01/(N", 'a', of(0x1B, "(N", 0x74, 0x4F, 0x4C, 0x53, 0x54, 0x4F, 0x4A,
                        ", ", 0x6C, 0x45, 0x57, ",", 0x1B, "(B"), 'd', "1828-1910.")
                .data("880", "10", '6', "245-02/(N", 'a', of(0x1B, "(N", 0x77, 0x4F, 0x4A, 0x4E, 0x41, " ", 0x49, " ",
                        0x4D, 0x49, 0x52, ".", 0x1B, "(B"))
                .bytes();
        try (RecordCursor c = new MarcReader().open(new ByteArrayInputStream(record), ctx)) {
            BibRecord r = c.next();
            assertEquals("Voĭna i mir", r.title().orElseThrow());
            assertEquals("Война и мир", r.originalScript().orElseThrow().title());
            assertEquals("Cyrl", r.originalScript().orElseThrow().script());
            assertEquals("Толстой, Лев", r.originalScript().orElseThrow().name(r.contributors().get(0).agent()));
        }
        assertEquals(List.of(), diagnostics);
    }

    @Test
    void undecodableByteIsAWarningNamingTheRecordAndField() throws IOException {
        byte[] record = new Iso2709Bytes(' ')
                .control("001", "bad-1")
                .data("245", "10", 'a', of("Caf", 0xA0, "e"))
                .bytes();
        MarcRecord m = parse(record);
        assertEquals("Caf\uFFFDe", m.field("245").orElseThrow().first('a'));
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        String line = diagnostics.get(0).format();
        assertTrue(line.startsWith("warning t.mrc"), line);
        assertTrue(line.contains("[bad-1]") && line.contains("field 245") && line.contains("0xA0"), line);
    }

    @Test
    void recordWithout001IsNamedAsTheReaderNamesIt() throws IOException {
        byte[] record = new Iso2709Bytes(' ').data("245", "10", 'a', of("x", 0xFF)).bytes();
        parse(record);
        assertEquals("marc-1", diagnostics.get(0).recordId());
    }

    @Test
    void utf8LeaderWithBytesThatAreNotUtf8IsReadAsLatin1AndReported() throws IOException {
        byte[] record = new Iso2709Bytes('a').control("001", "u-1").data("245", "10", 'a', of("Caf", 0xE9)).bytes();
        MarcRecord m = parse(record);
        assertEquals("Café", m.field("245").orElseThrow().first('a'));
        assertEquals(1, diagnostics.size());
        assertTrue(diagnostics.get(0).message().contains("not UTF-8") && diagnostics.get(0).message().contains("field 245"),
                diagnostics.get(0).message());
    }

    @Test
    void utf8RecordsReadAsUtf8WhetherOrNotTheLeaderSaysSo() throws IOException {
        byte[] cafe = "Café Ünïcode".getBytes(StandardCharsets.UTF_8);
        assertEquals("Café Ünïcode", parse(new Iso2709Bytes('a').control("001", "u-2").data("245", "10", 'a', cafe).bytes())
                .field("245").orElseThrow().first('a'));
        // leader/09 blank, yet valid UTF-8 without any escape: the common mislabelled record, not MARC-8
        assertEquals("Café Ünïcode", parse(new Iso2709Bytes(' ').control("001", "u-3").data("245", "10", 'a', cafe).bytes())
                .field("245").orElseThrow().first('a'));
        assertEquals(List.of(), diagnostics);
    }
}

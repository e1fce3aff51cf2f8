package io.github.catconv.read.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows of VuFind's MARC staff view as a browser copy gives them: record-marc.xsl writes
 * {@code <th>tag</th><td>ind1</td><td>ind2</td><td><strong>|a</strong>&#160;value&#160;…</td>}.
 * In the rows below '~' stands for a tab and '_' for a no-break space.
 */
class MarcStaffViewTest {

    private static MarcRecord.Field row(String text) {
        String line = text.replace('~', '\t').replace('_', '\u00A0');
        assertTrue(MarcStaffView.isRow(line), line);
        return MarcStaffView.parse(List.of(line), 7).fields().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "¦", value = {
        "245~1~0~|a_Politics otherwise :_|b_Shakespeare /_|c_ed. by L. Donskis ..._¦245¦1¦0¦a=Politics otherwise :;b=Shakespeare /;c=ed. by L. Donskis ...",
        "020~~~|a_978-90-420-3464-8_¦020¦#¦#¦a=978-90-420-3464-8",
        "650~~0~|a_Naples (Kingdom)_|x_History_¦650¦#¦0¦a=Naples (Kingdom);x=History",
        "245 10 |a Arithmetic Facts¦245¦1¦0¦a=Arithmetic Facts",
        "650  0 |a_Chaos_¦650¦#¦0¦a=Chaos",
        "100 1  |a Vico, Giambattista, |d 1668-1744.¦100¦1¦#¦a=Vico, Giambattista,;d=1668-1744.",
        "245 1 0 |a Title¦245¦1¦0¦a=Title",
        "020    $a 0313221111 $c $25.00¦020¦#¦#¦a=0313221111;c=$25.00",
        "856 40 |u http://example.org/a|b¦856¦4¦0¦u=http://example.org/a|b"})
    void dataFieldRow(String text, String tag, String ind1, String ind2, String subfields) {
        MarcRecord.Field f = row(text);
        assertEquals(tag, f.tag());
        assertEquals(ind1.equals("#") ? ' ' : ind1.charAt(0), f.ind1(), "first indicator ('#' = blank)");
        assertEquals(ind2.equals("#") ? ' ' : ind2.charAt(0), f.ind2(), "second indicator ('#' = blank)");
        StringBuilder sb = new StringBuilder();
        for (MarcRecord.Subfield s : f.subfields()) {
            sb.append(sb.length() == 0 ? "" : ";").append(s.code()).append('=').append(s.value());
        }
        assertEquals(subfields, sb.toString());
        assertEquals(7, f.line());
    }

    @Test
    void controlFieldsAndLeaderKeepTheirPositions() {
        MarcRecord m = MarcStaffView.parse(List.of("MARC", "LEADER\t     nas  2200301 a 4500",
                "001\tjnl1", "008\t231104c2023    xx  x goo     0   a|eng||"), 1);
        assertEquals("     nas  2200301 a 4500", m.leader());
        assertEquals('a', m.leaderAt(6));
        assertEquals("jnl1", m.control("001").orElseThrow());
        assertEquals("eng", m.control("008").orElseThrow().substring(35, 38));
        assertEquals(3, m.fields().get(0).line(), "the heading line is skipped, lines are counted");
    }

    @Test
    void wrappedCellContinuesTheLastValueButTextAfterABlankLineDoesNot() {
        MarcRecord m = MarcStaffView.parse(List.of("520 \t|a\u00A0A long summary that", "wraps here.", "",
                "Staff View", "MARC"), 1);
        assertEquals("A long summary that wraps here.", m.field("520").orElseThrow().first('a'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "author Smith, John", "title The 245 of it", "245", "1999 was a year", "Published: 2012", "LEADER"})
    void notRows(String line) {
        assertFalse(MarcStaffView.isRow(line), line);
    }

    @Test
    void samplePageIsRecognisedAndParsed() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/marc-staffview-de-690250223.txt"), StandardCharsets.UTF_8);
        assertTrue(MarcStaffView.looksLikeMarc(lines));
        MarcRecord m = MarcStaffView.parse(lines, 1);
        assertEquals("00846nam a2200229 c 4500", m.leader());
        MarcRecord.Field f245 = m.field("245").orElseThrow();
        assertEquals("Shakespeare as social and political critique /", f245.first('b'));
        assertEquals(24, f245.line());
        assertEquals(List.of("Value inquiry book series", "Philosophy. literature and politics"), m.field("490").orElseThrow().values('a'));
    }
}

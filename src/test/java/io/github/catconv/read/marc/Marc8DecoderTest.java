package io.github.catconv.read.marc;

import static io.github.catconv.read.marc.Iso2709Bytes.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MARC-8 → Unicode. The expected strings are written here from the Library of Congress code tables
 * (ANSEL diacritics, ISO 5427 Cyrillic, ISO 5428 Greek, the ISO 8859-8/8859-6 layouts of basic
 * Hebrew and Arabic), not read from the generated table under test; pymarc's 1515-line corpus is a
 * second, independent check.
 */
class Marc8DecoderTest {

    private static final int ESC = 0x1B;

    private static Marc8Decoder.Result decode(byte[] b) {
        return Marc8Decoder.decode(b, 0, b.length);
    }

    private static String text(Object... parts) {
        Marc8Decoder.Result r = decode(of(parts));
        assertEquals(List.of(), r.problems(), "no problems expected");
        return r.text();
    }

    @Test
    void combiningDiacriticsMoveAfterTheirLetterAndComposeToNfc() {
        // ANSEL E8 is the diaeresis; MARC-8 writes it before the letter it sits on.
        String s = text("M", 0xE8, "uller, J", 0xE8, "urgen");
        assertEquals("Müller, Jürgen", s);
        assertEquals(14, s.length(), "NFC: ü is one code point (U+00FC), not u + U+0308");
        assertEquals("à la communauté", text(0xE1, "a la communaut", 0xE2, "e"));
        assertEquals("Straße, Øresund, Łódź", text("Stra", 0xC7, "e, ", 0xA2, "resund, ", 0xA1, 0xE2, "od", 0xE2, "z"));
    }

    @Test
    void severalMarksOnOneLetterKeepTheirOrder() {
        // dot below (F2) then acute (E2) on a: Unicode a + U+0323 + U+0301, NFC U+1EA1 U+0301.
        assertEquals("\u1EA1\u0301", text(0xF2, 0xE2, "a"));
        // the ligature halves of ALA-LC romanization: i͡a
        assertEquals("Khudozhestvennai\uFE20a\uFE21", text("Khudozhestvenna", 0xEB, "i", 0xEC, "a"));
    }

    @Test
    void aMarkBeforeASpaceIsASpacingDiacritic() {
        assertEquals(" \u0301x", text(0xE2, " x"));
    }

    @Test
    void escapeSequencesSwitchScripts() {
        assertEquals("Война и мир", text(ESC, "(N", 0x77, 0x4F, 0x4A, 0x4E, 0x41, " ", 0x49, " ", 0x4D, 0x49, 0x52, ESC, "(B"));
        // Greek, with the acute (22) before the omicron it belongs to
        assertEquals("λόγος", text(ESC, "(S", 0x6E, 0x22, 0x72, 0x64, 0x72, 0x77, ESC, "(B"));
        assertEquals("שלום", text(ESC, "(2", 0x79, 0x6C, 0x65, 0x6D, ESC, "(B"));
        assertEquals("سلام", text(ESC, "(3", 0x53, 0x64, 0x47, 0x65, ESC, "(B"));
        // The same Arabic designated as G1 ("ESC ) 3"): its bytes are the high half, as in ISO 8859-6.
        assertEquals("x سلام", text(ESC, ")3", "x ", 0xD3, 0xE4, 0xC7, 0xE5));
        // EACC: three bytes per character; 21 30 21 is the first ideograph 一, 21 30 24 三
        assertEquals("一三 x", text(ESC, "$1", 0x21, 0x30, 0x21, 0x21, 0x30, 0x24, ESC, "(B", " x"));
        assertEquals("一", text(ESC, "$,1", 0x21, 0x30, 0x21));
        // technique 1: ESC p superscripts, ESC s back to ASCII
        assertEquals("m² x", text("m", ESC, "p", "2", ESC, "s", " x"));
    }

    @Test
    void everyFieldStartsWithTheDefaultSets() {
        // Cyrillic designated in one field does not leak into the next (0x1E ends a field).
        String s = text(ESC, "(N", 0x41, 0x1E, "A", 0x1F, "b", 0xE8, "o");
        assertEquals("а\u001EA\u001Fbö", s);
    }

    @Test
    void undecodableBytesBecomeReplacementCharactersAndAreReported() {
        Marc8Decoder.Result r = decode(of("a", 0xA0, "b", 0x1E, "c", 0xFF));
        assertEquals("a\uFFFDb\u001Ec\uFFFD", r.text());
        assertEquals(2, r.problems().size());
        assertEquals(0, r.problems().get(0).field());
        assertEquals(1, r.problems().get(1).field(), "the second problem is in the field after the first 0x1E");
        assertTrue(r.problems().get(0).message().contains("0xA0"), r.problems().get(0).message());
    }

    @Test
    void unknownEscapesAndDanglingMarksAreDroppedAndReported() {
        Marc8Decoder.Result esc = decode(of("a", ESC, "(Zb"));
        assertEquals("ab", esc.text());
        assertEquals(1, esc.problems().size());
        assertTrue(esc.problems().get(0).message().contains("unknown character set"), esc.problems().toString());
        Marc8Decoder.Result mark = decode(of("ab", 0xE8, 0x1F, "c"));
        assertEquals("ab\u001Fc", mark.text());
        assertTrue(mark.problems().get(0).message().contains("combining"), mark.problems().toString());
        Marc8Decoder.Result cut = decode(of(ESC, "$1", 0x21, 0x30));
        assertTrue(cut.problems().get(0).message().contains("cut short"), cut.problems().toString());
    }

    @Test
    void agreesWithPymarcOnItsWholeCorpus() throws IOException {
        byte[] marc8 = resource("pymarc/test_marc8.txt");
        List<String> expected = new String(resource("pymarc/test_utf8.txt"), StandardCharsets.UTF_8).lines().toList();
        List<String> differ = new ArrayList<>();
        int line = 0;
        for (int start = 0, i = 0; i < marc8.length; i++) {
            if (marc8[i] == '\n') {
                Marc8Decoder.Result r = Marc8Decoder.decode(marc8, start, i);
                if (!r.text().equals(expected.get(line)) || !r.problems().isEmpty()) {
                    differ.add((line + 1) + ": " + r.text() + " " + r.problems());
                }
                line++;
                start = i + 1;
            }
        }
        assertEquals(1515, line);
        assertEquals(List.of(), differ);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Marc8DecoderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}

package io.github.catconv.write.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatexEncoderTest {

    /** LaTeX reserved characters (LaTeX manual §3.3), each escaped. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a#b | a\\#b",
            "a$b | a\\$b",
            "50% | 50\\%",
            "A & B | A \\& B",
            "x_y | x\\_y",
            "a~b | a\\textasciitilde{}b",
            "x^2 | x\\textasciicircum{}2",
            "a\\b | a\\textbackslash{}b",
            "ends\\ | ends\\textbackslash{}",
            "a<b>c | a\\textless{}b\\textgreater{}c",
            "{x} | \\{x\\}",
            "a { b | a \\textbraceleft{} b",
            "a } b | a \\textbraceright{} b",
            "}{ | \\textbraceright{}\\textbraceleft{}",
            "{{x} | \\textbraceleft{}\\{x\\}",
            "user@example.org | user@example.org",
            "%comment | \\%comment",
            "`  two   spaces ` | two spaces",
    })
    void escapesSpecials(String in, String expected) {
        assertEquals(expected, LatexEncoder.ascii().encode(in));
        assertEquals(expected, LatexEncoder.unicode().encode(in));
    }

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertEquals("a b c d", LatexEncoder.unicode().encode("a\n\nb\u0007c\r\n\td"));
    }

    /** Accent commands after the LaTeX2e font encoding guide (encguide), table 3. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '#', value = {
            "é | {\\'e}",
            "É | {\\'E}",
            "è | {\\`e}",
            "ü | {\\\"u}",
            "ê | {\\^e}",
            "ñ | {\\~n}",
            "ā | {\\=a}",
            "ç | {\\c{c}}",
            "š | {\\v{s}}",
            "ő | {\\H{o}}",
            "ą | {\\k{a}}",
            "ğ | {\\u{g}}",
            "ż | {\\.z}",
            "ạ | {\\d{a}}",
            "í | {\\'\\i}",
            "ï | {\\\"\\i}",
            "ǘ | {\\'{\\\"u}}",
            "ß | {\\ss}",
            "ø | {\\o}",
            "Ø | {\\O}",
            "å | {\\aa}",
            "Å | {\\AA}",
            "æ | {\\ae}",
            "Œ | {\\OE}",
            "ł | {\\l}",
            "Ł | {\\L}",
            "ı | {\\i}",
            "ǿ | {\\'\\o}",
            "– | --",
            "— | ---",
            "“q” | ``q''",
            "« | {\\guillemotleft}",
    })
    void transliteratesLatinLettersInAsciiMode(String in, String expected) {
        assertEquals(expected, LatexEncoder.ascii().encode(in));
    }

    /** Scripts with no LaTeX text-mode form are kept as UTF-8, never dropped. */
    @ParameterizedTest
    @ValueSource(strings = {"Война и мир", "Ἰλιάς", "源氏物語", "שלום", "سلام", "emoji 😀 ok"})
    void keepsOtherScripts(String text) {
        assertEquals(text, LatexEncoder.ascii().encode(text));
    }

    @Test
    void unicodeModeKeepsAccentedLetters() {
        assertEquals("Crème brûlée für Ærø", LatexEncoder.unicode().encode("Crème brûlée für Ærø"));
    }

    @Test
    void asciiModeOutputIsAsciiForLatinText() {
        String out = LatexEncoder.ascii().encode("Łódź, Ærø, Škoda, Dvořák, Şişli, Ångström, Åse");
        assertTrue(out.chars().allMatch(c -> c < 0x80), out);
        assertTrue(BraceMatcher.balanced(out), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "}}{{", "a{b{c}", "\\{", "x\\", "{\\}", "@{%}"})
    void bracesAlwaysBalanced(String in) {
        assertTrue(BraceMatcher.balanced(LatexEncoder.ascii().encode(in)));
        assertTrue(BraceMatcher.balanced(LatexEncoder.unicode().encode(in)));
    }
}

package io.github.catconv.read.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.internal.LatexTables;
import io.github.catconv.testsupport.RandomText;
import io.github.catconv.write.bibtex.LatexEncoder;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LaTeX → Unicode: every spelling editors use, and the inverse of the writer's encoder. */
class LatexDecoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '¶', value = {
        "{\\\"u}|ü", "\\\"u|ü", "\\\"{u}|ü", "{\\\"{u}}|ü", "\\'{e}|é", "\\'e|é", "{\\'\\i}|í", "\\'{\\i}|í",
        "\\c{c}|ç", "\\c c|ç", "{\\v{s}}|š", "\\H{o}|ő", "\\k{a}|ą", "\\={a}|ā", "\\.{z}|ż", "\\u{g}|ğ",
        "\\r{a}|å", "\\d{s}|ṣ", "\\~n|ñ", "\\^{o}|ô", "\\`{a}|à", "{\\ss}|ß", "\\ss{}|ß", "Stra\\ss e|Straße",
        "{\\o}|ø", "{\\O}|Ø", "{\\aa}|å", "{\\AA}|Å", "{\\ae}|æ", "{\\oe}|œ", "{\\l}|ł", "{\\L}|Ł",
        "a--b|a–b", "a---b|a—b", "``x''|“x”", "`x'|‘x'", "a~b|a\u00A0b",
        "\\& \\% \\$ \\# \\_ \\{ \\}|& % $ # _ { }", "\\textbackslash{}|\\", "\\textasciitilde{}|~",
        "\\textasciicircum{}|^", "\\textless{}\\textgreater{}|<>", "\\textbraceleft{}\\textbraceright{}|{}",
        "\\emph{x} \\textit{y} \\textbf{z} \\textsc{w}|x y z w", "{\\em x} {\\bf y}|x y",
        "\\href{http://a.org}{the text}|the text", "\\url{http://a.org/~x_y}|http://a.org/~x_y",
        "{NASA} {{DNA}}|NASA DNA", "$\\alpha$ and $$x^2$$|$\\alpha$ and $$x^2$$", "\\ldots{} \\textcopyright|… ©",
        "\\unknowncommand{arg} kept|\\unknowncommand{arg} kept", "a\\\\b|a b",
        "O'Brien|O'Brien", "\\t{oo}|o\u0361o", "{\\\"\\i}|ï"})
    void decodes(String latex, String text) {
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), LatexDecoder.TYPOGRAPHIC.decode(latex));
    }

    @Test
    void whiteSpaceRunsAreOneSpace() {
        assertEquals("spaced out", LatexDecoder.TYPOGRAPHIC.decode("  spaced \n\t out  "));
    }

    @Test
    void invertedMarksOnlyWhereTheWriterPutsThem() {
        assertEquals("¡Hola! ¿Qué?", LatexDecoder.TYPOGRAPHIC.decode("{!`}Hola! {?`}Qu{\\'e}?"));
        assertEquals("a!‘b", LatexDecoder.TYPOGRAPHIC.decode("a!`b"), "unbraced, '!`' is '!' and a left quote");
    }

    /**
     * Every letter and sign the writer's table encodes decodes back to itself, but for ’, which the
     * writer writes as an apostrophe like ' (read back as the apostrophe).
     */
    @Test
    void inverseOfTheWritersTables() {
        LatexEncoder ascii = LatexEncoder.ascii();
        StringBuilder all = new StringBuilder();
        LatexTables.LETTERS.keySet().forEach(all::append);
        LatexTables.PUNCTUATION.keySet().forEach(c -> {
            if (c != '\u00A0' && c != '’') {
                all.append(c);
            }
        });
        for (char c = 0xC0; c < 0x250; c++) {
            if (Character.isLetter(c)) {
                all.append(c);
            }
        }
        for (int i = 0; i < all.length(); i++) {
            String s = String.valueOf(all.charAt(i));
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), LatexDecoder.TYPOGRAPHIC.decode(ascii.encode(s)),
                    "U+" + Integer.toHexString(all.charAt(i)) + " written as " + ascii.encode(s));
        }
    }

    /** What the writer wrote, read and written again, is what it wrote: both modes, random text. */
    @Test
    void writerOutputIsAFixedPointOfDecodeThenEncode() {
        String alphabet = "abcXYZ  #$%&_~^\\<>{}-'`\"?!@éüßøŁ–—“”‘’\u00A0Ωж日\t\n\u2028";
        LatexEncoder ascii = LatexEncoder.ascii();
        LatexEncoder unicode = LatexEncoder.unicode();
        for (String s : RandomText.strings(alphabet, 5000, 24, 17L)) {
            String a = ascii.encode(s);
            assertEquals(a, ascii.encode(LatexDecoder.TYPOGRAPHIC.decode(a)), "ascii: " + s);
            String u = unicode.encode(s);
            assertEquals(u, unicode.encode(LatexDecoder.LITERAL.decode(u)), "unicode: " + s);
        }
    }
}

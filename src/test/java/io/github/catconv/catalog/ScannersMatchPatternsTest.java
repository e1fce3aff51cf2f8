package io.github.catconv.catalog;

import io.github.catconv.internal.Utf8;
import io.github.catconv.internal.Chars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import io.github.catconv.testsupport.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners that replaced regular expressions on the per-record path accept and
 * reject exactly what the patterns did: listed edge cases plus many random texts over the
 * characters that matter to each pattern (fixed seeds, so a failure repeats).
 */
class ScannersMatchPatternsTest {

    private static List<String> randomTexts(String alphabet, int count, int maxLength, long seed) {
        return RandomText.strings(alphabet, count, maxLength, seed);
    }

    @Test
    void splitListIsPatternSplit() {
        Pattern p = Pattern.compile("\\s*[;,]\\s*");
        List<String> inputs = new ArrayList<>(List.of("", ",", ";;", " , ", "English", "English, French",
                "English ;French; ", " ,a", "a,,b", "a, ,b", "a , b ", "\ta\t;\tb", ", ,", "a,", "a\u00A0, b"));
        inputs.addAll(randomTexts("ab ;,\t\u00A0", 5000, 10, 1));
        for (String s : inputs) {
            assertEquals(List.of(p.split(s)), Chars.splitList(s), () -> "'" + s + "'");
        }
    }

    @Test
    void characterClassesAreThePatterns() {
        Pattern space = Pattern.compile("\\s");
        Pattern letter = Pattern.compile("\\p{L}");
        for (char c = 0; c < 0x3000; c++) {
            String s = String.valueOf(c);
            assertEquals(space.matcher(s).matches(), Chars.isRegexSpace(c), "space " + (int) c);
            assertEquals(letter.matcher(s).find(), Chars.hasLetter(s), "letter " + (int) c);
            assertEquals(s.matches("\\d"), Chars.isDigit(c), "digit " + (int) c);
        }
        assertTrue(Chars.hasLetter("12 \uD835\uDC00")); // MATHEMATICAL BOLD CAPITAL A
        assertFalse(Chars.hasLetter("12 \uDC00"));
        assertFalse(Chars.allDigits(""));
        assertTrue(Chars.digitsAt("ab1975", 2, 4));
        assertFalse(Chars.digitsAt("ab197", 2, 4));
    }

    @Test
    void isoDatesInTextAreThePatternsMatches() {
        Pattern p = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
        List<String> inputs = new ArrayList<>(List.of("", "2018-08-20", "x2018-08-20y", "60927842018-08-20",
                "2018-08-200", "-2018-08-20", "2018-08-20-", "2018-08-20 2019-01-02", "2018-08-202019-01-02",
                "12018-08-20", "2018-8-20"));
        inputs.addAll(randomTexts("0129-- x", 20000, 24, 2));
        for (String s : inputs) {
            List<Integer> expected = new ArrayList<>();
            Matcher m = p.matcher(s);
            while (m.find()) {
                expected.add(m.start());
            }
            List<Integer> actual = new ArrayList<>();
            for (int at = DateParser.isoInText(s, 0); at >= 0; at = DateParser.isoInText(s, at + 10)) {
                actual.add(at);
            }
            assertEquals(expected, actual, () -> "'" + s + "'");
        }
    }

    @Test
    void isbdSeparatorsAreStrippedAsThePatternDid() {
        Pattern trailing = Pattern.compile("(?:\\s+[/:;=]|\\s*,|\\s+--|\\s+-)$");
        List<String> inputs = new ArrayList<>(List.of("", ",", " ,", "Title :", "Title:", "London ;", "a --",
                "a--", "a -", "a-", "x = ", "Penguin, ", "a , , :", "a\u2003,", "a :\u0085", "a :\n", "a\u0085 ,",
                "a ,\r\n", " - -"));
        inputs.addAll(randomTexts("a /:;=,-\t\n\u0085\u2003", 30000, 8, 3));
        for (String s : inputs) {
            String t = s;
            Matcher m = trailing.matcher(t);
            while (m.find()) {
                t = t.substring(0, m.start()).stripTrailing();
                m = trailing.matcher(t);
            }
            assertEquals(t, Isbd.stripSeparators(s), () -> "'" + s + "'");
        }
    }

    @Test
    void initialsAreFoundAsThePatternFoundThem() {
        Pattern initials = Pattern.compile("(?:^|[\\s\\-(])(?:\\p{L}\\.)+$");
        List<String> inputs = new ArrayList<>(List.of(".", "J.", "A.B.", "U.S.A.", "Smith J.", "Smith, J.",
                "(s.l.", "x-y.", "AB.", "AB.C.", "1.", " .", "\uD835\uDC00.", "x \uD835\uDC00.", "x\uD835\uDC00.",
                "x \uDC00.", "é.", "Müller E."));
        for (String s : randomTexts("aB1 -(.,\u00E9", 30000, 8, 4)) {
            inputs.add(s + ".");
        }
        for (String s : inputs) {
            assertEquals(initials.matcher(s).find(), Isbd.endsWithInitials(s), () -> "'" + s + "'");
        }
    }

    @Test
    void unknownPlaceAndPublisherStatementsStillVanish() {
        for (String s : List.of("[S.l.]", "s.n.", "[S.l. : s.n.]", "o.O.", "place of publication not identified",
                "Éditeur non identifié", "[Lugar de publicación no identificado]")) {
            assertTrue(Isbd.cleanPlaceOrPublisher(s).isEmpty(), s);
        }
        assertEquals("Oxford", Isbd.cleanPlaceOrPublisher("[Oxford] :").orElseThrow());
        assertTrue(Isbd.cleanPlaceOrPublisher("place of publication not identified, really not identified at all")
                .isPresent());
    }

    @Test
    void wellFormedUtf8IsWhatTheStrictDecoderAccepts() {
        Random r = new Random(5);
        byte[] interesting = {0x41, (byte) 0x7F, (byte) 0x80, (byte) 0x8F, (byte) 0x90, (byte) 0x9F, (byte) 0xA0,
            (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xE1, (byte) 0xEC,
            (byte) 0xED, (byte) 0xEE, (byte) 0xEF, (byte) 0xF0, (byte) 0xF1, (byte) 0xF3, (byte) 0xF4, (byte) 0xF5,
            (byte) 0xFF};
        for (int i = 0; i < 200000; i++) {
            byte[] b = new byte[1 + r.nextInt(5)];
            for (int k = 0; k < b.length; k++) {
                b[k] = interesting[r.nextInt(interesting.length)];
            }
            assertEquals(strictlyDecodes(b), Utf8.isWellFormed(b, b.length), () -> java.util.HexFormat.of().formatHex(b));
        }
        byte[] text = "García Müller 書誌 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.isWellFormed(text, text.length));
        assertFalse(Utf8.isWellFormed(text, text.length - 1)); // cut inside the last character
    }

    private static boolean strictlyDecodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void nameCleaningShortcutGivesWhatTheFullCleaningGives() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "Smith, John", " Smith", "Smith ", "Smith  John",
                "Smith\tJohn", "Smith\u00A0John", "Me\u0301ndez", "Méndez", "A\u2003B", "x\u001Fy", "\u00FF\u02FF"));
        inputs.addAll(randomTexts("aZ ,.\t\u00A0\u00E9\u0301\u02FF\u0300\u2003", 20000, 8, 6));
        for (String s : inputs) {
            assertEquals(fullClean(s), NameParser.clean(s), () -> "'" + s + "'");
        }
    }

    /** NameParser.clean as it was, without the shortcut for text that is already clean. */
    private static String fullClean(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void legalFormsAreWholeTokensBetweenSeparators() {
        assertTrue(Organizations.looksLikeOrganization("Siemens AG"));
        assertTrue(Organizations.looksLikeOrganization("Siemens (AG)"));
        assertTrue(Organizations.looksLikeOrganization("Acme;GmbH"));
        assertFalse(Organizations.looksLikeOrganization("Agnew"));
        assertFalse(Organizations.looksLikeOrganization("Smith, John"));
    }

    @Test
    void plainLifeDatesAreOnlyWhatTheDatesPatternAccepts() {
        List<String> inputs = new ArrayList<>(List.of("1917-", "1917-1990", "1917-1990.", "1917", "917-5", "19175",
                "1917--", "-1917", "1917-19901", "1917.", "1917-.", "", ".", "1917-1990..", "b. 1917", "1917 -"));
        inputs.addAll(randomTexts("0129-. b", 30000, 12, 8));
        for (String s : inputs) {
            boolean plain = NameParser.HeadingPatterns.isPlainYears(s);
            if (plain) {
                assertTrue(NameParser.HeadingPatterns.DATES.matcher(s).matches(), s);
            }
            boolean before = s.length() <= 60 && s.chars().anyMatch(Character::isDigit)
                    && NameParser.HeadingPatterns.DATES.matcher(s).matches();
            assertEquals(before, NameParser.isLifeDates(s), s);
        }
        assertTrue(NameParser.HeadingPatterns.isPlainYears("1917-"));
        assertFalse(NameParser.HeadingPatterns.isPlainYears("b. 1917"));
    }
}

package io.github.catconv.write.bibtex.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scanner that replaced the regex {@code [^\p{L}\p{N}]} in title words. */
class KeyFieldsScannerTest {

    private static final String ALPHABET = "aZ09 -'’.,:éÅßΩж中Ⅻ²½٣😀\uD835\uDFD8\uD800\uDC00\uDBFF_$\u0301\u00AD";

    @Test
    void lettersAndDigitsMatchesTheRegex() {
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int k = 0; k < len; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(s.replaceAll("[^\\p{L}\\p{N}]", ""), KeyFields.lettersAndDigits(s), s);
        }
    }

    @Test
    void keepsAWordThatIsAllLettersAsItIs() {
        assertEquals("Coworker", KeyFields.lettersAndDigits("Co-worker"));
        assertEquals("Straße2", KeyFields.lettersAndDigits("Straße2"));
    }
}

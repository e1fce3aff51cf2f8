package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsCollapseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'a  b'|'a b'",
        "'  lead and trail  '|'lead and trail'",
        "'tab\tand\u00A0nbsp'|'tab and nbsp'",
        "'already clean'|'already clean'",
        "'   '|''",
        "''|''"})
    void runsOfSpaceBecomeOneSpaceAndEndsAreDropped(String in, String expected) {
        String text = in.substring(1, in.length() - 1);
        String want = expected.substring(1, expected.length() - 1);
        assertEquals(want, Chars.collapseRuns(text,
                c -> Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x--y---z|x y z", "--x|x"})
    void theCallerDecidesWhatCountsAsSpace(String in, String expected) {
        assertEquals(expected, Chars.collapseRuns(in, c -> c == '-'));
    }
}

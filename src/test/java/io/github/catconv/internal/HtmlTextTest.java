package io.github.catconv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "&amp;amp;                 | &amp;",
        "Tom &amp; Jerry           | Tom & Jerry",
        "Caf&eacute;               | Café",
        "Caf&#233;                 | Café",
        "Caf&#xE9;                 | Café",
        "Caf&#XE9;                 | Café",
        "&lt;i&gt;                 | <i>",
        "&quot;x&quot;             | \"x\"",
        "a&nbsp;b                  | a\u00a0b",
        "&Omega;&omega;&sigmaf;&Rho; | \u03a9\u03c9\u03c2\u03a1",
        "&euro;&hellip;&mdash;&ndash; | €…—–",
        "&yuml;&szlig;&THORN;      | ÿßÞ",
        "&#150;&#128;&#153;        | –€™",
        "&#x1F600;                 | \uD83D\uDE00",
        // left as they are: unknown names, no ';', NUL, controls, surrogates, out of range
        "&bogus; AT&T R&D          | &bogus; AT&T R&D",
        "&amp no semicolon         | &amp no semicolon",
        "&#0;&#1;&#x81;&#xD800;&#x110000; | &#0;&#1;&#x81;&#xD800;&#x110000;",
        "&#12a;                    | &#12a;",
        "&;&#;&#x;                 | &;&#;&#x;",
    })
    void decodesOnce(String in, String expected) {
        assertEquals(expected, HtmlText.decodeEntities(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tom &amp; Jerry | true",
        "&#233;          | true",
        "&#x1F600;       | true",
        "AT&T            | false",
        "a & b; c        | false",
        "&;              | false",
        "no ampersand    | false",
    })
    void detectsEntities(String in, boolean expected) {
        assertEquals(expected, HtmlText.hasEntities(in));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<i>Title</i>: a subtitle                  | Title: a subtitle",
        "H<sub>2</sub>O and E=mc<sup>2</sup>       | H2O and E=mc2",
        "line<br>break<br/>again<br />end          | line break again end",
        "<p>One.</p><p>Two.</p>                    | One. Two.",
        "x<script>alert(1)</script>y               | xy",
        "x<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT>y | xy",
        "x<style>p {color:red}</style>y            | xy",
        "x<script>never closed                     | x",
        "a<!-- note -->b                           | ab",
        "<a href=\"https://x.org/?a=1&b=2\">link</a> | link",
        "<mml:math><mml:mi>x</mml:mi></mml:math>   | x",
        "<italic>Homo sapiens</italic>             | Homo sapiens",
        // text that only looks like markup stays
        "a < b and c > d                           | a < b and c > d",
        "Berlin <West>                             | Berlin <West>",
        "Müller, Hans <1950->                      | Müller, Hans <1950->",
        "x<y>z                                     | x<y>z",
        "no tags                                   | no tags",
    })
    void stripsOnlyRealTags(String in, String expected) {
        assertEquals(expected, HtmlText.stripTags(in));
    }

    @Test
    void decodesApostrophe() {
        assertEquals("it's", HtmlText.decodeEntities("it&apos;s"));
    }

    @Test
    void nullStaysNull() {
        assertNull(HtmlText.decodeEntities(null));
        assertNull(HtmlText.stripTags(null));
        assertFalse(HtmlText.hasEntities(null));
    }

    @Test
    void decodingTwiceIsNotIdempotentButOnceIsExact() {
        String once = HtmlText.decodeEntities("&amp;lt;");
        assertEquals("&lt;", once);
        assertEquals("<", HtmlText.decodeEntities(once));
    }
}

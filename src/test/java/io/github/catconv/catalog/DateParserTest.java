package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // raw                  | start      | end        | approximate
        "2018                   | 2018       | -          | false",
        "2018-08-14             | 2018-08-14 | -          | false",
        "2018-08                | 2018-08    | -          | false",
        "'  2018  '             | 2018       | -          | false",
        "2005.                  | 2005       | -          | false",
        // copyright and phonogram years are exact (AACR2 1.4F6)
        "c1987                  | 1987       | -          | false",
        "©1987                  | 1987       | -          | false",
        "p1987                  | 1987       | -          | false",
        "℗1987                  | 1987       | -          | false",
        "cop. 1987              | 1987       | -          | false",
        // supplied dates are exact, doubtful ones approximate (AACR2 1.4F7)
        "[1998]                 | 1998       | -          | false",
        "[1998?]                | 1998       | -          | true",
        "1998?                  | 1998       | -          | true",
        "ca. 1998               | 1998       | -          | true",
        "[ca. 1998]             | 1998       | -          | true",
        "circa 1998             | 1998       | -          | true",
        "approximately 1998     | 1998       | -          | true",
        "[1971 or 1972]         | 1971       | 1972       | true",
        // ranges
        "1998-2003              | 1998       | 2003       | false",
        "1998/2003              | 1998       | 2003       | false",
        "1998 - 2003            | 1998       | 2003       | false",
        "1922-1975              | 1922       | 1975       | false",
        "1998-99                | 1998       | 1999       | false",
        "2018-08-14/2018-09-01  | 2018-08-14 | 2018-09-01 | false",
        // open range: start only, the raw text keeps the dash
        "1998-                  | 1998       | -          | false",
        // month names, PubMed style
        "Aug. 2018              | 2018-08    | -          | false",
        "August 14, 2018        | 2018-08-14 | -          | false",
        "14 August 2018         | 2018-08-14 | -          | false",
        "2018 Aug 14            | 2018-08-14 | -          | false",
        "2018 Aug               | 2018-08    | -          | false",
        "14. März 2018          | 2018-03-14 | -          | false",
        "2018 Spring            | 2018       | -          | false",
        // impossible month drops month and day, impossible day drops the day
        "2018-13-01             | 2018       | -          | false",
        "2018-02-30             | 2018-02    | -          | false",
        "2016-02-29             | 2016-02-29 | -          | false",
        // corrections and several dates
        "1998 [i.e. 1999]       | 1999       | -          | false",
        "'1998, c1997'          | 1998       | -          | false",
        "2018-08-14T10:00:00Z   | 2018-08-14 | -          | false",
    })
    void parsesCatalogDates(String raw, String start, String end, boolean approximate) {
        DateValue v = DateParser.parse(raw).orElseThrow();
        assertEquals(start, v.start() == null ? null : v.start().toIso(), "start");
        assertEquals(end, v.end() == null ? null : v.end().toIso(), "end");
        assertEquals(approximate, v.approximate(), "approximate");
        assertEquals(raw.strip(), v.raw(), "raw");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"19--", "199-?", "[19--]", "s.f.", "S.f.", "s.d.", "n.d.", "o.J.", "sine anno",
        "[s.a.]", "20199", "0", "-44", "000", "2018-13", "Spring", "unknown date", "1998-1990"})
    void keepsUnreadableTextUnparsed(String raw) {
        DateValue v = DateParser.parse(raw).orElseThrow();
        assertFalse(v.isParsed());
        assertEquals(raw, v.raw());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void blankIsEmpty(String raw) {
        assertTrue(DateParser.parse(raw).isEmpty());
    }

    @Test
    void findsOnlyValidFreestandingIsoDates() {
        String spelling = "pubmed-60927842018-08-20 Title BioMed Central 2018-08-14 /pmc/ 2018-02-30 2018-08-200 "
                + "x 1999-12-31.";
        List<String> found = DateParser.findIsoDates(spelling).stream()
                .map(d -> d.date().toIso() + "@" + d.start() + "-" + d.end())
                .collect(Collectors.toList());
        int first = spelling.indexOf("2018-08-14");
        int second = spelling.indexOf("1999-12-31");
        assertEquals(List.of("2018-08-14@" + first + "-" + (first + 10), "1999-12-31@" + second + "-" + (second + 10)),
                found);
    }

    @Test
    void findIsoDatesToleratesNull() {
        assertTrue(DateParser.findIsoDates(null).isEmpty());
    }
}

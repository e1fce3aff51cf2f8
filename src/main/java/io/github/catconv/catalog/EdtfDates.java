package io.github.catconv.catalog;

import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Reads Extended Date/Time Format (EDTF, ISO 8601-2) dates as biblatex's date fields and CSL-JSON's
 * string dates hold them: the forms of biblatex manual §2.3.8 ("Date and Time Specifications"),
 * which are EDTF level 0 and the level-1 features biblatex supports.
 *
 * <ul>
 * <li>{@code 1998}, {@code 1998-08}, {@code 1998-08-14} (a time after {@code T} is dropped);
 * <li>ranges {@code 1998/2003}, {@code 1998-08/1998-09-02}; an open end {@code 1998/..} or
 *     {@code 1998/} keeps only the start (as {@link DateParser} does with "1998-");
 * <li>{@code ?} (uncertain), {@code ~} (approximate) and {@code %} (both) after a date: approximate;
 * <li>unspecified digits {@code 199X}, {@code 19XX}: the range they stand for (1990/1999), as biber
 *     expands them;
 * <li>seasons {@code 1998-21} … {@code 1998-24} (and 25–41): the year only.
 * </ul>
 * Anything else (an open start {@code ../2003}, years before 1 or after 9999, impossible months or
 * days) is not read: {@link #parse} gives empty, so the caller keeps the text as it is.
 */
public final class EdtfDates {

    private EdtfDates() {
    }

    /**
     * Parses one EDTF date or interval. Never throws.
     *
     * @param text the date text; may be null
     * @return the date with {@code raw} set to the trimmed text, or empty when it is not EDTF this
     *         class reads
     */
    public static Optional<DateValue> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String raw = text.strip();
        int slash = raw.indexOf('/');
        if (slash < 0) {
            Point p = point(raw);
            if (p == null) {
                return Optional.empty();
            }
            return Optional.of(new DateValue(p.start, p.end, p.approximate, raw));
        }
        if (raw.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        Point start = point(raw.substring(0, slash));
        String endText = raw.substring(slash + 1);
        if (start == null) {
            return Optional.empty();
        }
        if (endText.isEmpty() || endText.equals("..")) {
            return Optional.of(new DateValue(start.start, null, start.approximate, raw));
        }
        Point end = point(endText);
        if (end == null) {
            return Optional.empty();
        }
        PartialDate last = end.end != null ? end.end : end.start;
        if (last.compareTo(start.start) < 0) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(start.start, last, start.approximate || end.approximate, raw));
    }

    /** One EDTF date: its first day (and last, for 199X), and whether it is qualified. */
    private record Point(PartialDate start, PartialDate end, boolean approximate) {
    }

    private static Point point(String text) {
        String t = text.strip();
        boolean approximate = false;
        while (!t.isEmpty() && "?~%".indexOf(t.charAt(t.length() - 1)) >= 0) {
            approximate = true;
            t = t.substring(0, t.length() - 1);
        }
        int time = t.indexOf('T');
        if (time > 0) {
            t = t.substring(0, time);
        }
        String[] parts = t.split("-", -1);
        if (parts.length > 3 || parts[0].length() != 4) {
            return null;
        }
        String y = parts[0];
        if (y.indexOf('X') >= 0 || y.indexOf('x') >= 0) {
            return parts.length == 1 ? unspecified(y, approximate) : null;
        }
        Integer year = number(y);
        if (year == null || year < 1) {
            return null;
        }
        if (parts.length == 1) {
            return new Point(PartialDate.ofYear(year), null, approximate);
        }
        Integer month = parts[1].length() == 2 ? number(parts[1]) : null;
        if (month == null) {
            return null;
        }
        if (month >= 21 && month <= 41 && parts.length == 2) {
            return new Point(PartialDate.ofYear(year), null, approximate); // a season: EDTF level 1
        }
        if (month < 1 || month > 12) {
            return null;
        }
        if (parts.length == 2) {
            return new Point(new PartialDate(year, month, 0), null, approximate);
        }
        Integer day = parts[2].length() == 2 ? number(parts[2]) : null;
        if (day == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new Point(new PartialDate(year, month, day), null, approximate);
    }

    /** {@code 199X} → 1990/1999, {@code 19XX} → 1900/1999. */
    private static Point unspecified(String year, boolean approximate) {
        int x = 0;
        while (x < 4 && Character.isDigit(year.charAt(x))) {
            x++;
        }
        for (int i = x; i < 4; i++) {
            if (year.charAt(i) != 'X' && year.charAt(i) != 'x') {
                return null;
            }
        }
        if (x == 0) {
            return null;
        }
        String digits = year.substring(0, x);
        int first = Integer.parseInt(digits + "0".repeat(4 - x));
        int last = Integer.parseInt(digits + "9".repeat(4 - x));
        if (first < 1) {
            first = 1;
        }
        return new Point(PartialDate.ofYear(first), PartialDate.ofYear(last), approximate);
    }

    private static Integer number(String s) {
        if (s.isEmpty()) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }
}

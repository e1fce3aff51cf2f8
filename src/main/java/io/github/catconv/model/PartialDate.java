package io.github.catconv.model;

/**
 * A calendar date known to year, year-month or full-date precision.
 *
 * @param year the year (1..9999)
 * @param month 1..12, or 0 when unknown
 * @param day 1..31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    /** A date known only to the year. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** True when the month is known. */
    public boolean hasMonth() {
        return month != 0;
    }

    /** True when the day is known. */
    public boolean hasDay() {
        return day != 0;
    }

    /** ISO 8601 text at exactly the known precision: {@code 2018}, {@code 2018-08}, {@code 2018-08-14}. */
    public String toIso() {
        StringBuilder sb = new StringBuilder(10);
        sb.append(String.format("%04d", year));
        if (hasMonth()) {
            sb.append('-').append(month < 10 ? "0" : "").append(month);
            if (hasDay()) {
                sb.append('-').append(day < 10 ? "0" : "").append(day);
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return toIso();
    }
}

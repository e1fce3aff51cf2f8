package io.github.catconv.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A date as catalogs give it: a partial date or a range, possibly approximate, and always the
 * raw source text.
 *
 * <p>When the text could not be read as a date ({@code "19--"}, {@code "s.f."}), {@code start}
 * is null and only {@code raw} is kept, so writers can print it as it was.
 *
 * @param start the (first) date, or null when the text is not a readable date
 * @param end the end of a range, or null
 * @param approximate "ca.", "[1998?]" and similar
 * @param raw the source text, never null
 */
public record DateValue(PartialDate start, PartialDate end, boolean approximate, String raw) {

    public DateValue {
        Objects.requireNonNull(raw, "raw");
        if (start == null && end != null) {
            throw new IllegalArgumentException("a range needs a start");
        }
    }

    /** An exact date whose raw text is its ISO form. */
    public static DateValue of(PartialDate date) {
        return new DateValue(Objects.requireNonNull(date, "date"), null, false, date.toIso());
    }

    /** A date whose text could not be read: kept only as text. */
    public static DateValue unparsed(String raw) {
        return new DateValue(null, null, false, raw);
    }

    /** True when at least a year was read. */
    public boolean isParsed() {
        return start != null;
    }

    /** The year of the start date, if known. */
    public Optional<Integer> year() {
        return start == null ? Optional.empty() : Optional.of(start.year());
    }

    /**
     * EDTF / ISO 8601-2 form as biblatex and many tools want it: {@code 1998}, {@code 2018-08-14},
     * {@code 1998/2003}, {@code 1998~}; empty when unparsed.
     */
    public Optional<String> toEdtf() {
        if (start == null) {
            return Optional.empty();
        }
        String s = start.toIso() + (end != null ? "/" + end.toIso() : "");
        return Optional.of(approximate ? (end != null ? start.toIso() + "~/" + end.toIso() + "~" : s + "~") : s);
    }
}

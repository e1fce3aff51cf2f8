package io.github.catconv.csl;

import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DateValue} as a CSL date object.
 *
 * <p>Follows the CSL-JSON date model (schema {@code csl-data.json#/definitions/date-variable};
 * citeproc-js "Date fields"): {@code date-parts} holds one array for a single date and two for a
 * range, each {@code [year]}, {@code [year, month]} or {@code [year, month, day]} at exactly the
 * precision the source gave, so no style prints an invented month or day. {@code circa: true}
 * marks an approximate date ("ca. 1998", "[1998?]"); styles print it as "ca." or "c.". A date
 * text that could not be read is kept as {@code literal}, which processors print verbatim.
 */
public final class CslDates {

    private CslDates() {
    }

    /**
     * The CSL date object for a date value.
     *
     * @param date the date, not null
     * @return a new insertion-ordered map: {@code date-parts} and, when approximate, {@code circa};
     *         or only {@code literal} (the raw text) when the date was not parsed
     */
    public static Map<String, Object> date(DateValue date) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!date.isParsed()) {
            out.put("literal", date.raw());
            return out;
        }
        List<List<Integer>> parts = new ArrayList<>(2);
        parts.add(parts(date.start()));
        if (date.end() != null) {
            parts.add(parts(date.end()));
        }
        out.put("date-parts", parts);
        if (date.approximate()) {
            out.put("circa", Boolean.TRUE);
        }
        return out;
    }

    /** One date-parts array at exactly the known precision. */
    static List<Integer> parts(PartialDate d) {
        if (!d.hasMonth()) {
            return List.of(d.year());
        }
        return d.hasDay() ? List.of(d.year(), d.month(), d.day()) : List.of(d.year(), d.month());
    }
}

package io.github.catconv.catalog;

import io.github.catconv.internal.Chars;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PartialDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates catalogs print: ISO dates, copyright years, cataloguers' supplied and
 * doubtful dates, ranges, and English / PubMed style month names.
 *
 * <p>Rules, following AACR2 1.4F and RDA 2.8.6 transcription practice:
 * <ul>
 * <li>"c1987", "©1987", "p1987", "℗1987", "cop. 1987": copyright / phonogram year, exact.
 * <li>"[1998]": a date the cataloguer supplied; brackets do not make it approximate.
 * <li>"[1998?]", "1998?", "ca. 1998", "circa 1998", "approximately 1998": approximate.
 * <li>"1998-2003", "1998/2003", "1998 - 2003", "1998-99", "1971 or 1972": a range (the last
 *     one approximate).
 * <li>"1998-": an open range ("1998 to date"); only the start is kept, the raw text shows the
 *     dash. "1998 [i.e. 1999]": the corrected year 1999.
 * <li>ISO-shaped dates with an impossible month or day ("2018-13-01", "2018-02-30") keep the
 *     precision that is valid: a bad month leaves the year, a bad day leaves year and month.
 * <li>Unknown digits ("19--", "199-?"), "no date" markers ("s.f.", "n.d.", "o.J.", "[s.a.]"),
 *     years outside 1..9999 ("20199", "0", "-44") and anything else: unparsed, raw text kept.
 * </ul>
 */
public final class DateParser {

    /** A full ISO date found in free text; {@code end} is exclusive. */
    public record FoundDate(PartialDate date, int start, int end) {
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern BARE_YEAR = Pattern.compile("\\d{3,4}");
    private static final Pattern SHORT_RANGE = Pattern.compile("(\\d{2})(\\d{2})\\s*[-/]\\s*(\\d{2})");
    private static final Pattern OPEN_RANGE = Pattern.compile("(\\d{4})\\s*[-–—]");
    /** Range separators, tried in this order; "or" marks a doubtful date ("1971 or 1972"). */
    private static final List<String> RANGE_SEPARATORS = List.of("/", " - ", " or ", "–", "—", "-");
    private static final Pattern CORRECTED = Pattern.compile(".*\\[\\s*i\\.\\s*e\\.?,?\\s*(\\d{4})\\s*]");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4}),?\\s+(\\p{L}+)\\.?(?:\\s+(\\d{1,2}))?");
    /** A year with only words around it: PubMed "2018 Spring", "2018 Aug-Sep"; "Winter 2017". */
    private static final Pattern YEAR_AMONG_WORDS = Pattern.compile(
            "(?:\\p{L}[\\p{L}\\s.,/-]*\\s)?(\\d{4})(?:\\s[\\p{L}][\\p{L}\\s./-]*)?");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|℗|cop\\.|c\\.?|p\\.?)\\s*(?=\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCA = Pattern.compile(
            "^(?:ca\\.?|circa|approximately|approx\\.?|um|etwa|env\\.|vers|hacia|aprox\\.?)\\s*(?=\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]]");

    /**
     * "No date" markers, lower case without spaces, dots and brackets: Latin s.a./sine anno,
     * Spanish s.f./sin fecha, French/Italian s.d./sans date, English n.d., German o.J.
     */
    private static final Set<String> NO_DATE = Set.of(
            "sf", "sd", "nd", "oj", "sa", "sineanno", "sinfecha", "sansdate", "nodate", "undated");

    /** Month names and abbreviations (English, German, French, Spanish, Italian) -> month. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Length of the longest {@link #NO_DATE} key. */
    private static final int NO_DATE_MAX = 8;

    static {
        String[] table = {
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec",
            "januar jänner", "februar", "märz mär", "april", "mai", "juni", "juli", "august", "september",
            "oktober okt", "november", "dezember dez",
            "janvier janv", "février févr", "mars", "avril avr", "mai", "juin", "juillet juil", "août",
            "septembre", "octobre", "novembre", "décembre déc",
            "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
            "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
            "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug", "agosto",
            "settembre set", "ottobre ott", "novembre", "dicembre"};
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i].split(" ")) {
                MONTHS.putIfAbsent(name, i % 12 + 1);
            }
        }
    }

    private DateParser() {
    }

    /**
     * Parses a catalog date by the rules in the class comment. Never throws.
     *
     * @param raw the date text as catalogued; may be null
     * @return empty only for null or blank input; otherwise a value whose raw text is the
     *         input without surrounding whitespace, unparsed when no rule applies
     */
    public static Optional<DateValue> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        DateValue year = plainYear(text);
        return Optional.of(year != null ? year : interpret(text));
    }

    /**
     * "1975" or "1975.": the usual publishDate, read without the general rules (which give the
     * same value); null for anything else.
     */
    private static DateValue plainYear(String text) {
        int n = text.length();
        if (!(n == 4 || n == 5 && text.charAt(4) == '.') || !Chars.digitsAt(text, 0, 4)) {
            return null;
        }
        PartialDate y = year(text.substring(0, 4));
        return y == null ? null : new DateValue(y, null, false, text);
    }

    /**
     * Finds full ISO dates ({@code YYYY-MM-DD}, valid calendar dates only) in free text, in
     * order. A date glued to other digits or hyphens ("60927842018-08-20", "2018-08-200") is
     * not one. Never throws.
     *
     * @param text any text; null gives an empty list
     * @return the dates with their character offsets
     */
    public static List<FoundDate> findIsoDates(String text) {
        if (text == null) {
            return List.of();
        }
        List<FoundDate> found = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = isoInText(text, from)) >= 0) {
            PartialDate d = date(text.substring(at, at + 4), text.substring(at + 5, at + 7), text.substring(at + 8, at + 10));
            if (d != null && d.hasDay()) {
                found.add(new FoundDate(d, at, at + 10));
            }
            from = at + 10;
        }
        return found;
    }

    /**
     * Where the next {@code (?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])} starts at or after
     * {@code from} (the pattern this scanner replaces), or -1.
     */
    static int isoInText(String text, int from) {
        int n = text.length();
        for (int dash = text.indexOf('-', from + 4); dash >= 0 && dash + 6 <= n; dash = text.indexOf('-', dash + 1)) {
            int at = dash - 4;
            if (Chars.digitsAt(text, at, 4) && Chars.digitsAt(text, dash + 1, 2) && text.charAt(dash + 3) == '-'
                    && Chars.digitsAt(text, dash + 4, 2) && !digitOrDash(text, at - 1) && !digitOrDash(text, at + 10)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean digitOrDash(String text, int i) {
        return i >= 0 && i < text.length() && (Chars.isDigit(text.charAt(i)) || text.charAt(i) == '-');
    }

    private static DateValue interpret(String text) {
        if (isNoDate(text)) {
            return DateValue.unparsed(text);
        }
        String s = text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
        // Each pattern below runs only when the text has what its match must start or end with.
        if (s.endsWith("]") && s.indexOf('[') >= 0) {
            Matcher corrected = CORRECTED.matcher(s);
            if (corrected.matches()) {
                s = corrected.group(1);
            }
        }
        boolean approximate = s.indexOf('?') >= 0;
        s = s.replace("?", "");
        if (s.indexOf('[') >= 0 || s.indexOf(']') >= 0) {
            s = BRACKETS.matcher(s).replaceAll("");
        }
        s = s.strip();
        if (!s.isEmpty() && s.charAt(0) < 0x80 && Character.isLetter(s.charAt(0))) {
            Matcher circa = CIRCA.matcher(s);
            if (circa.find()) {
                approximate = true;
                s = s.substring(circa.end());
            }
        }
        s = withoutCopyright(s);
        DateValue v = core(s, approximate, text);
        int comma = s.indexOf(',');
        if (!v.isParsed() && comma > 0) { // "1998, c1997": the first date is the publication date
            v = core(withoutCopyright(s.substring(0, comma).strip()), approximate, text);
        }
        return v;
    }

    /** {@code COPYRIGHT.matcher(s).replaceFirst("")}, the pattern run only when s starts with a mark. */
    private static String withoutCopyright(String s) {
        if (s.isEmpty() || "©℗cCpP".indexOf(s.charAt(0)) < 0) {
            return s;
        }
        return COPYRIGHT.matcher(s).replaceFirst("");
    }

    /**
     * True for a "no date" marker: the text without white space ({@code \s}), dots and brackets,
     * lower-cased, is one of {@link #NO_DATE} (all short and ASCII, so longer or non-ASCII keys
     * are rejected without building them).
     */
    private static boolean isNoDate(String text) {
        char[] key = new char[NO_DATE_MAX];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isRegexSpace(c) || c == '.' || c == '[' || c == ']') {
                continue;
            }
            if (n == NO_DATE_MAX || c >= 0x80) {
                return false;
            }
            key[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return NO_DATE.contains(new String(key, 0, n));
    }

    private static DateValue core(String s, boolean approximate, String raw) {
        PartialDate single = single(s);
        if (single != null) {
            return new DateValue(single, null, approximate, raw);
        }
        boolean fourDigits = Chars.digitsAt(s, 0, 4);
        Matcher shortRange = fourDigits ? SHORT_RANGE.matcher(s) : null;
        if (shortRange != null && shortRange.matches()) { // "1998-99": the end takes the start's century
            PartialDate start = year(shortRange.group(1) + shortRange.group(2));
            PartialDate end = year(shortRange.group(1) + shortRange.group(3));
            if (start != null && end != null && end.compareTo(start) > 0) {
                return new DateValue(start, end, approximate, raw);
            }
        }
        DateValue range = range(s, approximate, raw);
        if (range != null) {
            return range;
        }
        Matcher m = OPEN_RANGE.matcher(s);
        if (!fourDigits || !m.matches()) {
            m = YEAR_AMONG_WORDS.matcher(s);
        }
        if (m.matches() && year(m.group(1)) != null) {
            return new DateValue(year(m.group(1)), null, approximate, raw);
        }
        return DateValue.unparsed(raw);
    }

    /** A range split at the first separator (and occurrence) that leaves two ordered dates, or null. */
    private static DateValue range(String s, boolean approximate, String raw) {
        for (String sep : RANGE_SEPARATORS) {
            for (int i = s.indexOf(sep); i > 0; i = s.indexOf(sep, i + 1)) {
                PartialDate start = single(s.substring(0, i).strip());
                PartialDate end = start == null ? null : single(s.substring(i + sep.length()).strip());
                if (end != null && end.compareTo(start) >= 0) {
                    return new DateValue(start, end, approximate || " or ".equals(sep), raw);
                }
            }
        }
        return null;
    }

    /** One date at year, month or day precision, or null. */
    private static PartialDate single(String s) {
        if (!Chars.digitsAt(s, 0, 3)) {
            // ISO and bare years start with three digits; month-name dates need a letter.
            return Chars.hasLetter(s) ? named(s) : null;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            if (m.group(3) == null && m.group(2) != null && !validMonth(m.group(2))) {
                return null; // "1998-99" is a range, not a month
            }
            return date(m.group(1), m.group(2), m.group(3));
        }
        if (BARE_YEAR.matcher(s).matches()) {
            return year(s);
        }
        return Chars.hasLetter(s) ? named(s) : null;
    }

    /** Dates with a month name: "14 August 2018", "August 14, 2018", "Aug. 2018", "2018 Aug 14". */
    private static PartialDate named(String s) {
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return withMonthName(m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return withMonthName(m.group(3), m.group(1), m.group(2));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return withMonthName(m.group(2), m.group(1), null);
        }
        if ((m = YEAR_MONTH_DAY.matcher(s)).matches()) {
            return withMonthName(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static PartialDate withMonthName(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        return date(year, month < 10 ? "0" + month : month.toString(), day);
    }

    private static boolean validMonth(String digits) {
        int month = Integer.parseInt(digits);
        return month >= 1 && month <= 12;
    }

    private static PartialDate year(String digits) {
        int y = Integer.parseInt(digits);
        return y >= 1 && y <= 9999 ? PartialDate.ofYear(y) : null;
    }

    /** A date from digit groups, dropping a month or day that cannot exist; null without a valid year. */
    private static PartialDate date(String yearDigits, String monthDigits, String dayDigits) {
        PartialDate y = year(yearDigits);
        if (y == null || monthDigits == null || !validMonth(monthDigits)) {
            return y;
        }
        int month = Integer.parseInt(monthDigits);
        int day = dayDigits == null ? 0 : Integer.parseInt(dayDigits);
        if (day < 1 || day > YearMonth.of(y.year(), month).lengthOfMonth()) {
            day = 0;
        }
        return new PartialDate(y.year(), month, day);
    }
}

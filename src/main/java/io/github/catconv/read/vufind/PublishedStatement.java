package io.github.catconv.read.vufind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a publication statement as the VuFind header shows it ("Published: London : Penguin, 2005.",
 * "Published: BioMed Central 2018", "Publicado: [S.l.] : s.n., [19--]") into place, publisher and date.
 *
 * @param place text before " : ", or null
 * @param publisher the publisher, or null
 * @param date the date text, or null
 */
record PublishedStatement(String place, String publisher, String date) {

    /** A trailing date: a year with catalog decorations, a range, or an unknown-date token. */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "[,;]?\\s*((?:\\[?(?:c|©|p|ca\\.\\s?)?\\d{2}[\\dXxu\\-?]{2}[\\]?.]*(?:\\s*-\\s*\\[?\\d{4}\\]?)?)"
            + "|(?:\\[?(?:s\\.\\s?f|s\\.\\s?d|n\\.\\s?d|o\\.\\s?J|s\\.\\s?a)\\.?\\]?))\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    static PublishedStatement parse(String text) {
        String s = text.strip();
        String date = null;
        Matcher m = TRAILING_DATE.matcher(s);
        // A match ends the text and holds only date characters: search only their trailing run.
        m.region(dateTailStart(s), s.length());
        if (m.find()) {
            date = m.group(1).strip();
            s = s.substring(0, m.start()).strip();
        }
        String place = null;
        int colon = s.indexOf(" : ");
        if (colon < 0 && s.indexOf(':') > 0 && !s.contains("://")) {
            colon = s.indexOf(':');
            place = s.substring(0, colon).strip();
            s = s.substring(colon + 1).strip();
        } else if (colon >= 0) {
            place = s.substring(0, colon).strip();
            s = s.substring(colon + 3).strip();
        }
        String publisher = trimTrailingSeparators(s).strip();
        return new PublishedStatement(emptyToNull(place), emptyToNull(publisher), emptyToNull(date));
    }

    /**
     * Where the trailing run of characters that {@link #TRAILING_DATE} can match begins: no match
     * starts before it, so the pattern need not be tried at every earlier position.
     */
    static int dateTailStart(String s) {
        int i = s.length();
        while (i > 0 && DATE_CHARS.indexOf(Character.toLowerCase(s.charAt(i - 1))) >= 0) {
            i--;
        }
        return i;
    }

    /**
     * Every character a {@link #TRAILING_DATE} match can hold, lower case: separators, {@code \s},
     * the line terminators before which {@code $} matches, digits, brackets and the letters of
     * its tokens (c, p, ca., X, u, s.f, s.d, n.d, o.J, s.a).
     */
    private static final String DATE_CHARS = ",; \t\n\u000B\f\r\u0085\u2028\u2029[]?.-©0123456789acdfjnopsux";

    /** Removes trailing ISBD separators ", ; :" (cheaper than a regex on the per-record path). */
    static String trimTrailingSeparators(String s) {
        int end = s.length();
        while (end > 0) {
            char c = s.charAt(end - 1);
            if (c == ',' || c == ';' || c == ':' || Character.isWhitespace(c)) {
                end--;
            } else {
                break;
            }
        }
        return s.substring(0, end);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

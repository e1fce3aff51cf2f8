package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.DateParser;
import io.github.catconv.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers facts that only VuFind's {@code spelling} field holds. VuFind copies every indexed value
 * of the source record into it, in source order, so a fact can be found by anchoring on values the
 * record already has. Every rule fires only when the evidence is unambiguous; each has tests that
 * show when it must not fire.
 */
final class SpellingMiner {

    /** An abbreviated journal title: capitalised words, no sentence punctuation, short. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\p{Lu}[\\p{L}.&'\\-]*(?: (?:\\p{Lu}[\\p{L}.&'\\-]*|\\d+|&|of|de|la|und|der|for|and|the|in))*");

    /** A licence or copyright statement starts with one of these. */
    private static final Pattern RIGHTS_START = Pattern.compile(
            "(©|\\(c\\) |Copyright\\b|This (?:article|work) is (?:distributed|licensed)|Creative Commons)");

    /** A series number right after the series title: " 242", " ; 2/1", ", v. 3". */
    private static final Pattern NUMBER_AFTER = Pattern.compile(
            "\\s*[;,]?\\s+((?:v\\.|vol\\.|Bd\\.|no\\.|n\\.)?\\s?\\d{1,5}(?:[/.\\-]\\d{1,5})?)(?=[\\s.,;]|$)");

    private final String spelling;

    /** The miner over the page's {@code spelling} field, built once per page. */
    static SpellingMiner of(PageFields f) {
        return f.derived(SpellingMiner.class, page -> new SpellingMiner(page.values("spelling")));
    }

    SpellingMiner(List<String> spellingValues) {
        this.spelling = String.join(" ", spellingValues);
    }

    /**
     * The full publication date: an ISO date whose year equals the year of {@code publishDate}
     * and that stands right after the publisher's name; or, with no publisher anchor, the only such
     * date that is not glued to the record id (VuFind glues the harvest date to the id).
     */
    Optional<PartialDate> exactDate(int year, String publisher, String recordId) {
        List<PartialDate> free = new ArrayList<>();
        for (DateParser.FoundDate d : DateParser.findIsoDates(spelling)) {
            if (d.date().year() != year) {
                continue;
            }
            String before = spelling.substring(0, d.start());
            if (publisher != null && before.stripTrailing().endsWith(publisher)) {
                return Optional.of(d.date());
            }
            boolean glued = d.start() > 0 && !Character.isWhitespace(spelling.charAt(d.start() - 1));
            boolean afterId = recordId != null && before.endsWith(recordId);
            if (!glued && !afterId && !free.contains(d.date())) {
                free.add(d.date());
            }
        }
        return free.size() == 1 ? Optional.of(free.get(0)) : Optional.empty();
    }

    /**
     * The journal abbreviation of a harvested article: the text between the last author and the
     * start of the abstract, less known subject words, when it has the shape of an abbreviation.
     */
    Optional<String> journalAbbreviation(List<String> authors, String abstractText, List<String> subjects) {
        if (authors.isEmpty() || abstractText == null || abstractText.length() < 20) {
            return Optional.empty();
        }
        String last = authors.get(authors.size() - 1);
        int a = spelling.indexOf(last);
        int b = spelling.indexOf(abstractText.substring(0, 20));
        if (a < 0 || b < 0 || spelling.indexOf(last, a + 1) >= 0 && spelling.indexOf(last, a + 1) < b) {
            return Optional.empty();
        }
        a += last.length();
        if (a >= b) {
            return Optional.empty();
        }
        String gap = spelling.substring(a, b).strip();
        for (String s : subjects) {
            if (gap.endsWith(" " + s)) {
                gap = gap.substring(0, gap.length() - s.length()).strip();
            } else if (gap.equals(s)) {
                gap = "";
            }
        }
        if (gap.isEmpty() || gap.length() > 60 || gap.split(" ").length > 8 || !ABBREVIATION.matcher(gap).matches()) {
            return Optional.empty();
        }
        return Optional.of(gap);
    }

    /**
     * The rights statement: from a copyright or licence marker after the abstract to the end of the
     * field. Needs the abstract as anchor, so it never fires inside it or on a "©1987" date.
     */
    Optional<String> rights(String abstractText) {
        if (abstractText == null || abstractText.length() < 20) {
            return Optional.empty();
        }
        int at = spelling.indexOf(abstractText.substring(abstractText.length() - 20));
        if (at < 0) {
            return Optional.empty();
        }
        int from = at + 20;
        Matcher m = RIGHTS_START.matcher(spelling);
        if (!m.find(from)) {
            return Optional.empty();
        }
        String r = spelling.substring(m.start()).strip();
        return r.length() < 10 ? Optional.empty() : Optional.of(r);
    }

    /** The place in an ISBD "Place : Publisher" statement within one spelling value. */
    static Optional<String> place(List<String> spellingValues, String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return Optional.empty();
        }
        String anchor = " : " + publisher;
        String found = null;
        for (String v : spellingValues) {
            String t = v.strip();
            int at = t.indexOf(anchor);
            String place = at >= 2 && at <= 60 ? t.substring(0, at).strip() : null;
            if (place != null && noIsbdMark(place)) {
                if (found != null && !found.equals(place)) {
                    return Optional.empty();
                }
                found = place;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean noIsbdMark(String place) {
        for (int i = 0; i < place.length(); i++) {
            char ch = place.charAt(i);
            if (ch == ':' || ch == ';' || ch == '/' || ch == '=') {
                return false;
            }
        }
        return true;
    }

    /** The record's number in a series: a number right after the series title. */
    Optional<String> seriesNumber(String seriesTitle) {
        String found = null;
        Matcher m = NUMBER_AFTER.matcher(spelling);
        for (int at = spelling.indexOf(seriesTitle); at >= 0; at = spelling.indexOf(seriesTitle, at + 1)) {
            m.region(at + seriesTitle.length(), spelling.length());
            if (!m.lookingAt()) {
                continue;
            }
            String n = m.group(1).strip();
            if (found != null && !found.equals(n)) {
                return Optional.empty();
            }
            found = n;
        }
        return Optional.ofNullable(found);
    }
}

package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.LineReader;
import io.github.catconv.internal.LineReader.Line;
import io.github.catconv.read.ValueCleaner;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Splits a dump into record pages, streaming: holds one page at a time.
 *
 * <p>A new page starts at (1) the "Loading…" line VuFind 9+ prints first, in any language;
 * (2) a "Bibliographic Details" heading after a staff view (the title lines after the last blank
 * line move with it); (3) a repeated {@code _version_} or {@code id} field; (4) after a blank line
 * in a staff view, a line that is not a staff-view field (the next page's header).
 *
 * <p>Each line is cleaned ({@link ValueCleaner#line}) as it is read, before anything looks at it;
 * the page remembers which of its lines lost characters, so the record can say so.
 */
public final class DumpScanner {

    private final LineReader lines;
    private final Labels labels = Labels.get();
    private final SolrSchema schema = SolrSchema.get();
    private Line pending;
    private boolean done;
    /** Numbers of the lines read so far that cleaning changed and no page has claimed yet. */
    private final ArrayDeque<Integer> cleaned = new ArrayDeque<>();

    public DumpScanner(LineReader lines) {
        this.lines = lines;
    }

    /** The next page, or null at the end. Blank-only pages are skipped. */
    public RecordPage next() throws IOException {
        while (!done) {
            RecordPage p = scan();
            if (p != null) {
                claimCleanedLines(p);
                p.atUnterminatedEnd = done && lines.endedWithoutLineBreak();
            }
            if (p != null && !p.isBlank()) {
                return p;
            }
        }
        return null;
    }

    /** Pages hold consecutive lines in input order: the cleaned lines up to its last are its own. */
    private void claimCleanedLines(RecordPage p) {
        int last = p.lines.isEmpty() ? 0 : p.lines.get(p.lines.size() - 1).number();
        while (!cleaned.isEmpty() && cleaned.peekFirst() <= last) {
            p.cleanedLines.add(cleaned.pollFirst());
        }
    }

    /** The next line of the input, cleaned. */
    private Line read() throws IOException {
        Line l = lines.next();
        if (l == null || !l.ok() || lines.lastLineIsPlain()) {
            return l;
        }
        String t = ValueCleaner.line(l.text());
        if (t == l.text()) {
            return l;
        }
        if (ValueCleaner.hasRemovable(l.text())) {
            cleaned.addLast(l.number());
        }
        return new Line(t, l.number(), null);
    }

    private RecordPage scan() throws IOException {
        RecordPage page = new RecordPage();
        State st = new State();
        Line line;
        while ((line = take()) != null) {
            if (!line.ok()) {
                page.add(line, null);
                st.content = true;
                continue;
            }
            String t = line.text();
            int end = fieldNameEnd(t);
            // The schema's own instance of the name, found in place: no substring per line.
            String name = end > 0 ? schema.knownName(t, end) : null;
            boolean known = name != null;
            // Only lines that are not staff-view fields can be page furniture: saves label look-ups.
            Labels.Furniture furniture = !known && mayBeShortLabel(t) ? labels.furniture(t) : Labels.Furniture.NONE;
            if (furniture == Labels.Furniture.LOADING && st.content) {
                pending = line;
                return page;
            }
            boolean heading = furniture == Labels.Furniture.HEADING;
            if (heading && (st.inStaff || st.sawHeading)) {
                RecordPage next = splitTrailingHeader(page, st.lastBlank);
                next.add(line, null);
                carry = next;
                return page;
            }
            st.sawHeading |= heading;
            if (known) {
                // After a blank line, a field that sorts before the previous one starts the next
                // record's (sorted) staff view: dumps without _version_ separate records so.
                boolean sortReset = st.inStaff && st.lastBlank >= 0 && st.sortedFields >= 3
                        && name.compareTo(st.lastName) < 0;
                if (startsRecord(name, st) || sortReset) {
                    pending = line;
                    return page;
                }
                st.inStaff = true;
                st.lastBlank = -1;
                // Count the fields while the view is in byte order; an unsorted (pre-9) view never splits so.
                st.sortedFields = st.lastName == null || (st.sortedFields > 0 && name.compareTo(st.lastName) > 0)
                        ? st.sortedFields + 1 : -1;
                st.lastName = name;
            } else if (st.inStaff && st.lastBlank >= 0 && !t.isBlank()) {
                pending = line;
                return page;
            }
            if (t.isBlank()) {
                st.lastBlank = page.lines.size();
            } else {
                st.content = true;
            }
            page.add(line, known ? name : null);
        }
        done = true;
        return page;
    }

    /** Lines carried into the next page by a split. */
    private RecordPage carry;

    private Line take() throws IOException {
        if (carry != null) {
            // Replay the carried lines through the scanner so that page state is rebuilt.
            RecordPage c = carry;
            carry = null;
            replay = c.lines;
            replayAt = 0;
        }
        if (replay != null) {
            if (replayAt < replay.size()) {
                return replay.get(replayAt++);
            }
            replay = null;
        }
        if (pending != null) {
            Line l = pending;
            pending = null;
            return l;
        }
        return read();
    }

    private List<Line> replay;
    private int replayAt;

    private boolean startsRecord(String name, State st) {
        if (name.equals("_version_")) {
            if (st.seenVersion) {
                return true;
            }
            st.seenVersion = true;
        } else if (name.equals("id")) {
            if (st.seenId) {
                return true;
            }
            st.seenId = true;
        }
        return false;
    }

    private static RecordPage splitTrailingHeader(RecordPage page, int lastBlank) {
        RecordPage next = new RecordPage();
        if (lastBlank >= 0) {
            List<Line> tail = page.lines.subList(lastBlank + 1, page.lines.size());
            for (Line l : tail) {
                next.add(l, null); // replayed through the scanner, which finds the names again
            }
            tail.clear();
            page.knownNames.subList(lastBlank + 1, page.knownNames.size()).clear();
        }
        return next;
    }

    /**
     * {@link #mayBeLabel}, false at once for a line that stays longer than the longest label
     * {@link Labels#furniture} accepts (60 characters) after stripping: no whitespace at either end.
     */
    static boolean mayBeShortLabel(String t) {
        int n = t.length();
        if (n > Labels.FURNITURE_MAX && !Character.isWhitespace(t.charAt(0))
                && !Character.isWhitespace(t.charAt(n - 1))) {
            return false;
        }
        return mayBeLabel(t);
    }

    /**
     * False when a line cannot be the "Loading…" or "Bibliographic Details" label in any language:
     * it holds an ASCII digit or one of {@code ,;/()[]}, a colon with text after it, or a run of
     * dots that is not "..." (which normalisation makes "…"), or it is blank. No label
     * text has these (DumpScannerTest checks the table), and label normalisation (NFC, case, the
     * trailing colon) neither adds nor removes them; most header and value lines have one, so
     * they skip the normalising look-up.
     */
    public static boolean mayBeLabel(String t) {
        if (t.isBlank()) {
            return false; // no label text is blank
        }
        boolean colon = false;
        int dots = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.') {
                dots++;
                continue;
            }
            if (dots % 3 != 0) {
                return false;
            }
            dots = 0;
            if (colon) {
                if (c != ':' && c != '\uFF1A' && !Character.isWhitespace(c)) {
                    return false;
                }
            } else if (c >= '0' && c <= '9' || c == ',' || c == ';' || c == '/' || c == '(' || c == ')'
                    || c == '[' || c == ']') {
                return false;
            } else if (c == ':' || c == '\uFF1A') {
                colon = true;
            }
        }
        return dots % 3 == 0;
    }

    /** The leading token of a staff-view line when it could be a field name, else null. */
    public static String fieldName(String t) {
        int end = fieldNameEnd(t);
        return end < 0 ? null : t.substring(0, end);
    }

    /** The end of {@link #fieldName}'s token in the line, or -1 when there is none. */
    static int fieldNameEnd(String t) {
        int n = t.length();
        if (n == 0) {
            return -1;
        }
        char c = t.charAt(0);
        if (!(c == '_' || (c >= 'a' && c <= 'z'))) {
            return -1;
        }
        int i = 1;
        while (i < n) {
            char d = t.charAt(i);
            if (d == ' ' || d == '\t') {
                break;
            }
            boolean ok = d < 0x80
                    ? d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9' || d == '_' || d == '-' || d == '.'
                    : Character.isLetterOrDigit(d);
            if (!ok) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static final class State {
        boolean content;
        boolean inStaff;
        boolean seenVersion;
        boolean seenId;
        boolean sawHeading;
        String lastName;
        /** PageFields seen so far in byte order, or -1 once the view is known to be unsorted. */
        int sortedFields;
        int lastBlank = -1;
    }
}

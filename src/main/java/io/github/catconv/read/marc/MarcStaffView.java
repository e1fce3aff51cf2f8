package io.github.catconv.read.marc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of VuFind's MARC staff view (the "MARC" tab of a record page, rendered by
 * VuFind's {@code record-marc.xsl}): a {@code LEADER} row, then one row per field, the tag, the two
 * indicators and the subfields, each written {@code |a} with a no-break space (U+00A0) on both
 * sides: {@code 245 10 |a Politics otherwise : |b Shakespeare … / |c ed. by …}.
 *
 * <p>Copied text varies: cells may be separated by tabs or spaces, blank indicators may be
 * dropped or kept as spaces, {@code #} or {@code \}, some themes write {@code $a} or {@code ‡a}.
 * A line that is not a field row continues the last value (a wrapped cell).
 */
public final class MarcStaffView {

    /** A field row: tag (or LEADER/LDR/000), then the rest. */
    private static final Pattern ROW = Pattern.compile("^[ \\t\\u00A0]*(LEADER|LDR|[0-9]{3}|[A-Z]{3})(?:[ \\t\\u00A0](.*))?$");
    /** A subfield code: a delimiter preceded by white space or the row start, a code, white space. */
    private static final Pattern CODE = Pattern.compile("(?<![^\\s\\u00A0])([|$‡])([a-z0-9])(?:[\\s\\u00A0]+|$)");
    private static final Pattern TAG_ONLY = Pattern.compile("[0-9]{3}");

    private MarcStaffView() {
    }

    /**
     * True when a line is a MARC staff-view row: the leader row, a control field row (00X
     * followed by a value), or a data field row (a tag and at least one subfield code).
     *
     * @param line the line; null gives false
     * @return whether the line is a row
     */
    public static boolean isRow(String line) {
        if (line == null) {
            return false;
        }
        Matcher m = ROW.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String tag = m.group(1);
        String rest = m.group(2) == null ? "" : m.group(2);
        if (tag.equals("LEADER") || tag.equals("LDR")) {
            return !rest.isBlank();
        }
        if (!TAG_ONLY.matcher(tag).matches()) {
            return false;
        }
        return tag.startsWith("00") ? !rest.isBlank() : CODE.matcher(rest).find();
    }

    /** A row cut short: a tag alone or with indicators, or ending in a subfield delimiter or code. */
    private static final Pattern CUT_ROW = Pattern.compile(
            "^[ \\t\\u00A0]*(?:[0-9]{1,2}|[0-9]{3}(?:[ \\t\\u00A0]+[0-9 #\\\\]{0,2})?|[0-9]{3}[ \\t\\u00A0].*[|$‡][a-z0-9]?)[ \\t\\u00A0]*$");

    /**
     * True when the last line of an input that ends without a line break is a row visibly cut
     * short (catalogue B16): "245", "245 10", "245 10 |a Title |b", "24". A cut inside a value
     * cannot be told from a complete value.
     */
    public static boolean isCutRow(String line) {
        return line != null && CUT_ROW.matcher(line).matches();
    }

    /**
     * True when the lines hold a MARC staff view: a leader row followed by field rows, or at
     * least three data-field rows including a 245.
     *
     * @param lines the lines; not null
     * @return whether they look like a MARC staff view
     */
    public static boolean looksLikeMarc(List<String> lines) {
        boolean leader = false;
        boolean title = false;
        int rows = 0;
        for (String l : lines) {
            if (isRow(l)) {
                rows++;
                String t = l.strip();
                leader |= t.startsWith("LEADER") || t.startsWith("LDR");
                title |= t.startsWith("245");
            }
        }
        return (leader && rows >= 2) || (title && rows >= 3);
    }

    /**
     * Parses the rows of one MARC staff view. Lines before the first row (headings) are skipped;
     * after it, a line that is not a row is the continuation of the last value, unless a blank line
     * came first (then it is page text, e.g. the next record's header).
     *
     * @param lines the lines of the view; not null
     * @param firstLine the 1-based input line of {@code lines.get(0)}
     * @return the record; its leader is "" when the view had no leader row
     */
    public static MarcRecord parse(List<String> lines, int firstLine) {
        String leader = "";
        List<Row> rows = new ArrayList<>();
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                afterBlank = true; // a wrapped cell never holds an empty line: text after one is page text
            } else if (isRow(line)) {
                afterBlank = false;
                Matcher m = ROW.matcher(line);
                m.matches();
                String tag = m.group(1);
                String rest = m.group(2) == null ? "" : m.group(2);
                if (tag.equals("LEADER") || tag.equals("LDR")) {
                    leader = leaderText(rest);
                } else {
                    rows.add(new Row(tag, rest, firstLine + i));
                }
            } else if (!rows.isEmpty() && !afterBlank) {
                rows.get(rows.size() - 1).continuation.append(' ').append(line.strip());
            }
        }
        List<MarcRecord.Field> fields = new ArrayList<>(rows.size());
        for (Row r : rows) {
            fields.add(r.toField());
        }
        return new MarcRecord(leader, fields);
    }

    /** The leader keeps its inner spaces (positions matter); only the cell padding goes. */
    private static String leaderText(String rest) {
        String t = rest.replace('\u00A0', ' ');
        t = t.replaceFirst("^[\\t ]+", "").replaceFirst("[\\t ]+$", "");
        // A leader whose first positions were blank (record length not yet set) lost them as padding.
        return t.length() < 24 ? " ".repeat(24 - t.length()) + t : t;
    }

    private static String clean(String v) {
        return v.replace('\u00A0', ' ').strip();
    }

    /** One row while the view is read. */
    private static final class Row {
        final String tag;
        final String rest;
        final int line;
        final StringBuilder continuation = new StringBuilder();

        Row(String tag, String rest, int line) {
            this.tag = tag;
            this.rest = rest;
            this.line = line;
        }

        MarcRecord.Field toField() {
            String text = rest + continuation;
            if (tag.startsWith("00")) {
                return MarcRecord.Field.control(tag, clean(text), line);
            }
            Matcher m = CODE.matcher(text);
            if (!m.find()) {
                return new MarcRecord.Field(tag, ' ', ' ', List.of(), null, line);
            }
            char delimiter = m.group(1).charAt(0);
            char[] ind = indicators(text.substring(0, m.start()));
            List<MarcRecord.Subfield> subs = new ArrayList<>();
            char code = m.group(2).charAt(0);
            int from = m.end();
            while (m.find()) {
                if (m.group(1).charAt(0) != delimiter) {
                    continue; // a "$2" inside a value of a '|'-delimited row is text
                }
                subs.add(new MarcRecord.Subfield(code, clean(text.substring(from, m.start()))));
                code = m.group(2).charAt(0);
                from = m.end();
            }
            subs.add(new MarcRecord.Subfield(code, clean(text.substring(from))));
            return new MarcRecord.Field(tag, ind[0], ind[1], subs, null, line);
        }

        /**
         * The indicators from the text between tag and first code: tab-separated cells keep their
         * positions; otherwise "10", "1 0", " 0" (first blank) and "" (both blank) are read.
         */
        private static char[] indicators(String s) {
            String t = s.replace('\u00A0', ' ');
            if (t.indexOf('\t') >= 0) {
                String[] cells = t.split("\t", -1);
                List<String> c = new ArrayList<>();
                for (String cell : cells) {
                    c.add(cell.strip());
                }
                while (!c.isEmpty() && c.get(c.size() - 1).isEmpty() && c.size() > 2) {
                    c.remove(c.size() - 1);
                }
                char a = c.size() > 0 ? MarcXmlParser.indicator(c.get(0)) : ' ';
                char b = c.size() > 1 ? MarcXmlParser.indicator(c.get(1)) : ' ';
                return new char[] {a, b};
            }
            String stripped = t.stripTrailing();
            String compact = stripped.replace(" ", "");
            if (compact.length() >= 2) {
                return new char[] {MarcXmlParser.indicator(compact.substring(0, 1)),
                    MarcXmlParser.indicator(compact.substring(1, 2))};
            }
            if (compact.length() == 1) {
                // " 0" / "  0": a blank first indicator keeps its space; "1" alone is the first
                boolean firstBlank = stripped.length() >= 2 && stripped.charAt(stripped.length() - 2) == ' ';
                char c = MarcXmlParser.indicator(compact);
                return firstBlank ? new char[] {' ', c} : new char[] {c, ' '};
            }
            return new char[] {' ', ' '};
        }
    }
}

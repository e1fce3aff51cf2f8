package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.LineReader.Line;
import io.github.catconv.read.ValueCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits one page into its header (title, summary, labelled values) and its staff view (Solr fields).
 *
 * <p>Which staff-view lines start a field is decided for the whole page at once: when the field
 * names that the schema knows are, but for a few, in byte order (VuFind 9+ sorts them), only the
 * longest increasing run of them starts fields, so a value line that begins with a field name
 * ("author Smith" inside a title) stays a value. In unsorted (older) staff views a known name starts
 * a field only the first time it appears.
 */
public final class RecordPageParser {

    private final Labels labels = Labels.get();
    private final SolrSchema schema = SolrSchema.get();

    /** What a page holds. */
    public static final class Parsed {
        public String title;
        public int titleLine;
        public String summary;
        public int summaryLine;
        public final List<PageField> header = new ArrayList<>();
        public final List<PageField> staff = new ArrayList<>();
        public final List<PageField> headerText = new ArrayList<>();
        /** Problems found while splitting the page: line and message, reported with the record id. */
        public final List<Object[]> notes = new ArrayList<>();
        public boolean sorted;
        /** The MARC staff view on the page (VuFind's "MARC" tab), or null. */
        public io.github.catconv.read.marc.MarcRecord marc;
        public int marcLine;
        /** The first header label that matched only in its double-encoded form (B10), and its line. */
        public String mojibakeLabel;
        public int mojibakeLabelLine;

        /** The name of the field that holds input line {@code line}, for a diagnostic. */
        public String fieldAt(int line) {
            String best = null;
            int bestLine = 0;
            for (List<PageField> group : List.of(staff, header, headerText)) {
                for (PageField f : group) {
                    for (int i = 0; i < f.values.size(); i++) {
                        if (f.lineAt(i) == line) {
                            return name(f);
                        }
                    }
                    if (f.line <= line && f.line > bestLine) {
                        best = name(f);
                        bestLine = f.line;
                    }
                }
            }
            if (titleLine == line) {
                return "header title";
            }
            if (summaryLine == line) {
                return "header summary";
            }
            if (marc != null && line >= marcLine && (best == null || marcLine > bestLine)) {
                return "MARC view";
            }
            return best == null ? "line " + line : best;
        }

        private String name(PageField f) {
            return header.contains(f) ? PageFields.HEADER + f.name : f.name;
        }
    }

    public Parsed parse(RecordPage page) {
        List<Line> lines = page.lines;
        List<String> known = page.knownNames.size() == lines.size() ? page.knownNames : knownNames(lines);
        int staffStart = findStaffStart(known);
        Parsed out = new Parsed();
        List<Line> header = takeMarcView(lines.subList(0, staffStart), out);
        parseHeader(header, out);
        if (staffStart < lines.size()) {
            // Copies, not sub-list views: the staff view is read line by line several times, and a
            // view's get() checks for concurrent modification on every call.
            parseStaff(new ArrayList<>(lines.subList(staffStart, lines.size())),
                    new ArrayList<>(known.subList(staffStart, lines.size())), out);
        }
        return out;
    }

    /** The field name of each line that the schema knows, else null (what the scanner records). */
    private List<String> knownNames(List<Line> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String name = DumpScanner.fieldName(l.text());
            out.add(name != null && schema.isKnown(name) ? name : null);
        }
        return out;
    }

    private static int findStaffStart(List<String> known) {
        for (int i = 0; i < known.size(); i++) {
            if (known.get(i) != null) {
                return i;
            }
        }
        return known.size();
    }

    // ---- MARC staff view ----

    /**
     * Finds a MARC staff view (LEADER and tag rows) among the lines before the Solr fields, parses
     * it into {@link Parsed#marc}, and returns the other lines. The view's heading ("MARC",
     * "Affichage MARC", "MARC-Ansicht") goes with it.
     */
    private List<Line> takeMarcView(List<Line> lines, Parsed out) {
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (lines.get(i).ok() && io.github.catconv.read.marc.MarcStaffView.isRow(lines.get(i).text())) {
                first = i;
            }
        }
        if (first < 0) {
            return lines;
        }
        int end = first;
        while (end < lines.size() && !lines.get(end).text().isBlank()) {
            end++;
        }
        List<String> block = new ArrayList<>(end - first);
        for (Line l : lines.subList(first, end)) {
            block.add(l.text());
        }
        if (!io.github.catconv.read.marc.MarcStaffView.looksLikeMarc(block)) {
            return lines;
        }
        out.marc = io.github.catconv.read.marc.MarcStaffView.parse(block, lines.get(first).number());
        out.marcLine = lines.get(first).number();
        List<Line> rest = new ArrayList<>(lines.subList(0, first));
        while (!rest.isEmpty() && isMarcHeading(rest.get(rest.size() - 1).text())) {
            rest.remove(rest.size() - 1);
        }
        rest.addAll(lines.subList(end, lines.size()));
        return rest;
    }

    /** The tab heading above a MARC view, or a blank line. */
    private static boolean isMarcHeading(String t) {
        String s = t.strip();
        return s.isEmpty() || (s.length() <= 40 && s.toUpperCase(java.util.Locale.ROOT).contains("MARC"));
    }

    // ---- header ----

    private void parseHeader(List<Line> lines, Parsed out) {
        PageField current = null;
        List<Line> free = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            PageField labelled = labelLine(t, l.number(), out);
            if (labelled != null) {
                current = labelled;
                out.header.add(current);
            } else if (current != null) {
                current.add(t, l.number());
            } else if (!isNoise(t)) {
                free.add(l);
            }
        }
        for (int i = 0; i < out.header.size(); i++) {
            out.header.set(i, resolveSharedLabel(out.header.get(i)));
        }
        if (!free.isEmpty()) {
            out.title = free.get(0).text().strip();
            out.titleLine = free.get(0).number();
        }
        if (free.size() > 1) {
            out.summary = free.get(1).text().strip();
            out.summaryLine = free.get(1).number();
        }
        for (int i = 2; i < free.size(); i++) {
            PageField f = new PageField("header-text", free.get(i).number());
            f.add(free.get(i).text().strip(), free.get(i).number());
            out.headerText.add(f);
        }
    }

    /** A label text's look-ups in the (immutable) label table. */
    private record HeaderLabel(String key, String context, Set<String> shared) {
    }

    /**
     * Label texts seen before, as written ("Main Author", "Published"): a page repeats the same
     * few, and a map hit is cheaper than normalising the text again. Texts that are no label are
     * not kept (titles with a colon would fill it); the cap bounds it on odd input.
     */
    private static final java.util.Map<String, HeaderLabel> HEADER_LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int HEADER_LABELS_MAX = 4096;

    /** "Label: value", "Label:value" or "Label:" (value on the next lines), label in any UI language. */
    private PageField labelLine(String t, int lineNo, Parsed out) {
        int colon = t.indexOf(':');
        int wide = t.indexOf('\uFF1A');
        if (colon < 0 || (wide >= 0 && wide < colon)) {
            colon = wide;
        }
        if (colon <= 0 || colon > 60) {
            return null;
        }
        String text = t.substring(0, colon);
        HeaderLabel label = HEADER_LABELS.get(text);
        if (label == null) {
            String key = labels.keyOf(text).orElse(null);
            String lookup = text;
            if (key == null && ValueCleaner.looksDoubleEncoded(text)) {
                // "PublicaciÃ³n:": the label in its double-encoded form (B10) is still the label.
                lookup = ValueCleaner.repairDoubleEncoding(text);
                key = labels.keyOf(lookup).orElse(null);
            }
            if (key == null) {
                return null;
            }
            label = new HeaderLabel(key, labels.contextOf(key), labels.sharedKeys(lookup));
            if (lookup == text && HEADER_LABELS.size() < HEADER_LABELS_MAX) {
                HEADER_LABELS.put(text, label); // (a double-encoded text is looked up again: it is reported)
            } else if (lookup != text && out.mojibakeLabel == null) {
                out.mojibakeLabel = text;
                out.mojibakeLabelLine = lineNo;
            }
        }
        if (!label.context.equals("core") && !label.context.equals("description")) {
            return null;
        }
        PageField f = new PageField(label.key, lineNo);
        f.sharedKeys = label.shared;
        String value = t.substring(colon + 1).strip();
        if (!value.isEmpty()) {
            f.add(value, lineNo);
        }
        return f;
    }

    /** A publication statement ends in a year ("…, 2005.", "[1998?]"), not in "(1996)" or pages. */
    private static final java.util.regex.Pattern STATEMENT_DATE = java.util.regex.Pattern.compile(
            "(?:^|[\\s,\\[])(?:c|©|p)?\\d{4}\\??\\]?\\.?$");

    /**
     * Decides a label that one language shares between Published and Edition or Published in by
     * its value: a value that ends in a year, outside parentheses, is a publication statement.
     */
    private static PageField resolveSharedLabel(PageField f) {
        if (!f.sharedKeys.contains("Published") || f.values.isEmpty()) {
            return f;
        }
        String v = f.values.get(0);
        String key = STATEMENT_DATE.matcher(v).find() && !v.endsWith(")")
                ? "Published" : f.sharedKeys.stream().filter(k -> !k.equals("Published")).findFirst().orElse(f.name);
        if (key.equals(f.name)) {
            return f;
        }
        PageField g = new PageField(key, f.line);
        for (int i = 0; i < f.values.size(); i++) {
            g.add(f.values.get(i), f.lineAt(i));
        }
        return g;
    }

    /** RecordPage furniture: the spinner, "Full description", tab and toolbar names, headings. */
    private boolean isNoise(String t) {
        if (t.length() > 80) {
            return false;
        }
        Boolean known = NOISE_LABELS.get(t);
        if (known != null) {
            return known;
        }
        String key = labels.keyOf(t).orElse(null);
        if (key == null && ValueCleaner.looksDoubleEncoded(t)) {
            key = labels.keyOf(ValueCleaner.repairDoubleEncoding(t)).orElse(null); // B10: "Detalles BibliogrÃ¡ficos"
        }
        if (key == null) {
            return false;
        }
        String ctx = labels.contextOf(key);
        boolean noise = !ctx.equals("core") || key.equals(Labels.BIBLIOGRAPHIC_DETAILS);
        if (NOISE_LABELS.size() < HEADER_LABELS_MAX) {
            NOISE_LABELS.put(t, noise);
        }
        return noise;
    }

    /**
     * {@link #isNoise} of label texts seen before, as written: every page repeats "Loading…" and
     * "Bibliographic Details". Texts that are no label (titles) are not kept; the cap bounds it.
     */
    private static final java.util.Map<String, Boolean> NOISE_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    // ---- staff view ----

    private void parseStaff(List<Line> lines, List<String> known, Parsed out) {
        // Lines and names of the known fields, in arrays: no boxing, no list checks per access.
        int[] cand = new int[lines.size()];
        String[] named = new String[lines.size()];
        int count = 0;
        for (int i = 0; i < cand.length; i++) {
            String name = known.get(i);
            if (name != null) {
                cand[count] = i;
                named[count++] = name;
            }
        }
        boolean[] starts = new boolean[lines.size()];
        int[] lis = longestIncreasing(named, count);
        out.sorted = count >= 4 && lis.length * 10 >= count * 8;
        if (out.sorted) {
            for (int k : lis) {
                starts[cand[k]] = true;
            }
            markLocalFieldsInOrder(lines, known, starts);
        } else {
            Set<String> seen = new HashSet<>();
            String prev = null;
            for (int k = 0; k < count; k++) {
                String name = named[k];
                String line = lines.get(cand[k]).text();
                String value = line.length() > name.length() ? line.substring(name.length() + 1).strip() : "";
                // Only a single-valued field wraps its text onto further lines, so only after one can
                // a line that begins with a field name still be its value: then the value's shape decides.
                boolean wrapped = prev != null && !schema.isMultiValued(prev) && !ValueShapes.fits(name, value);
                if (k == 0 || (!wrapped && !seen.contains(name))) {
                    seen.add(name);
                    starts[cand[k]] = true;
                    prev = name;
                }
            }
            markLocalFieldsUnsorted(lines, known, starts, seen);
        }
        starts[0] = true;
        PageField current = null;
        boolean multi = false;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text();
            if (starts[i]) {
                String name = nameAt(lines, known, i);
                current = new PageField(name, l.number());
                multi = schema.isMultiValued(name);
                out.staff.add(current);
                String v = t.length() > name.length() ? t.substring(name.length() + 1).strip() : "";
                if (!v.isEmpty()) {
                    current.add(v, l.number());
                }
            } else if (!t.isBlank()) {
                if (!multi && t.startsWith(current.name) && t.length() > current.name.length()
                        && t.charAt(current.name.length()) == ' ') {
                    // A single-valued field given twice (case B24 in docs/errors.md): the first value wins.
                    out.notes.add(new Object[] {l.number(), "field '" + current.name + "' repeated; kept the first value, dropped '"
                            + abbreviate(t.substring(current.name.length() + 1).strip()) + "'"});
                    continue;
                }
                if (multi) {
                    current.add(t.strip(), l.number());
                } else {
                    current.appendToLast(t.strip(), l.number());
                }
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Local (schema-less) fields count when their name sorts between the neighbouring fields. */
    private static void markLocalFieldsInOrder(List<Line> lines, List<String> known, boolean[] starts) {
        String prev = "";
        for (int i = 0; i < lines.size(); i++) {
            if (starts[i]) {
                prev = nameAt(lines, known, i);
                continue;
            }
            if (known.get(i) != null) {
                continue;
            }
            String name = DumpScanner.fieldName(lines.get(i).text());
            if (name == null || !isLocalFieldLine(lines.get(i).text(), name)) {
                continue;
            }
            String next = nextStart(lines, known, starts, i);
            if (name.compareTo(prev) > 0 && (next == null || name.compareTo(next) < 0)) {
                starts[i] = true;
                prev = name;
            }
        }
    }

    private static void markLocalFieldsUnsorted(List<Line> lines, List<String> known, boolean[] starts, Set<String> seen) {
        for (int i = 0; i < lines.size(); i++) {
            if (starts[i] || known.get(i) != null) {
                continue;
            }
            String name = DumpScanner.fieldName(lines.get(i).text());
            if (name != null && isLocalFieldLine(lines.get(i).text(), name) && seen.add(name)) {
                starts[i] = true;
            }
        }
    }

    /** The field name of line i: the known one, else the leading token (local fields). */
    private static String nameAt(List<Line> lines, List<String> known, int i) {
        String k = known.get(i);
        return k != null ? k : DumpScanner.fieldName(lines.get(i).text());
    }

    /** A local field looks like one: snake_case or camelCase or with digits, and a value. */
    private static boolean isLocalFieldLine(String t, String name) {
        boolean shaped = name.indexOf('_') >= 0 || hasDigitOrUpper(name);
        return shaped && t.length() > name.length() + 1 && SolrSchema.isPlausibleName(name);
    }

    private static boolean hasDigitOrUpper(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c) || Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    private static String nextStart(List<Line> lines, List<String> known, boolean[] starts, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            if (starts[j]) {
                return nameAt(lines, known, j);
            }
        }
        return null;
    }

    /**
     * Indexes of one longest strictly increasing subsequence (byte order, as PHP ksort) of the
     * first {@code n} names of an array.
     */
    static int[] longestIncreasing(String[] names, int n) {
        int[] tails = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            String name = names[i];
            // Sorted views append: try the last tail before the binary search.
            int lo = len > 0 && names[tails[len - 1]].compareTo(name) < 0 ? len : 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (names[tails[mid]].compareTo(name) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo < len && names[tails[lo]].equals(name)) {
                continue; // a repeated name: the first occurrence starts the field
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == len) {
                len++;
            }
        }
        int[] out = new int[len];
        int k = len > 0 ? tails[len - 1] : -1;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = k;
            k = prev[k];
        }
        return Arrays.copyOf(out, len);
    }
}

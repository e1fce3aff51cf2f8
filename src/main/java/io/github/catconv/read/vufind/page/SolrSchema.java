package io.github.catconv.read.vufind.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VuFind's biblio Solr schema (every version from 2.0 on): which names are fields, which are
 * multi-valued. Used to tell a staff-view field line from a value line that begins with a word.
 */
public final class SolrSchema {

    private static final SolrSchema INSTANCE = load();

    private final Map<String, Boolean> fields;
    private final List<String[]> dynamic;
    /**
     * The listed names in an open-addressing table (power-of-two size, linear probing), so
     * that a line's leading token is looked up in place, without a substring per line.
     */
    private final String[] table;
    /** Parallel to {@link #table}: whether the field is multi-valued (no Boolean to unbox). */
    private final boolean[] multi;

    private SolrSchema(Map<String, Boolean> fields, List<String[]> dynamic) {
        this.fields = fields;
        this.dynamic = dynamic;
        this.table = new String[Integer.highestOneBit(fields.size() * 4)];
        this.multi = new boolean[table.length];
        for (Map.Entry<String, Boolean> e : fields.entrySet()) {
            int i = slot(e.getKey(), e.getKey().length());
            while (table[i] != null) {
                i = (i + 1) & (table.length - 1);
            }
            table[i] = e.getKey();
            multi[i] = e.getValue();
        }
    }

    public static SolrSchema get() {
        return INSTANCE;
    }

    private static SolrSchema load() {
        Map<String, Boolean> fields = new HashMap<>(256);
        List<String[]> dynamic = new ArrayList<>();
        for (String[] c : Labels.rows("solr-fields.tsv")) {
            if (c[2].equals("dynamic")) {
                dynamic.add(new String[] {c[0].substring(1), c[1]});
            } else {
                fields.put(c[0], Boolean.parseBoolean(c[1]));
            }
        }
        // Fields VuFind adds outside schema.xml that staff views show.
        fields.putIfAbsent("score", false);
        fields.putIfAbsent("doi_str_mv", true);
        return new SolrSchema(fields, dynamic);
    }

    /** True for a field the schema lists, or a dynamic-field name ("*_str_mv"). */
    boolean isKnown(String name) {
        return fields.containsKey(name) || dynamicSuffix(name) != null;
    }

    /**
     * Home slot in {@link #table} of the name {@code s[0, end)}: a hash of its length and first,
     * middle and last characters, so a look-up reads three characters, not the whole name.
     */
    private int slot(String s, int end) {
        if (end == 0) {
            return 0; // no listed name is empty: the probe ends at the first free slot
        }
        int h = ((end * 31 + s.charAt(0)) * 31 + s.charAt(end - 1)) * 31 + s.charAt(end >> 1);
        h ^= h >>> 7;
        return h & (table.length - 1);
    }

    /**
     * The field name that {@code line} starts with, {@code line[0, end)}, when the schema knows it
     * ({@link #isKnown}), else null. A listed name comes back as the table's own instance; only a
     * dynamic-field name is cut out of the line.
     */
    String knownName(String line, int end) {
        for (int i = slot(line, end); table[i] != null; i = (i + 1) & (table.length - 1)) {
            String k = table[i];
            if (k.length() == end && line.startsWith(k)) {
                return k;
            }
        }
        for (String[] d : dynamic) {
            int n = d[0].length();
            if (end > n && line.startsWith(d[0], end - n)) {
                return line.substring(0, end);
            }
        }
        return null;
    }

    /**
     * True when the name could be a local Solr field that the schema does not list (case B19 in
     * docs/errors.md): lower-case start, identifier characters as the regex
     * {@code [a-z_][A-Za-z0-9_.\-]*} says, at most 64 characters. Matched by hand: no pattern to
     * compile at start-up, and it runs on every line.
     */
    static boolean isPlausibleName(String name) {
        if (name.isEmpty() || name.length() > 64) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z' || first == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code token} is the start of a field name the schema lists but no name itself: a
     * staff-view line cut inside its field name ("publishDa").
     */
    boolean isCutName(String token) {
        if (isKnown(token)) {
            return false;
        }
        for (String name : fields.keySet()) {
            if (name.length() > token.length() && name.startsWith(token)) {
                return true;
            }
        }
        return false;
    }

    /** True for a field name the schema knows (listed or dynamic); false for local fields (B19). */
    public boolean knows(String name) {
        return isKnown(name);
    }

    /** Whether the field holds several values; unknown fields count as multi-valued. */
    boolean isMultiValued(String name) {
        for (int i = slot(name, name.length()); table[i] != null; i = (i + 1) & (table.length - 1)) {
            String k = table[i];
            if (k == name || k.equals(name)) {
                return multi[i];
            }
        }
        String[] d = dynamicSuffix(name);
        return d == null || Boolean.parseBoolean(d[1]);
    }

    private String[] dynamicSuffix(String name) {
        String[] best = null;
        for (String[] d : dynamic) {
            if (name.endsWith(d[0]) && name.length() > d[0].length()
                    && (best == null || d[0].length() > best[0].length())) {
                best = d;
            }
        }
        return best;
    }
}

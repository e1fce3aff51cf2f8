package io.github.catconv.read.vufind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VuFind's biblio Solr schema (every version from 2.0 on): which names are fields, which are
 * multi-valued. Used to tell a staff-view field line from a value line that begins with a word.
 */
final class SolrSchema {

    private static final SolrSchema INSTANCE = load();

    private final Map<String, Boolean> fields;
    private final List<String[]> dynamic;

    private SolrSchema(Map<String, Boolean> fields, List<String[]> dynamic) {
        this.fields = fields;
        this.dynamic = dynamic;
    }

    static SolrSchema get() {
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
     * True when the name could be a local Solr field that the schema does not list (B19): lower-case
     * start, identifier characters as the regex {@code [a-z_][A-Za-z0-9_.\-]*} says, at most 64
     * characters. Matched by hand: no pattern to compile at start-up, and it runs on every line.
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

    /** Whether the field holds several values; unknown fields count as multi-valued. */
    boolean isMultiValued(String name) {
        Boolean b = fields.get(name);
        if (b != null) {
            return b;
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

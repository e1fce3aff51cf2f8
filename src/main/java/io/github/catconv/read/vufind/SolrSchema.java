package io.github.catconv.read.vufind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * VuFind's biblio Solr schema (every version from 2.0 on): which names are fields, which are
 * multi-valued. Used to tell a staff-view field line from a value line that begins with a word.
 */
final class SolrSchema {

    /** A plausible Solr field name that the schema does not list (local fields, B19). */
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z_][A-Za-z0-9_.\\-]*");

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
        Map<String, Boolean> fields = new HashMap<>();
        List<String[]> dynamic = new ArrayList<>();
        try (InputStream in = SolrSchema.class.getResourceAsStream("solr-fields.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c[2].equals("dynamic")) {
                    dynamic.add(new String[] {c[0].substring(1), c[1]});
                } else {
                    fields.put(c[0], Boolean.parseBoolean(c[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** True when the name could be a local Solr field (lower-case start, identifier characters). */
    static boolean isPlausibleName(String name) {
        return name.length() <= 64 && LOCAL_NAME.matcher(name).matches();
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

package io.github.catconv.read.vufind;

import io.github.catconv.internal.HtmlText;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.SourceField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one page by name — staff-view fields under their Solr names, header values under
 * {@code header:<label key>} — with a record of which ones a mapping used, so the rest can be
 * reported as unmapped.
 */
final class Fields {

    /** Prefix of header label keys, e.g. "header:Published". */
    static final String HEADER = "header:";

    private final Map<String, RawField> byName = new LinkedHashMap<>();
    private final Map<String, Boolean> used = new LinkedHashMap<>();
    /** Decoded values by field name: mappers ask for the same field several times. */
    private final Map<String, List<String>> decoded = new java.util.HashMap<>();
    private SpellingMiner miner;

    Fields(PageParser.Parsed page) {
        for (RawField f : page.staff) {
            byName.putIfAbsent(f.name, f);
        }
        for (RawField f : page.header) {
            byName.putIfAbsent(HEADER + f.name, f);
        }
    }

    boolean has(String name) {
        RawField f = byName.get(name);
        return f != null && !f.values.isEmpty();
    }

    /** The field's values with HTML entities decoded once; empty when absent. Marks it used. */
    List<String> values(String name) {
        RawField f = byName.get(name);
        if (f == null) {
            return List.of();
        }
        used.put(name, true);
        List<String> cached = decoded.get(name);
        if (cached != null) {
            return cached;
        }
        List<String> out = new ArrayList<>(f.values.size());
        boolean verbatim = name.equals("id") || name.equals("url") || name.equals("fullrecord");
        for (String v : f.values) {
            String d = verbatim ? v : withoutMarkup(v);
            d = name.equals("fullrecord") || !HtmlText.hasEntities(d) ? d : HtmlText.decodeEntities(d);
            d = d.strip();
            if (!d.isEmpty()) {
                out.add(d);
            }
        }
        List<String> result = java.util.Collections.unmodifiableList(out);
        decoded.put(name, result);
        return result;
    }

    /**
     * Strips HTML markup from a value when it is clearly markup — a closing tag, a self-closing tag,
     * a line break or a script (catalogue B26) — so that a title such as "<HTML> The Basics" keeps
     * its words. Tags go before entities are decoded, so "&lt;i&gt;" stays text.
     */
    static String withoutMarkup(String v) {
        if (v.indexOf('<') < 0) {
            return v;
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</") || lower.contains("/>") || lower.contains("<br") || lower.contains("<script")
                || lower.contains("<style")) {
            return HtmlText.stripTags(v).strip();
        }
        return v;
    }

    /** The spelling miner over this page's {@code spelling} field, built once. */
    SpellingMiner miner() {
        if (miner == null) {
            miner = new SpellingMiner(values("spelling"));
        }
        return miner;
    }

    /** The first value, or null. Marks the field used. */
    String first(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? null : v.get(0);
    }

    /** Line of the field's first value, 0 when absent. */
    int line(String name) {
        RawField f = byName.get(name);
        return f == null ? 0 : f.line;
    }

    /** Line of the i-th value of a field. */
    int line(String name, int i) {
        RawField f = byName.get(name);
        if (f == null) {
            return 0;
        }
        return i < f.lines.size() ? f.lines.get(i) : f.line;
    }

    /** Where a fact came from. */
    Provenance from(String name, String rule) {
        return new Provenance(name, line(name), rule);
    }

    Provenance from(String name) {
        return from(name, "");
    }

    /** Marks fields as consumed without mapping them (derived copies such as facets and sort keys). */
    void ignore(Set<String> names) {
        for (String n : names) {
            if (byName.containsKey(n)) {
                used.put(n, true);
            }
        }
    }

    /** The fields no mapping used, in page order. */
    List<SourceField> unused() {
        List<SourceField> out = new ArrayList<>();
        for (RawField f : byName.values()) {
            String key = f.name;
            boolean isHeader = byName.get(HEADER + key) == f;
            String name = isHeader ? HEADER + key : key;
            if (!used.containsKey(name) && !f.values.isEmpty()) {
                out.add(new SourceField(name, f.values, f.line));
            }
        }
        return out;
    }
}

package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.HtmlText;
import io.github.catconv.model.Provenance;
import io.github.catconv.model.SourceField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one page by name — staff-view fields under their Solr names, header values under
 * {@code header:<label key>} — with a record of which ones a mapping used, so the rest can be
 * reported as unmapped.
 */
public final class PageFields {

    /** Prefix of header label keys, e.g. "header:Published". */
    public static final String HEADER = "header:";

    /** "header:" + label key, made once per key: the keys are the label table's, a finite set. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> HEADER_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One field of the page with what the mapping did to it (instead of parallel maps by name). */
    private static final class Slot {
        final String name;
        final PageField field;
        boolean used;
        /** Decoded values: mappers ask for the same field several times. */
        List<String> decoded;

        Slot(String name, PageField field) {
            this.name = name;
            this.field = field;
        }
    }

    private final Map<String, Slot> byName;
    /** The page's notes (line, message): where an unknown entity is reported, with the record id. */
    private final List<Object[]> notes;
    /** The slots in page order (staff view first, then header): the order of {@link #unused()}. */
    private final List<Slot> order;
    private Object derived;

    public PageFields(RecordPageParser.Parsed page) {
        this.notes = page.notes;
        int n = page.staff.size() + page.header.size();
        byName = new HashMap<>(Math.max(16, n * 2));
        order = new ArrayList<>(n);
        for (PageField f : page.staff) {
            put(f.name, f);
        }
        for (PageField f : page.header) {
            put(HEADER_NAMES.computeIfAbsent(f.name, k -> HEADER + k), f);
        }
    }

    /** The first field of a name wins (one hash look-up: a repeated name is rare). */
    private void put(String name, PageField f) {
        Slot s = new Slot(name, f);
        if (byName.putIfAbsent(name, s) == null) {
            order.add(s);
        }
    }

    public boolean has(String name) {
        Slot s = byName.get(name);
        return s != null && !s.field.values.isEmpty();
    }

    /** The field's values with HTML entities decoded once; empty when absent. Marks it used. */
    public List<String> values(String name) {
        Slot s = byName.get(name);
        if (s == null) {
            return List.of();
        }
        s.used = true;
        if (s.decoded == null) {
            s.decoded = decode(name, s.field);
        }
        return s.decoded;
    }

    private List<String> decode(String name, PageField field) {
        List<String> values = field.values;
        boolean verbatim = name.equals("id") || name.equals("url") || name.equals("fullrecord");
        boolean full = name.equals("fullrecord");
        List<String> out = null;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String d = verbatim ? v : withoutMarkup(v);
            if (!full && HtmlText.hasEntities(d)) {
                String unknown = HtmlText.firstUnknownReference(d);
                if (unknown != null) {
                    // Decoded once, never twice: "&amp;amp;" gives "&amp;"; an unknown name stays as written.
                    notes.add(new Object[] {field.lineAt(i), "HTML entity '" + unknown + "' in " + name
                            + " is unknown; kept as text"});
                }
                d = HtmlText.decodeEntities(d);
            }
            d = d.strip();
            if (out == null && (d != v || d.isEmpty())) {
                // The first value that changes: from here on the values are copied.
                out = new ArrayList<>(values.size());
                out.addAll(values.subList(0, i));
            }
            if (out != null && !d.isEmpty()) {
                out.add(d);
            }
        }
        // Usually nothing changes: the page's own list, read-only (it is not changed after parsing).
        return java.util.Collections.unmodifiableList(out == null ? values : out);
    }

    /**
     * Strips HTML markup from a value when it is clearly markup — a closing tag, a self-closing tag,
     * a line break or a script (case B26 in docs/errors.md) — so that a title such as
     * "<HTML> The Basics" keeps its words. Tags go before entities are decoded, so "&lt;i&gt;" stays text.
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

    /**
     * A value the mapping derives from this page's fields once and uses in several places (the
     * spelling miner): made by {@code make} on first use, then kept with the page.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<PageFields, T> make) {
        if (!type.isInstance(derived)) {
            derived = make.apply(this);
        }
        return type.cast(derived);
    }

    /** The first value, or null. Marks the field used. */
    public String first(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? null : v.get(0);
    }

    /** Line of the field's first value, 0 when absent. */
    public int line(String name) {
        Slot s = byName.get(name);
        return s == null ? 0 : s.field.line;
    }

    /** Line of the i-th value of a field. */
    public int line(String name, int i) {
        Slot s = byName.get(name);
        if (s == null) {
            return 0;
        }
        PageField f = s.field;
        return i < f.values.size() ? f.lineAt(i) : f.line;
    }

    /** Where a fact came from. */
    public Provenance from(String name, String rule) {
        return new Provenance(name, line(name), rule);
    }

    public Provenance from(String name) {
        return from(name, "");
    }

    /** Marks fields as consumed without mapping them (derived copies such as facets and sort keys). */
    public void ignore(Set<String> names) {
        if (names.size() < order.size()) {
            for (String n : names) {
                Slot s = byName.get(n);
                if (s != null) {
                    s.used = true;
                }
            }
            return;
        }
        for (int i = 0; i < order.size(); i++) {
            Slot s = order.get(i);
            if (!s.used && names.contains(s.name)) {
                s.used = true;
            }
        }
    }

    /** The fields no mapping used, in page order. */
    public List<SourceField> unused() {
        List<SourceField> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Slot s = order.get(i);
            if (!s.used && !s.field.values.isEmpty()) {
                // A staff-view name the schema does not know is a local or new field (B19).
                boolean unknown = !s.name.startsWith(HEADER) && !SolrSchema.get().knows(s.name);
                out.add(new SourceField(s.name, s.field.values, s.field.line, unknown));
            }
        }
        return out;
    }
}

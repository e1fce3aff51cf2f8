package io.github.catconv.read.vufind.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A field as read from a page: a Solr field name or a header label key, its values, and the line
 * of its first value. Mutable while the page is parsed, then only read.
 */
public final class PageField {

    final String name;
    public final int line;
    final List<String> values = new ArrayList<>(2);
    /** Lines of the values, parallel to {@link #values} (ints: no boxing per value). */
    private int[] lines = new int[2];
    /** Other keys a shared header label text may stand for (see Labels#sharedKeys); usually empty. */
    java.util.Set<String> sharedKeys = java.util.Set.of();

    public PageField(String name, int line) {
        this.name = name;
        this.line = line;
    }

    public void add(String value, int lineNo) {
        int i = values.size();
        if (i == lines.length) {
            lines = java.util.Arrays.copyOf(lines, 2 * i);
        }
        lines[i] = lineNo;
        values.add(value);
    }

    /** The line of the i-th value. */
    int lineAt(int i) {
        return lines[i];
    }

    /** Appends a wrapped line to the last value (single-valued fields). */
    void appendToLast(String text, int lineNo) {
        if (values.isEmpty()) {
            add(text, lineNo);
        } else {
            int i = values.size() - 1;
            values.set(i, values.get(i) + "\n" + text);
        }
    }

    /** The field's key (a Solr field name, or a header label's key). */
    public String name() {
        return name;
    }

    /** The values, in page order; not to be modified. */
    public List<String> values() {
        return java.util.Collections.unmodifiableList(values);
    }

    String first() {
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return name + "@" + line + values;
    }
}

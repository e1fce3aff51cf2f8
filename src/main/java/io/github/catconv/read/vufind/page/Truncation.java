package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.LineReader.Line;
import io.github.catconv.read.marc.MarcStaffView;

/**
 * Whether the last page of an input that ends without a line break was cut short (catalogue B16).
 *
 * <p>A missing final line break alone means nothing (VuFind's own pages, copied, often end so), so
 * only a last line that is visibly incomplete counts: a staff-view line that is only the start of a
 * field name the schema knows ("publishDa"), a MARC-view row cut before or inside its subfields
 * ("245 10", "245 10 |a Title |b"), or a {@code fullrecord} whose XML or JSON is not closed. A cut
 * inside plain text cannot be told from a complete value, and such a record is written as it is.
 */
public final class Truncation {

    private Truncation() {
    }

    /** The page's last line when it is cut short, else null. */
    public static String cutLine(RecordPage page) {
        if (page.lines.isEmpty()) {
            return null;
        }
        Line last = page.lines.get(page.lines.size() - 1);
        if (!last.ok()) {
            return null;
        }
        String t = last.text();
        String s = t.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.indexOf(' ') < 0 && s.indexOf('\t') < 0 && s.equals(t) && DumpScanner.fieldName(s) != null
                && SolrSchema.get().isCutName(s)) {
            return t;
        }
        if (MarcStaffView.isCutRow(t)) {
            return t;
        }
        if (t.startsWith("fullrecord ")) {
            String v = t.substring("fullrecord ".length()).strip();
            boolean xml = v.startsWith("<") && !v.endsWith(">");
            boolean json = v.startsWith("{") && !v.endsWith("}");
            if (xml || json) {
                return t;
            }
        }
        return null;
    }
}

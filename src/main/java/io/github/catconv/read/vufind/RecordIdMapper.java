package io.github.catconv.read.vufind;

import io.github.catconv.model.Provenance;
import io.github.catconv.read.vufind.page.PageField;
import io.github.catconv.read.vufind.page.PageFields;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The record id: {@code id} without invisible characters, or, when the page has none, an id made
 * from the title, year, authors and the header rows (with a warning), so that the same record always gets the same id.
 */
final class RecordIdMapper {

    private RecordIdMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        String id = cleanId(f.first("id"));
        if (id != null) {
            m.record.id(id).provenance("id", f.from("id"));
        } else {
            StringBuilder basis = new StringBuilder().append(m.page.title).append('|').append(f.first("publishDate"))
                    .append('|').append(f.first("author")).append('|').append(m.page.summary);
            // The header's rows too (authors, "Published", format …): a header-only page has no staff
            // fields, and two different works with one title must not share an id.
            for (PageField h : m.page.header) {
                basis.append('|').append(h.name()).append('=').append(String.join("\u001f", h.values()));
            }
            id = "catconv-" + UUID.nameUUIDFromBytes(basis.toString().getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
            m.context.warn(m.startLine, id, "record has no id; using generated id " + id + " (from the title, year, authors and header)");
            m.record.id(id).provenance("id", new Provenance("(generated)", m.startLine, "hash of title, year, authors and header"));
        }
        m.id = id;
        m.sourceRecordId = f.has("id") ? id : null;
    }

    /**
     * Record ids lose zero-width characters, soft hyphens and byte order marks, and no-break spaces
     * become spaces (case B31 in docs/errors.md): invisible characters must not make two ids differ.
     */
    static String cleanId(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                sb.append(' ');
            } else if (!(c >= '\u200B' && c <= '\u200D') && c != '\u2060' && c != '\uFEFF' && c != '\u00AD') {
                sb.append(c);
            }
        }
        String id = sb.toString().strip();
        return id.isEmpty() ? null : id;
    }
}

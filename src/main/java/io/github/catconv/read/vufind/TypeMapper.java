package io.github.catconv.read.vufind;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.RecordType;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record type from {@code format} (all values, by {@link FormatTable}'s priority), else the
 * header's Format row; without either, an ISBN makes a book and a container an article.
 */
final class TypeMapper {

    private TypeMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        List<String> formats = f.values("format");
        String field = "format";
        if (formats.isEmpty()) {
            formats = new ArrayList<>();
            for (String line : f.values(PageFields.HEADER + "Format")) {
                formats.addAll(FormatTable.splitHeaderFormats(line));
            }
            field = PageFields.HEADER + "Format";
        }
        Optional<RecordType> t = FormatTable.typeOf(formats);
        if (t.equals(Optional.of(RecordType.PAPER_CONFERENCE)) && !f.has("container_title")
                && !f.has("container_reference") && !f.has("hierarchy_parent_title")
                && !f.has(PageFields.HEADER + "Published in") && !f.has(PageFields.HEADER + "Journal Title")) {
            // VuFind calls a whole proceedings volume "Conference Proceeding": without a host it is a book.
            b.type(RecordType.BOOK).provenance("type", f.from(field, "conference proceedings volume (no host)"));
            return;
        }
        if (t.isPresent()) {
            b.type(t.get()).provenance("type", f.from(field));
        } else if (f.has("isbn")) {
            b.type(RecordType.BOOK).provenance("type", f.from("isbn", "has an ISBN, no format"));
        } else if (f.has("container_title")) {
            b.type(RecordType.ARTICLE_JOURNAL).provenance("type", f.from("container_title", "part of a container, no format"));
        }
    }
}

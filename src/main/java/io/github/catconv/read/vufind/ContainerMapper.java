package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.ContainerCitation;
import io.github.catconv.catalog.DateParser;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.DateValue;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.RecordType;
import java.util.Optional;

/**
 * The container of an article or chapter: {@code container_title}, {@code container_volume},
 * {@code container_issue}, {@code container_start_page}, {@code container_reference}, the parent
 * of a hierarchy, and the header's "Published in" / "Journal Title". Numbering inside the title
 * string or the reference is split off by {@link ContainerCitation}.
 */
final class ContainerMapper {

    private ContainerMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        Container c = b.containerOrEmpty();
        String titleField = f.has("container_title") ? "container_title"
                : f.has(PageFields.HEADER + "Published in") ? PageFields.HEADER + "Published in"
                : f.has(PageFields.HEADER + "Journal Title") ? PageFields.HEADER + "Journal Title" : null;
        if (titleField == null && b.currentType() == RecordType.CHAPTER && f.has("hierarchy_parent_title")) {
            titleField = "hierarchy_parent_title";
        }
        // Catalogs put the numbering into the title string too ("Nature, Vol. 5, no. 2 (2005), p. 1-9").
        ContainerCitation inTitle = titleField == null ? ContainerCitation.parse(null)
                : ContainerCitation.parse(f.first(titleField));
        String refText = f.first("container_reference");
        ContainerCitation inRef = ContainerCitation.parse(refText);
        String title = inTitle.title();
        String titleFrom = titleField;
        if (title == null && refText != null && inRef.hasNumbering() && inRef.title() != null) {
            title = inRef.title();
            titleFrom = "container_reference";
        }
        if (title != null) {
            c = c.withTitle(Isbd.clean(title));
            b.provenance("container.title", f.from(titleFrom));
        }
        // A dedicated Solr field beats the reference, which beats numbering read from the title.
        String[] volume = pick(f.first("container_volume"), "container_volume", inRef.volume(), inTitle.volume(), titleField);
        String[] issue = pick(f.first("container_issue"), "container_issue", inRef.issue(), inTitle.issue(), titleField);
        String start = f.first("container_start_page");
        PageRange pages = start == null ? null : ContainerCitation.pageRange(start);
        String pagesFrom = "container_start_page";
        String[] parsed = pick(null, null, inRef.pages(), inTitle.pages(), titleField);
        PageRange range = parsed[0] == null ? null : ContainerCitation.pageRange(parsed[0]);
        // The parsed range wins when it starts where container_start_page says (or that is absent).
        if (range != null && (pages == null || range.format("-").startsWith(pages.format("-")))) {
            pages = range;
            pagesFrom = parsed[1];
        }
        c = c.withVolume(volume[0]).withIssue(issue[0]).withPages(pages);
        if (volume[0] != null) {
            b.provenance("container.volume", f.from(volume[1]));
        }
        if (issue[0] != null) {
            b.provenance("container.issue", f.from(issue[1]));
        }
        if (pages != null) {
            b.provenance("container.pages", f.from(pagesFrom));
        }
        b.container(c);
        String[] year = pick(null, null, inRef.year(), inTitle.year(), titleField);
        if (year[0] != null && !b.hasIssued()) {
            // A year in the numbering only fills an empty date: the catalog's own date wins.
            Optional<DateValue> d = DateParser.parse(year[0]);
            if (d.isPresent() && d.get().isParsed()) {
                b.issued(d.get()).provenance("issued", f.from(year[1], "year in the container's numbering"));
            }
        }
    }

    /** The value and its field: the dedicated field's, else the reference's, else the title string's. */
    private static String[] pick(String dedicated, String dedicatedField, String fromRef, String fromTitle, String titleField) {
        if (dedicated != null) {
            return new String[] {dedicated, dedicatedField};
        }
        if (fromRef != null) {
            return new String[] {fromRef, "container_reference"};
        }
        return new String[] {fromTitle, fromTitle == null ? null : titleField};
    }
}

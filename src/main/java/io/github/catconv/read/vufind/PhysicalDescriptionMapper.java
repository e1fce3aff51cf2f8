package io.github.catconv.read.vufind;

import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.RecordType;
import io.github.catconv.read.vufind.page.PageFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code physical} (MARC 300), else the header's Physical Description: the extent and its page
 * count; for an article or chapter whose text is only a page range, the pages in the container.
 */
final class PhysicalDescriptionMapper {

    /** "XIV, 180 S. 23 cm" → 180; "1 online resource (24 pages)" → 24. */
    private static final Pattern PAGES = Pattern.compile(
            "(\\d+)\\s*(?:p\\.|pp\\.|pages?\\b|S\\.|Seiten|str\\.|s\\.|sider|sidor|pagine|páginas|pág\\.|pagg?\\.|bl\\.|с\\.)",
            Pattern.UNICODE_CASE);

    /** "p. 241-258." / "S. 891-921" / "pp. 12–27": the pages of a part, when that is all the text says. */
    private static final Pattern PART_PAGES = Pattern.compile(
            "^(?:pp?\\.|S\\.|s\\.|С\\.|str\\.)\\s*(\\d+)\\s*[-–]\\s*(\\d+)\\.?(?:\\s*:.*)?$");

    private PhysicalDescriptionMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        String physical = f.first("physical");
        if (physical == null) {
            physical = f.first(PageFields.HEADER + "Physical Description");
        }
        if (physical == null) {
            return;
        }
        Optional<PageRange> part = partPages(physical);
        RecordType t = b.currentType();
        boolean isPart = t == RecordType.CHAPTER || t == RecordType.ARTICLE_JOURNAL || t == RecordType.ARTICLE
                || t == RecordType.PAPER_CONFERENCE || t == RecordType.ARTICLE_MAGAZINE || t == RecordType.ARTICLE_NEWSPAPER;
        if (part.isPresent() && isPart) {
            // "p. 241-258." in 300 $a is where a part sits in its host, not an extent.
            Container c = b.containerOrEmpty();
            if (c.pages() == null) {
                b.container(c.withPages(part.get()));
                b.provenance("container.pages", f.from("physical", "part pages from the physical description"));
            } else if (!c.pages().format("-").equals(part.get().format("-"))) {
                b.physicalDescription(physical);
            }
        } else {
            b.physicalDescription(physical);
            pageCount(physical).ifPresent(b::numberOfPages);
        }
    }

    static Optional<PageRange> partPages(String physical) {
        Matcher m = PART_PAGES.matcher(physical.strip());
        return m.matches() ? Optional.of(new PageRange(m.group(1), m.group(2), physical.strip())) : Optional.empty();
    }

    static Optional<String> pageCount(String physical) {
        Matcher m = PAGES.matcher(physical);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}

package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.catalog.Isbd;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.PageRange;
import io.github.catconv.model.RecordType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container of an article or chapter: {@code container_title}, {@code container_volume},
 * {@code container_issue}, {@code container_start_page}, {@code container_reference}, the parent
 * of a hierarchy, and the header's "Published in" / "Journal Title".
 */
final class ContainerMapper {

    private static final Pattern SINGLE_PAGE = Pattern.compile("[A-Za-z]?\\d+[A-Za-z]?");
    /** A page range "123-145", "123–145", "e1002", "S12-S19". */
    private static final Pattern RANGE = Pattern.compile("([A-Za-z]?\\d+[A-Za-z]?)\\s*[-–—]+\\s*([A-Za-z]?\\d+[A-Za-z]?)");

    /**
     * Parts of a citation reference as catalogs write it (MARC 773 $g), e.g. "Vol. 171, no. 4356
     * (1953), p. 737-738", "Bd. 322, H. 10 (1905), S. 891-921", "Т. 30, № 4 (1941), С. 299-303",
     * "12(3):45-67". Abbreviations of several languages.
     */
    private static final Pattern REF_VOLUME = Pattern.compile(
            "(?iu)(?:^|[\\s,;])(?:vol\\.?|v\\.|bd\\.|jg\\.|jahrg\\.|t\\.|т\\.|том|tome|tomo|årg\\.|rocz\\.)\\s*(\\d+[A-Za-z]?)");
    private static final Pattern REF_ISSUE = Pattern.compile(
            "(?iu)(?:^|[\\s,;])(?:no\\.?|nr\\.?|n\\.|nº|núm\\.|h\\.|heft|issue|№|вып\\.|fasc\\.|cah\\.)\\s*(\\d+(?:[-/]\\d+)?)");
    private static final Pattern REF_PAGES = Pattern.compile(
            "(?iu)(?:^|[\\s,;])(?:pp?\\.|s\\.|с\\.|str\\.|pages?|blz\\.|old\\.)\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–—]+\\s*[A-Za-z]?\\d+[A-Za-z]?)?)");
    /** The compact form "12(3):45-67" or "12:45-67". */
    private static final Pattern REF_COMPACT = Pattern.compile(
            "^(\\d+)\\s*(?:\\((\\d+(?:[-/]\\d+)?)\\))?\\s*:\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–—]+\\s*[A-Za-z]?\\d+[A-Za-z]?)?)");

    private ContainerMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        Container c = b.containerOrEmpty();
        String title = first(f, "container_title", PageFields.HEADER + "Published in", PageFields.HEADER + "Journal Title");
        String titleField = f.has("container_title") ? "container_title"
                : f.has(PageFields.HEADER + "Published in") ? PageFields.HEADER + "Published in" : PageFields.HEADER + "Journal Title";
        if (title == null && b.currentType() == RecordType.CHAPTER) {
            title = f.first("hierarchy_parent_title");
            titleField = "hierarchy_parent_title";
        }
        if (title != null) {
            c = c.withTitle(Isbd.clean(title));
            b.provenance("container.title", f.from(titleField));
        }
        String volume = f.first("container_volume");
        String issue = f.first("container_issue");
        String start = f.first("container_start_page");
        String ref = f.first("container_reference");
        PageRange pages = start == null ? null : pages(start);
        if (ref != null) {
            String[] parts = reference(ref);
            volume = volume == null ? parts[0] : volume;
            issue = issue == null ? parts[1] : issue;
            PageRange fromRef = parts[2] == null ? null : pages(parts[2]);
            // The reference's range wins when it starts where container_start_page says (or that is absent).
            if (fromRef != null && (pages == null || fromRef.format("-").startsWith(pages.format("-")))) {
                pages = fromRef;
            }
        }
        c = c.withVolume(volume).withIssue(issue).withPages(pages);
        if (volume != null) {
            b.provenance("container.volume", f.from(f.has("container_volume") ? "container_volume" : "container_reference"));
        }
        if (issue != null) {
            b.provenance("container.issue", f.from(f.has("container_issue") ? "container_issue" : "container_reference"));
        }
        if (pages != null) {
            b.provenance("container.pages", f.from(pages.last() != null && ref != null ? "container_reference" : "container_start_page"));
        }
        b.container(c);
    }

    /** Volume, issue and pages of a citation reference; null where absent. */
    static String[] reference(String ref) {
        Matcher c = REF_COMPACT.matcher(ref.strip());
        if (c.find()) {
            return new String[] {c.group(1), c.group(2), c.group(3)};
        }
        return new String[] {group(REF_VOLUME, ref), group(REF_ISSUE, ref), group(REF_PAGES, ref)};
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    static PageRange pages(String text) {
        String t = text.strip();
        if (!t.isEmpty() && ".,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            return new PageRange(m.group(1), m.group(2), t);
        }
        if (SINGLE_PAGE.matcher(t).matches()) {
            return new PageRange(t, null, t);
        }
        return new PageRange(null, null, t);
    }

    private static String first(PageFields f, String... names) {
        for (String n : names) {
            String v = f.first(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}

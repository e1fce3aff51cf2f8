package io.github.catconv.read.vufind;

import io.github.catconv.catalog.Isbd;
import io.github.catconv.internal.HtmlText;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Provenance;
import io.github.catconv.read.vufind.page.PageFields;

/**
 * Title and subtitle from {@code title_short} + {@code title_sub}, else {@code title} split at the
 * ISBD " : ", else the header's title line; the short title when {@code title_short} differs.
 * A statement of responsibility that leaked into a title field is cut off.
 */
final class TitleMapper {

    private TitleMapper() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        String sub = withoutResponsibility(f.first("title_sub"));
        String shortT = withoutResponsibility(f.first("title_short"));
        String title = withoutResponsibility(f.first("title"));
        if (sub != null && shortT != null) {
            b.title(Isbd.clean(shortT)).provenance("title", f.from("title_short"));
            b.subtitle(Isbd.clean(sub)).provenance("subtitle", f.from("title_sub"));
        } else if (title != null) {
            splitIsbdTitle(b, title, f.from("title"));
        } else if (m.page.title != null) {
            String pageTitle = m.page.title;
            String t = withoutResponsibility(HtmlText.hasEntities(pageTitle) ? HtmlText.decodeEntities(pageTitle) : pageTitle);
            splitIsbdTitle(b, t, new Provenance("header:title", m.page.titleLine, ""));
        }
        String fullShort = shortT == null ? null : Isbd.clean(shortT);
        if (fullShort != null && sub == null && title != null && !fullShort.equals(Isbd.clean(title))) {
            b.shortTitle(fullShort).provenance("shortTitle", f.from("title_short"));
        }
    }

    /** Title and subtitle from one catalogued title, split at the ISBD " : " (MARC 245 $a : $b). */
    private static void splitIsbdTitle(BibRecord.Builder b, String title, Provenance from) {
        int colon = title.indexOf(" : ");
        if (colon > 0) {
            Provenance split = new Provenance(from.field(), from.line(), "split at ISBD ' : '");
            b.title(Isbd.clean(title.substring(0, colon))).provenance("title", split);
            b.subtitle(Isbd.clean(title.substring(colon + 3))).provenance("subtitle", split);
        } else {
            b.title(Isbd.clean(title)).provenance("title", from);
        }
    }

    /** Cuts a statement of responsibility (" / by …", MARC 245 $c) that leaked into a title field. */
    private static String withoutResponsibility(String t) {
        if (t == null) {
            return null;
        }
        int slash = t.indexOf(" / ");
        return slash > 0 ? t.substring(0, slash) : t;
    }
}

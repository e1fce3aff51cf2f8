package io.github.catconv.read.vufind;

import io.github.catconv.model.Provenance;

/**
 * The abstract from the header's description snippet, when no field gave one and the snippet is
 * the whole text: VuFind cuts it at 300 characters and ends it in "...", and a cut text is not the
 * abstract. VuFind 9+ shows an original-script title (MARC 880) in the same place: text of the ISBD
 * title shape is no summary either.
 */
final class SummarySnippetMapper {

    private SummarySnippetMapper() {
    }

    static void map(PageMapping m) {
        String s = m.page.summary;
        if (s != null && !m.isFilled(MappingTable.Target.ABSTRACT) && !s.endsWith("...") && !s.endsWith("…")
                && !s.endsWith(" /") && !(s.contains(" : ") && s.contains(" / "))) {
            m.record.abstractText(s).provenance("abstract", new Provenance("header:summary", m.page.summaryLine, ""));
        }
    }
}

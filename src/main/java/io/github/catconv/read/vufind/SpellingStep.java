package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.PageFields;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Container;
import io.github.catconv.model.RecordType;
import java.util.List;

/**
 * Facts for which {@code spelling} is the only source: an article's journal abbreviation and the
 * rights statement (the exact date, the place and series numbers are mined where those are mapped).
 */
final class SpellingStep {

    private SpellingStep() {
    }

    static void map(PageMapping m) {
        PageFields f = m.fields;
        BibRecord.Builder b = m.record;
        if (!f.has("spelling")) {
            return;
        }
        SpellingMiner miner = SpellingMiner.of(f);
        String description = f.first("description");
        Container c = b.containerOrEmpty();
        RecordType t = b.currentType();
        boolean article = t == RecordType.ARTICLE_JOURNAL || t == RecordType.ARTICLE;
        if (article && c.shortTitle() == null) {
            List<String> subjects = f.values("topic");
            miner.journalAbbreviation(f.values("author"), description, subjects)
                    .filter(abbr -> !abbr.equalsIgnoreCase(c.title() == null ? "" : c.title()))
                    .filter(abbr -> !abbr.equalsIgnoreCase(f.first("publisher") == null ? "" : f.first("publisher")))
                    .ifPresent(abbr -> {
                b.container(c.withShortTitle(abbr));
                b.provenance("container.shortTitle", f.from("spelling", "between last author and abstract"));
            });
        }
        miner.rights(description).ifPresent(r -> {
            b.rights(r);
            b.provenance("rights", f.from("spelling", "copyright/licence statement after the abstract"));
        });
    }
}

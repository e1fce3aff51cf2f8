package io.github.catconv.read.fullrecord;

import io.github.catconv.model.RecordType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Type words of harvested records (Dublin Core {@code type}, MODS {@code genre}) → record type.
 * Covers the DCMI Type Vocabulary, the OpenAIRE/DRIVER {@code info:eu-repo/semantics/*} types and
 * common repository words. The first entry whose key the value contains wins, so specific keys
 * ("bookpart", "book chapter") come before general ones ("book").
 */
final class HarvestedTypes {

    /** Ordered table: lower-case key (spaces and hyphens removed) → type. */
    private static final List<Map.Entry<String, RecordType>> TABLE = List.of(
            Map.entry("bookpart", RecordType.CHAPTER),
            Map.entry("bookchapter", RecordType.CHAPTER),
            Map.entry("chapter", RecordType.CHAPTER),
            Map.entry("conferencepaper", RecordType.PAPER_CONFERENCE),
            Map.entry("conferenceobject", RecordType.PAPER_CONFERENCE),
            Map.entry("newspaperarticle", RecordType.ARTICLE_NEWSPAPER),
            Map.entry("magazinearticle", RecordType.ARTICLE_MAGAZINE),
            Map.entry("article", RecordType.ARTICLE_JOURNAL),
            Map.entry("contribution", RecordType.ARTICLE_JOURNAL),
            Map.entry("doctoralthesis", RecordType.THESIS),
            Map.entry("masterthesis", RecordType.THESIS),
            Map.entry("bachelorthesis", RecordType.THESIS),
            Map.entry("thesis", RecordType.THESIS),
            Map.entry("dissertation", RecordType.THESIS),
            Map.entry("workingpaper", RecordType.REPORT),
            Map.entry("report", RecordType.REPORT),
            Map.entry("book", RecordType.BOOK),
            Map.entry("monograph", RecordType.BOOK),
            Map.entry("dataset", RecordType.DATASET),
            Map.entry("software", RecordType.SOFTWARE),
            Map.entry("stillimage", RecordType.GRAPHIC),
            Map.entry("image", RecordType.GRAPHIC),
            Map.entry("movingimage", RecordType.MOTION_PICTURE),
            Map.entry("sound", RecordType.SONG),
            Map.entry("map", RecordType.MAP),
            Map.entry("cartographic", RecordType.MAP),
            Map.entry("periodical", RecordType.PERIODICAL),
            Map.entry("journal", RecordType.PERIODICAL),
            Map.entry("manuscript", RecordType.MANUSCRIPT));

    private HarvestedTypes() {
    }

    /**
     * The type one value names.
     *
     * @param value e.g. "Journal Article", "info:eu-repo/semantics/doctoralThesis"; may be null
     * @return the type, empty for unknown words and DCMI "Text"
     */
    static Optional<RecordType> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        for (Map.Entry<String, RecordType> e : TABLE) {
            if (key.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}

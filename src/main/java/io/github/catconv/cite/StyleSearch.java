package io.github.catconv.cite;

import java.util.List;
import java.util.Objects;

/**
 * Searches the installed CSL styles by id and title words, for {@code catconv styles}.
 *
 * <p>Reads only the style artifact's files (the {@code info} header of each), never citeproc-java.
 */
public final class StyleSearch {

    /**
     * One matching style.
     *
     * @param id the style id to pass to {@code --style}
     * @param title the style's title
     * @param parent the id of the independent style a dependent style renders with, or null
     */
    public record Match(String id, String title, String parent) {
    }

    private StyleSearch() {
    }

    /**
     * The styles whose id or title contains every word, case-insensitively, sorted by id.
     *
     * @param words search words, not null; an empty list matches every style
     * @return the matches, never null; empty when the styles artifact is not on the class path
     */
    public static List<Match> find(List<String> words) {
        Objects.requireNonNull(words, "words");
        return StyleCatalog.search(words).stream()
                .map(e -> new Match(e.id(), e.title(), e.parent()))
                .toList();
    }
}

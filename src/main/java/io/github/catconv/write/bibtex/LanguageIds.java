package io.github.catconv.write.bibtex;

import io.github.catconv.catalog.BabelLanguages;
import java.util.Optional;

/**
 * BCP 47 language tag → babel/polyglossia language name, as biblatex's {@code langid} wants it
 * (biblatex manual §2.2.3 "langid" and §4.11.8 language support; babel manual language list).
 *
 * <p>Region-specific names come first ({@code en-US} → american, {@code pt-BR} → brazil), then the
 * primary subtag; a tag that already is a babel name ("English") is kept. Unknown tags have no
 * name: writers then omit {@code langid}. The table is {@link BabelLanguages}, shared with the
 * BibTeX reader.
 */
public final class LanguageIds {

    private LanguageIds() {
    }

    /**
     * The babel/polyglossia name for a BCP 47 tag such as {@code en}, {@code pt-BR} or {@code grc}.
     *
     * @param tag the tag, may be null or malformed
     * @return the name, or empty when the tag is null or not in the table
     */
    public static Optional<String> babelName(String tag) {
        return BabelLanguages.babelName(tag);
    }
}

package io.github.catconv.write.bibtex;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.bibtex.keys.KeyAssigner;
import io.github.catconv.write.bibtex.keys.KeyMapFile;
import io.github.catconv.write.bibtex.keys.KeyPattern;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the options both writers share ({@code key-pattern}, {@code key-map}) and opens a sink.
 */
final class BibWriterSupport {

    private BibWriterSupport() {
    }

    /**
     * Opens a sink for one dialect.
     *
     * @throws CatconvException (usage) on a bad key pattern or key-map path
     */
    static RecordSink open(Writer out, WriteContext context, Dialect dialect, LatexEncoder encoder,
                           boolean extendedNames) {
        String patternText = context.option(BibtexWriter.KEY_PATTERN).orElseThrow();
        KeyPattern pattern;
        try {
            pattern = KeyPattern.parse(patternText);
        } catch (IllegalArgumentException e) {
            // KeyPattern.parse says what is wrong with the pattern (an unknown field, an open bracket).
            throw context.invalidValue(BibtexWriter.KEY_PATTERN, patternText, e.getMessage());
        }
        KeyMapFile keyMap = null;
        String keyMapPath = context.option(BibtexWriter.KEY_MAP).orElse(null);
        if (keyMapPath != null) {
            try {
                keyMap = new KeyMapFile(Path.of(keyMapPath));
            } catch (InvalidPathException e) {
                throw context.invalidValue(BibtexWriter.KEY_MAP, keyMapPath, "not a valid path (" + e.getReason() + ")");
            }
        }
        return new BibSink(out, context, dialect, encoder, new NameFormatter(encoder, extendedNames),
                new KeyAssigner(pattern), keyMap);
    }
}

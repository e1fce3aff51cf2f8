package io.github.catconv.write.bibtex;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
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
     * @throws CatconvException with {@link ExitStatus#USAGE} on a bad key pattern or key-map path
     */
    static RecordSink open(Writer out, WriteContext context, Dialect dialect, LatexEncoder encoder,
                           boolean extendedNames) {
        KeyPattern pattern;
        try {
            pattern = KeyPattern.parse(context.option("key-pattern").orElse(KeyPattern.DEFAULT));
        } catch (IllegalArgumentException e) {
            throw new CatconvException(ExitStatus.USAGE, e.getMessage(), e);
        }
        KeyMapFile keyMap = null;
        if (context.option("key-map").isPresent()) {
            try {
                keyMap = new KeyMapFile(Path.of(context.option("key-map").get()));
            } catch (InvalidPathException e) {
                throw new CatconvException(ExitStatus.USAGE, "key-map: not a valid path: " + e.getInput(), e);
            }
        }
        return new BibSink(out, context, dialect, encoder, new NameFormatter(encoder, extendedNames),
                new KeyAssigner(pattern), keyMap);
    }
}

package io.github.catconv.write.bibtex;

import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import io.github.catconv.write.bibtex.keys.KeyPattern;
import java.io.Writer;
import java.util.List;

/**
 * Writes classic BibTeX ({@code --to bibtex}) for bibtex 0.99 and its standard styles.
 *
 * <p>ASCII output by default: Latin letters with diacritics become LaTeX accent commands
 * ({@code {\'e}}), other scripts stay UTF-8; the flag {@code unicode} keeps all text UTF-8.
 * Options: {@code key-pattern} (see {@link io.github.catconv.write.bibtex.keys.KeyPattern}),
 * {@code key-map} (a file path for {@code record-id<TAB>key} lines). Entries stream; the writer
 * never closes the stream it is given. The type and field tables are in docs/bibtex.md.
 */
public final class BibtexWriter implements RecordWriter {

    /** The citation key pattern; shared with {@link BiblatexWriter}. */
    static final WriterOption KEY_PATTERN = WriterOption.value("key-pattern", "PATTERN",
            "Citation key pattern (fields and modifiers: docs/bibtex.md).", KeyPattern.DEFAULT);
    /** Where the record-id → key lines go; shared with {@link BiblatexWriter}. */
    static final WriterOption KEY_MAP = WriterOption.value("key-map", "FILE",
            "Also write record-id<TAB>key lines to FILE.");
    static final WriterOption UNICODE = WriterOption.flag("unicode", "Keep UTF-8 instead of LaTeX escapes.");

    /** Needed by {@link java.util.ServiceLoader}. */
    public BibtexWriter() {
    }

    @Override
    public String id() {
        return "bibtex";
    }

    @Override
    public String description() {
        return "BibTeX for bibtex and classic .bst styles (ASCII with LaTeX accents; --unicode keeps UTF-8)";
    }

    @Override
    public String fileExtension() {
        return "bib";
    }

    @Override
    public List<WriterOption> options() {
        return List.of(KEY_PATTERN, KEY_MAP, UNICODE);
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.catconv.diag.CatconvException (usage) on a bad {@code key-pattern} or {@code key-map}
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) {
        LatexEncoder encoder = context.flag(UNICODE) ? LatexEncoder.unicode() : LatexEncoder.ascii();
        return BibWriterSupport.open(out, context, Dialect.BIBTEX, encoder, false);
    }
}

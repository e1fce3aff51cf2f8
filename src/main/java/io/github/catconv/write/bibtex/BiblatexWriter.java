package io.github.catconv.write.bibtex;

import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;
import java.io.Writer;
import java.util.List;

/**
 * Writes BibLaTeX ({@code --to biblatex}) for biber: UTF-8, EDTF {@code date}, {@code langid},
 * {@code journaltitle}, {@code location}, {@code eprint}.
 *
 * <p>Options: {@code key-pattern}, {@code key-map} (as for {@link BibtexWriter}) and
 * {@code name-format=extended} for biblatex's extended name format
 * ({@code family=…, given=…, prefix=…, useprefix=…}). Entries stream; the writer never closes
 * the stream it is given. The type and field tables are in docs/bibtex.md.
 */
public final class BiblatexWriter implements RecordWriter {

    static final WriterOption NAME_FORMAT = WriterOption.oneOf("name-format", "FORMAT",
            "Names: extended writes family=..., given=..., prefix=..., useprefix=... (biblatex manual 3.4.1).",
            "classic", "classic", "extended");

    /** Needed by {@link java.util.ServiceLoader}. */
    public BiblatexWriter() {
    }

    @Override
    public String id() {
        return "biblatex";
    }

    @Override
    public String description() {
        return "BibLaTeX for biber (UTF-8, EDTF dates; name-format=extended for particles)";
    }

    @Override
    public String fileExtension() {
        return "bib";
    }

    @Override
    public List<WriterOption> options() {
        return List.of(BibtexWriter.KEY_PATTERN, BibtexWriter.KEY_MAP, NAME_FORMAT);
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.catconv.diag.CatconvException (usage) on a bad {@code key-pattern},
     *         {@code key-map} or {@code name-format}
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) {
        boolean extendedNames = context.choice(NAME_FORMAT).equals("extended");
        return BibWriterSupport.open(out, context, Dialect.BIBLATEX, LatexEncoder.unicode(), extendedNames);
    }
}

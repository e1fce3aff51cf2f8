package io.github.catconv.write.citation;

import io.github.catconv.cite.CitationSettings;
import io.github.catconv.cite.CiteprocSink;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterOption;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The {@code citation} writer: a bibliography or in-text citations in any CSL style, rendered
 * with citeproc-java.
 *
 * <p>Unlike the other writers it buffers: a bibliography is sorted (and names and years
 * disambiguated) over the whole set, so nothing is written before the last record is in. Options
 * ({@code style}, {@code locale}, {@code format}, {@code mode}, {@code standalone}) are read by
 * {@link CitationSettings}; see {@code docs/citations.md}.
 *
 * <p>This class refers to no citeproc-java type: {@link java.util.ServiceLoader} instantiates it
 * whenever writers are listed, and citeproc-java is loaded only by {@link #open}, through
 * {@link CiteprocSink}.
 */
public final class CitationWriter implements RecordWriter {

    /** Public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public CitationWriter() {
        // Stateless: every open() makes its own processor.
    }

    @Override
    public String id() {
        return "citation";
    }

    @Override
    public String description() {
        return "formatted bibliography or citations in any CSL style (--style, --locale, --format, --mode);"
                + " buffers all records to sort";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public List<WriterOption> options() {
        return CitationSettings.OPTIONS;
    }

    /**
     * Loads the style and locale and starts a buffered output on {@code out}. Nothing is written
     * until {@link RecordSink#finish()}.
     *
     * @param out the target, not null; never closed by this writer
     * @param context options and diagnostics, not null
     * @return a sink that collects records and renders them on {@code finish()}
     * @throws io.github.catconv.diag.CatconvException with status {@code USAGE} for an unknown
     *         style, locale, format or mode, naming close matches
     * @throws IOException never in practice: nothing is written here
     */
    @Override
    public RecordSink open(Writer out, WriteContext context) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(context, "context");
        return CiteprocSink.open(out, CitationSettings.from(context), context);
    }
}

package io.github.catconv.cite;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.output.Bibliography;
import de.undercouch.citeproc.output.Citation;
import io.github.catconv.cite.CitationSettings.Mode;
import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.diag.Severity;
import io.github.catconv.model.BibRecord;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.WriteContext;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One citation output: collects the records as citeproc-java items and renders them all on
 * {@link #finish()} with one processor, built once (style and locale parsed once) and reused for
 * every item. A long list is sorted without citeproc-java's quadratic registration
 * ({@link SortOrder}) and rendered on both cores with a second processor ({@link ProcessorPair}); the
 * output is the same as citeproc-java's own path gives.
 */
public final class CiteprocSink implements RecordSink {

    private final Writer out;
    private final WriteContext context;
    private final CitationSettings settings;
    private final StyleCatalog.Style style;
    private final String locale;
    private final ItemStore store = new ItemStore();
    private final DefaultLocaleProvider locales = new DefaultLocaleProvider();
    private final AbbreviationProvider abbreviations = new DefaultAbbreviationProvider();
    private final CSL processor;
    /** The sorted ids the processor was given, or null when it sorted them itself. */
    private List<String> order;

    private CiteprocSink(Writer out, WriteContext context, CitationSettings settings,
                         StyleCatalog.Style style, String locale) {
        this.out = out;
        this.context = context;
        this.settings = settings;
        this.style = style;
        this.locale = locale;
        this.processor = newProcessor();
    }

    /**
     * Loads style, locale and output format and builds the processor; writes nothing.
     *
     * @throws CatconvException with {@link ExitStatus#USAGE} for an unknown or unusable style,
     *         locale or format, or a style without bibliography in bibliography mode
     */
    public static CiteprocSink open(Writer out, CitationSettings settings, WriteContext context) {
        StyleCatalog.Style style = StyleCatalog.load(settings.style());
        if (settings.mode() == Mode.BIBLIOGRAPHY && !style.bibliography()) {
            throw new CatconvException(ExitStatus.USAGE, "citation: style '" + style.id()
                    + "' defines no bibliography; use --mode citation");
        }
        String locale = LocaleCatalog.choose(settings.requestedLocale(), style.defaultLocale());
        CiteprocSink sink = new CiteprocSink(out, context, settings, style, locale);
        if (settings.standalone() && !"html".equals(settings.format())) {
            context.diagnostics().report(new Diagnostic(Severity.WARNING, null, 0, null,
                    "citation: --standalone applies to --format html only; ignored"));
        }
        return sink;
    }

    /** A processor for the style, locale and format of this output, sharing the items. */
    private CSL newProcessor() {
        CSL p;
        try {
            p = new CSL(store, locales, abbreviations, style.xml(), locale);
        } catch (IOException | RuntimeException e) {
            throw new CatconvException(ExitStatus.USAGE, "citation: cannot use style '" + style.id() + "': "
                    + io.github.catconv.internal.Printable.message(e), e);
        }
        setFormat(p, settings.format());
        return p;
    }

    private static void setFormat(CSL processor, String format) {
        if (!CSL.getSupportedOutputFormats().contains(format)) {
            throw new CatconvException(ExitStatus.USAGE, "citation: unknown --format '" + format + "'; use one of "
                    + String.join(", ", CSL.getSupportedOutputFormats()));
        }
        if ("html".equals(format)) {
            processor.setOutputFormat(new SafeLinkHtmlFormat());
            processor.setConvertLinks(true);
        } else if ("text".equals(format)) {
            processor.setOutputFormat(new MarginTextFormat());
        } else {
            processor.setOutputFormat(format);
        }
    }

    /** Buffers one record; nothing is written until {@link #finish()}. */
    @Override
    public void write(BibRecord record) {
        store.add(record, context);
    }

    /** Renders every buffered record, writes the output and flushes. */
    @Override
    public void finish() throws IOException {
        boolean document = settings.standalone() && "html".equals(settings.format());
        if (document) {
            out.write(HtmlDocument.start(locale, settings.mode() == Mode.BIBLIOGRAPHY ? "Bibliography" : "Citations"));
        }
        if (!store.isEmpty()) {
            try {
                render(document);
            } catch (CatconvException e) {
                throw e;
            } catch (RuntimeException e) {
                // One record citeproc-java cannot render must not cost the others: find it, reject it,
                // render the rest (nothing was written yet: output is written after rendering).
                if (!rejectUnrenderable()) {
                    throw e;
                }
                if (!store.isEmpty()) {
                    render(document);
                }
            }
        }
        if (document) {
            out.write(HtmlDocument.end());
        }
        out.flush();
    }

    /**
     * Registers the items: in the order {@link SortOrder} found, numbered in that order (what
     * citeproc-java's own sorted registration gives, without its quadratic cost), or the plain way.
     */
    private void register(CSL p) {
        if (order != null) {
            p.registerCitationItems(order, true);
        } else {
            p.registerCitationItems(store.idsInOrder());
        }
    }

    /**
     * Sorts, registers and renders the items; a long list on both cores ({@link ProcessorPair}), the
     * second processor sharing the items and the (never written) abbreviation provider.
     */
    private void render(boolean document) throws IOException {
        List<CSLItemData> items = store.itemsInOrder();
        try (ProcessorPair work = ProcessorPair.start(processor, this::newProcessor,
                items.size() >= ParallelBibliography.MIN_ITEMS)) {
            order = SortOrder.of(work, processor, abbreviations, items,
                    style.xml().contains("citation-number")).orElse(null);
            register(processor);
            if (settings.mode() == Mode.BIBLIOGRAPHY) {
                writeBibliography(ParallelBibliography.make(work, processor, this::register,
                        !"asciidoc".equals(settings.format())));
            } else {
                writeCitations(document);
            }
        }
    }

    /** Items per probe when looking for the records that cannot be rendered. */
    private static final int PROBE = 64;

    /**
     * Finds the items that citeproc-java cannot render, by probing groups of them on a processor of
     * their own and then each item of a failing group alone (paired with a copy of itself, so that
     * sorting compares it too), and rejects them, naming their records.
     *
     * @return false when no single item fails (the failure needs several items: not ours to split)
     */
    private boolean rejectUnrenderable() {
        Map<String, CSLItemData> probe = new HashMap<>();
        ItemDataProvider provider = new ItemDataProvider() {
            @Override
            public CSLItemData retrieveItem(String id) {
                return probe.get(id);
            }

            @Override
            public Collection<String> getIds() {
                return probe.keySet();
            }
        };
        CSL p;
        try {
            p = new CSL(provider, locales, new DefaultAbbreviationProvider(), style.xml(), locale);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        setFormat(p, settings.format());
        List<CSLItemData> items = store.itemsInOrder();
        Map<String, String> bad = new LinkedHashMap<>();
        for (int from = 0; from < items.size(); from += PROBE) {
            List<CSLItemData> group = items.subList(from, Math.min(items.size(), from + PROBE));
            if (failure(p, probe, group) == null) {
                continue;
            }
            for (CSLItemData item : group) {
                CSLItemData twin = new CSLItemDataBuilder(item).id(item.getId() + "\u0000twin").build();
                String why = failure(p, probe, List.of(item, twin));
                if (why != null) {
                    bad.put(item.getId(), why);
                }
            }
        }
        for (Map.Entry<String, String> e : bad.entrySet()) {
            ItemStore.Origin o = store.origin(e.getKey());
            context.rejectWritten(o.file(), o.line(), o.recordId(), "citation: citeproc-java cannot render this record ("
                    + e.getValue() + "); not written");
            store.remove(e.getKey());
        }
        return !bad.isEmpty();
    }

    /** Why rendering these items fails, or null when it does not. */
    private String failure(CSL p, Map<String, CSLItemData> probe, List<CSLItemData> group) {
        probe.clear();
        for (CSLItemData item : group) {
            probe.put(item.getId(), item);
        }
        try {
            List<String> ids = group.stream().map(CSLItemData::getId).toList();
            p.registerCitationItems(ids);
            if (settings.mode() == Mode.BIBLIOGRAPHY) {
                p.makeBibliography();
            } else {
                for (String id : ids) {
                    p.makeCitation(id);
                }
            }
            return null;
        } catch (RuntimeException e) {
            return io.github.catconv.internal.Printable.message(e);
        }
    }

    private void writeBibliography(Bibliography b) throws IOException {
        if ("text".equals(settings.format())) {
            // Text entries end in a line break already; one entry per line, no blank lines.
            for (String entry : b.getEntries()) {
                out.write(entry.stripTrailing());
                out.write('\n');
            }
            return;
        }
        writeLine(b.makeString());
    }

    /**
     * One citation per record, in input order. A later citation can change an earlier one
     * (disambiguation, "ibid."), which citeproc-java reports by index: the last text of each
     * index is written.
     */
    private void writeCitations(boolean document) throws IOException {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        for (String id : store.idsInOrder()) {
            List<Citation> changed = processor.makeCitation(id);
            for (Citation c : changed) {
                byIndex.put(c.getIndex(), c.getText());
            }
        }
        for (String text : byIndex.values()) {
            writeLine(document ? "<p class=\"csl-citation\">" + text.strip() + "</p>" : text);
        }
    }

    private void writeLine(String s) throws IOException {
        String t = s.stripTrailing();
        out.write(t);
        out.write('\n');
    }
}

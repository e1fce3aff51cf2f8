package io.github.catconv.cite;

import de.undercouch.citeproc.AbbreviationProvider;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.internal.CollectingVariableListener;
import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.SBibliography;
import de.undercouch.citeproc.csl.internal.SKey;
import de.undercouch.citeproc.helper.AlphanumComparator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The order in which citeproc-java 3.5 would sort a bibliography, computed in n log n with each
 * sort key rendered once per item.
 *
 * <p>{@code CSL.registerCitationItems} inserts the items one at a time at the place
 * {@code Collections.binarySearch} finds (an item that compares equal to the one probed goes to
 * the end), renders the sort keys of both items for every comparison, and rebuilds every later
 * item to renumber it after each insertion: quadratic, 18 s for 10,000 items. This class runs the
 * same insertion on the rendered keys (the same comparison: empty keys last, then citeproc-java's
 * {@link AlphanumComparator}, times the key's direction), so the processor can then be given
 * the items already in order with {@code registerCitationItems(order, true)}, which numbers them
 * 1, 2, 3… as the sorted path would.
 *
 * <p>That holds only while no key depends on the citation number (the sorted path compares items
 * that already have a number with one that has none, and a key that reads the number flips the
 * numbering direction); for such styles, and whenever citeproc-java's internals cannot be read,
 * {@link #of} returns empty and the caller registers the plain way.
 */
final class SortOrder {

    private static final String NUMBER = "citation-number";

    private final List<SKey> keys;
    private final AbbreviationProvider abbreviations;
    private final boolean mentionsNumber;

    private SortOrder(List<SKey> keys, AbbreviationProvider abbreviations, boolean mentionsNumber) {
        this.keys = keys;
        this.abbreviations = abbreviations;
        this.mentionsNumber = mentionsNumber;
    }

    /**
     * The item ids in the order citeproc-java's sorted registration would give them.
     *
     * @param work the processors that render the keys, the first one being {@code processor}
     * @param processor the processor the items will be registered with, not null
     * @param abbreviations the processors' abbreviation provider
     * @param items the items in input order, ids unique, not null
     * @param mentionsNumber whether the style's text contains {@code citation-number} anywhere (if
     *        not, no key can depend on it and the check for that is skipped)
     * @return the ids, or empty when the plain registration must be used (fewer than two items,
     *         no bibliography sort, a key that depends on the citation number or fails to render,
     *         citeproc-java's internals not readable)
     */
    static Optional<List<String>> of(ProcessorPair work, CSL processor, AbbreviationProvider abbreviations,
                                     List<CSLItemData> items, boolean mentionsNumber) {
        if (items.size() < 2) {
            return Optional.empty(); // One item: the plain path renders nothing and is as fast.
        }
        Optional<CiteprocAccess.Parts> parts = CiteprocAccess.parts(processor);
        SBibliography bibliography = parts.map(p -> p.style().getBibliography()).orElse(null);
        if (bibliography == null || bibliography.getSort() == null) {
            return Optional.empty(); // Unsorted: citeproc-java appends, which is linear already.
        }
        Optional<List<SKey>> keys = CiteprocAccess.keys(bibliography.getSort());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        SortOrder order = new SortOrder(keys.get(), abbreviations, mentionsNumber);
        String[][] rendered = order.renderAll(work, items);
        if (Arrays.asList(rendered).contains(null)) {
            return Optional.empty();
        }
        return Optional.of(order.insertAll(items, rendered, parts.get().locale().getLang()));
    }

    /** The keys of every item, rendered in chunks on both processors; null for an item that failed. */
    private String[][] renderAll(ProcessorPair work, List<CSLItemData> items) {
        int size = ProcessorPair.chunkSize(items.size());
        String[][][] chunks = new String[ProcessorPair.chunkCount(items.size(), size)][][];
        work.forEachChunk(chunks, p -> { }, (p, c) -> {
            CiteprocAccess.Parts parts = CiteprocAccess.parts(p).orElseThrow();
            List<CSLItemData> chunk = items.subList(c * size, Math.min(items.size(), (c + 1) * size));
            return chunk.stream().map(item -> render(parts, item)).toArray(String[][]::new);
        });
        return Arrays.stream(chunks).flatMap(Arrays::stream).toArray(String[][]::new);
    }

    /** Every key of one item, or null when one depends on the citation number or fails. */
    private String[] render(CiteprocAccess.Parts parts, CSLItemData item) {
        try {
            String[] out = new String[keys.size()];
            CSLItemData numbered = mentionsNumber
                    ? new CSLItemDataBuilder(item).citationNumber("1").build() : null;
            for (int k = 0; k < out.length; k++) {
                CollectingVariableListener listener = new CollectingVariableListener();
                out[k] = render(parts, keys.get(k), item, listener);
                if (listener.getCalled().contains(NUMBER)
                        || numbered != null && !out[k].equals(render(parts, keys.get(k), numbered, listener))) {
                    return null;
                }
            }
            return out;
        } catch (RuntimeException e) {
            return null; // Let citeproc-java's own path fail (or not) the way it does.
        }
    }

    private String render(CiteprocAccess.Parts parts, SKey key, CSLItemData item, CollectingVariableListener listener) {
        RenderContext ctx = new RenderContext(parts.style(), parts.locale(), item, abbreviations);
        ctx.addVariableListener(listener);
        key.render(ctx);
        return ctx.getResult().toString();
    }

    /** Binary insertion exactly as {@code CSL.registerItems} does it, on the rendered keys. */
    private List<String> insertAll(List<CSLItemData> items, String[][] rendered, Locale lang) {
        AlphanumComparator text = new AlphanumComparator(lang);
        List<Integer> sorted = new ArrayList<>(items.size());
        for (int item = 0; item < rendered.length; item++) {
            int low = 0;
            int high = sorted.size() - 1;
            int at = -1;
            while (low <= high && at < 0) {
                int mid = (low + high) >>> 1;
                int cmp = compare(text, rendered[sorted.get(mid)], rendered[item]);
                if (cmp < 0) {
                    low = mid + 1;
                } else if (cmp > 0) {
                    high = mid - 1;
                } else {
                    at = sorted.size(); // "Found": citeproc-java appends such an item.
                }
            }
            sorted.add(at >= 0 ? at : low, item);
        }
        List<String> ids = new ArrayList<>(sorted.size());
        for (int i : sorted) {
            ids.add(items.get(i).getId());
        }
        return ids;
    }

    /** {@code SSort.SortComparator.compare} on rendered keys. */
    private int compare(AlphanumComparator text, String[] a, String[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k].isEmpty() && !b[k].isEmpty()) {
                return 1;
            }
            if (!a[k].isEmpty() && b[k].isEmpty()) {
                return -1;
            }
            int c = text.compare(a[k], b[k]);
            if (c != 0) {
                return c * keys.get(k).getSort();
            }
        }
        return 0;
    }
}

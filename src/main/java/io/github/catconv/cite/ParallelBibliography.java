package io.github.catconv.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Renders a long bibliography on two cores ({@link ProcessorPair}), in chunks of consecutive entries
 * that are joined in order.
 *
 * <p>citeproc-java 3.5 renders each bibliography entry from its own item alone (the item with
 * its citation number; no disambiguation or author substitution across entries), so a chunk
 * rendered by {@code makeBibliography(filter)} holds exactly the entries one call would give for
 * those items. Entries do not depend on their position except in AsciiDoc (a line break before
 * every entry but the first), which is therefore rendered in one piece.
 */
final class ParallelBibliography {

    /** Below this many items a second processor costs more (style parsing) than it saves. */
    static final int MIN_ITEMS = 400;

    private ParallelBibliography() {
    }

    /**
     * The bibliography of the items registered with {@code first}.
     *
     * @param work the processors to share the work between
     * @param first the caller's processor, items registered
     * @param register registers the items with the twin exactly as with {@code first}
     * @param split false to render in one piece on {@code first}
     * @return the same bibliography {@code first.makeBibliography()} gives
     */
    static Bibliography make(ProcessorPair work, CSL first, Consumer<CSL> register, boolean split) {
        List<String> ids = first.getRegisteredItems().stream().map(CSLItemData::getId).toList();
        if (!split || ids.size() < MIN_ITEMS) {
            return first.makeBibliography();
        }
        Map<String, Integer> position = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        int size = ProcessorPair.chunkSize(ids.size());
        Bibliography[] parts = new Bibliography[ProcessorPair.chunkCount(ids.size(), size)];
        work.forEachChunk(parts, register, (p, c) -> p.makeBibliography(chunk(position, c * size, size)));
        return join(parts);
    }

    private static Predicate<CSLItemData> chunk(Map<String, Integer> position, int from, int size) {
        return item -> {
            int p = position.get(item.getId());
            return p >= from && p < from + size;
        };
    }

    /** One bibliography of the chunks' entries, in order, framed as each chunk is. */
    private static Bibliography join(Bibliography[] parts) {
        List<String> entries = new ArrayList<>();
        for (Bibliography p : parts) {
            entries.addAll(Arrays.asList(p.getEntries()));
        }
        Bibliography f = parts[0];
        return new Bibliography(entries.toArray(new String[0]), f.getBibStart(), f.getBibEnd(),
                f.getEntryIds(), f.getMaxOffset(), f.getEntrySpacing(), f.getLineSpacing(),
                f.getHangingIndent(), f.getDone(), f.getSecondFieldAlign());
    }
}

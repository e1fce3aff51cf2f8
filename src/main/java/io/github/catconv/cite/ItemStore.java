package io.github.catconv.cite;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import io.github.catconv.model.BibRecord;
import io.github.catconv.write.WriteContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one output as citeproc-java items, in input order: citeproc-java's
 * {@link ItemDataProvider} seam.
 *
 * <p>The processor keys items by id, so two records with the same id would collapse into one
 * reference. The second and later ones get the id {@code id#2}, {@code id#3}, … and a warning;
 * {@link io.github.catconv.csl.CslMapping} then keeps the catalog's id in {@code note}.
 */
final class ItemStore implements ItemDataProvider {

    private final Map<String, CSLItemData> items = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    /** Where each item's record came from, for a diagnostic that names it. */
    private final Map<String, Origin> origins = new HashMap<>();

    /** A record's id and place in the input. */
    record Origin(String recordId, String file, int line) {
    }

    /**
     * Adds a record.
     *
     * @param record the record, not null
     * @param context where a duplicate id is reported, not null
     */
    void add(BibRecord record, WriteContext context) {
        String id = record.id();
        if (items.containsKey(id)) {
            int n = 2;
            while (items.containsKey(id + "#" + n)) {
                n++;
            }
            id = id + "#" + n;
            context.warn(record, "citation: record id occurs more than once; cited as '" + id + "'");
        }
        items.put(id, CslItems.of(record, id));
        ids.add(id);
        origins.put(id, new Origin(record.id(), record.source().file(), record.source().line()));
    }

    /** Where the record of an item came from. */
    Origin origin(String id) {
        return origins.get(id);
    }

    /** Drops an item (a record that cannot be rendered). */
    void remove(String id) {
        items.remove(id);
        ids.remove(id);
        origins.remove(id);
    }

    /** True when no record was added. */
    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The item ids in input order, unmodifiable. */
    List<String> idsInOrder() {
        return Collections.unmodifiableList(ids);
    }

    /** The items in input order. */
    List<CSLItemData> itemsInOrder() {
        return ids.stream().map(items::get).toList();
    }

    /**
     * The item with this id.
     *
     * @return the item, or null for an unknown id (the contract of {@link ItemDataProvider})
     */
    @Override
    public CSLItemData retrieveItem(String id) {
        return items.get(id);
    }

    /** The item ids in input order. */
    @Override
    public Collection<String> getIds() {
        return idsInOrder();
    }
}

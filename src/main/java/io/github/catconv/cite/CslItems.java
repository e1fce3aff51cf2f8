package io.github.catconv.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import io.github.catconv.csl.CslMapping;
import io.github.catconv.model.BibRecord;

import java.util.Map;
import java.util.Objects;

/**
 * Builds citeproc-java items from the neutral CSL tree of {@link CslMapping}, the tree the
 * CSL-JSON writer prints.
 *
 * <p>The tree already is CSL-JSON in memory (maps, lists, strings, integers, booleans, with the
 * variable names of the CSL 1.0.2 specification, Appendix IV), so it goes through citeproc-java's
 * own CSL-JSON reader, {@link CSLItemData#fromJson(Map)}: every variable the CSL-JSON output
 * holds reaches the processor under the same name, and no second mapping exists that could drift
 * from the first. {@code CslItemsTest} checks the round trip for every sample.
 */
final class CslItems {

    private CslItems() {
    }

    /**
     * The citeproc-java item of a record, with the given item id.
     *
     * @param record the record, not null
     * @param itemId the id the processor knows the item by, not null
     * @return a new item, never null
     */
    static CSLItemData of(BibRecord record, String itemId) {
        return fromTree(CslMapping.toCsl(record, itemId));
    }

    /**
     * The citeproc-java item of a CSL tree.
     *
     * @param tree a tree made by {@link CslMapping#toCsl}, not null
     * @return a new item, never null
     * @throws IllegalArgumentException when the tree has no {@code id} or {@code type}
     */
    static CSLItemData fromTree(Map<String, Object> tree) {
        Objects.requireNonNull(tree, "tree");
        if (!(tree.get("id") instanceof String) || !(tree.get("type") instanceof String)) {
            throw new IllegalArgumentException("CSL item without id or type: " + tree.keySet());
        }
        return CSLItemData.fromJson(tree);
    }
}

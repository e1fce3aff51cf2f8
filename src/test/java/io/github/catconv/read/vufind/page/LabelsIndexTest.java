package io.github.catconv.read.vufind.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * labels-index.tsv, the table {@link Labels} loads, is labels.tsv under the rule of Labels: each
 * text in its look-up form ({@link Labels#normalize}), resolved to the key of its first row in the
 * best context. Recomputed here, so a stale index fails (rerun {@code tools/gen-vufind-tables.py}).
 */
class LabelsIndexTest {

    /** Field labels win over tab, toolbar and navigation texts that happen to be spelled alike. */
    private static int contextRank(String context) {
        switch (context) {
            case "core": return 0;
            case "description": return 1;
            case "header": return 2;
            default: return 3;
        }
    }

    /** What the index must hold, computed from labels.tsv: key by text, context by key, shared keys. */
    private record Index(Map<String, String> keyByText, Map<String, String> contextByKey,
                         Map<String, Set<String>> shared) {
    }

    private static Index recompute() {
        Map<String, String> byText = new TreeMap<>();
        Map<String, Integer> rank = new TreeMap<>();
        Map<String, String> ctx = new LinkedHashMap<>();
        Map<String, Set<String>> all = new TreeMap<>();
        for (String[] c : Labels.rows("labels.tsv")) {
            String text = Labels.normalize(c[2]);
            int rk = contextRank(c[1]);
            if (rk <= 1) {
                all.computeIfAbsent(text, k -> new TreeSet<>()).add(c[0]);
            }
            Integer old = rank.get(text);
            if (old == null || rk < old) {
                byText.put(text, c[0]);
                rank.put(text, rk);
            }
            ctx.put(c[0], c[1]);
        }
        all.values().removeIf(keys -> keys.size() < 2);
        return new Index(byText, ctx, all);
    }

    private static Index stored() {
        Map<String, String> byText = new TreeMap<>();
        Map<String, String> ctx = new LinkedHashMap<>();
        Map<String, Set<String>> shared = new TreeMap<>();
        for (String[] row : Labels.rows("labels-index.tsv")) {
            if (row[0].equals("*")) {
                shared.put(row[1], new TreeSet<>(List.of(row).subList(2, row.length)));
            } else {
                ctx.put(row[0], row[1]);
                for (int i = 2; i < row.length; i++) {
                    assertEquals(null, byText.put(row[i], row[0]), "listed twice: " + row[i]);
                }
            }
        }
        return new Index(byText, ctx, shared);
    }

    @Test
    void indexIsLabelsTsvUnderTheLookUpRule() {
        Index want = recompute();
        Index got = stored();
        assertEquals(want.contextByKey(), got.contextByKey(), "labels-index.tsv is stale: tools/gen-vufind-tables.py");
        assertEquals(want.shared(), got.shared(), "labels-index.tsv is stale: tools/gen-vufind-tables.py");
        List<String> diff = new ArrayList<>();
        want.keyByText().forEach((text, key) -> {
            if (!key.equals(got.keyByText().get(text))) {
                diff.add(text + ": want " + key + ", stored " + got.keyByText().get(text));
            }
        });
        got.keyByText().keySet().stream().filter(t -> !want.keyByText().containsKey(t))
                .forEach(t -> diff.add(t + ": stored, not in labels.tsv"));
        assertEquals(List.of(), diff, "labels-index.tsv is stale: tools/gen-vufind-tables.py");
    }

    @Test
    void everyLabelLooksUpAsTheRuleSays() {
        Index want = recompute();
        Labels labels = Labels.get();
        List<String> wrong = new ArrayList<>();
        for (String[] c : Labels.rows("labels.tsv")) {
            String key = want.keyByText().get(Labels.normalize(c[2]));
            Set<String> shared = want.shared().getOrDefault(Labels.normalize(c[2]), Set.of());
            if (!labels.keyOf(c[2]).equals(Optional.of(key)) || !labels.contextOf(c[0]).equals(c[1])
                    || !List.copyOf(labels.sharedKeys(c[2] + ":")).equals(List.copyOf(shared))) {
                wrong.add(String.join("\t", c));
            }
        }
        assertEquals(List.of(), wrong);
    }
}

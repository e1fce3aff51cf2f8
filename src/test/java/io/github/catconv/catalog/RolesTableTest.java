package io.github.catconv.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.catconv.model.ContributorRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * roles-terms.tsv, the table {@link Roles} loads, is the rule of the Roles class comment applied to
 * roles.tsv and roles-vufind.tsv: recomputed here from those two files, so a stale table fails (rerun
 * {@code python3 tools/gen-roles.py --terms}).
 */
class RolesTableTest {

    /** The table as the rule makes it: lookup key to role. */
    static Map<String, ContributorRole> recompute() {
        Map<String, ContributorRole> codes = new HashMap<>();
        Map<String, Boolean> isMarc = new HashMap<>();
        Map<String, ContributorRole> abbreviations = new HashMap<>();
        Roles.readTsv("roles.tsv", cols -> {
            ContributorRole role = ContributorRole.valueOf(cols[1]);
            if ("abbr".equals(cols[2])) {
                abbreviations.put(Roles.normalize(cols[0]), role);
            } else {
                codes.put(Roles.normalize(cols[0]), role);
                isMarc.merge(Roles.normalize(cols[0]), "marc".equals(cols[2]), Boolean::logicalOr);
            }
        });
        Map<String, Map<ContributorRole, Integer>> marcVotes = new HashMap<>();
        Map<String, Map<ContributorRole, Integer>> otherVotes = new HashMap<>();
        Roles.readTsv("roles-vufind.tsv", cols -> {
            String key = Roles.normalize(cols[0]);
            Map<String, Map<ContributorRole, Integer>> votes = isMarc.get(key) ? marcVotes : otherVotes;
            votes.computeIfAbsent(Roles.normalize(cols[1]), k -> new EnumMap<>(ContributorRole.class))
                    .merge(codes.get(key), cols[2].split(",").length, Integer::sum);
        });
        Map<String, ContributorRole> terms = new TreeMap<>();
        otherVotes.forEach((label, v) -> terms.put(label, winner(v)));
        marcVotes.forEach((label, v) -> terms.put(label, winner(v)));
        terms.putAll(abbreviations);
        terms.putAll(codes);
        return terms;
    }

    private static ContributorRole winner(Map<ContributorRole, Integer> votes) {
        ContributorRole best = null;
        int bestVotes = -1;
        for (Map.Entry<ContributorRole, Integer> e : votes.entrySet()) { // EnumMap: declaration order
            if (e.getKey() != ContributorRole.CONTRIBUTOR && e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return best != null ? best : ContributorRole.CONTRIBUTOR;
    }

    /** roles-terms.tsv as written: role, then its lookup keys. */
    private static Map<String, ContributorRole> stored() {
        Map<String, ContributorRole> stored = new TreeMap<>();
        Roles.readTsv("roles-terms.tsv", cols -> {
            for (int i = 1; i < cols.length; i++) {
                ContributorRole old = stored.put(cols[i], ContributorRole.valueOf(cols[0]));
                assertEquals(null, old, "listed twice: " + cols[i]);
            }
        });
        return stored;
    }

    @Test
    void storedTableIsTheRuleAppliedToTheSources() {
        Map<String, ContributorRole> want = recompute();
        Map<String, ContributorRole> got = stored();
        List<String> diff = new ArrayList<>();
        want.forEach((k, v) -> {
            if (got.get(k) != v) {
                diff.add(k + ": want " + v + ", stored " + got.get(k));
            }
        });
        got.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> diff.add(k + ": stored, not a term"));
        assertEquals(List.of(), diff, "roles-terms.tsv is stale: python3 tools/gen-roles.py --terms");
    }

    @Test
    void everyStoredTermLooksUpToItsRole() {
        List<String> wrong = new ArrayList<>();
        recompute().forEach((term, role) -> {
            if (!Roles.fromTerm(term).equals(Optional.of(role))) {
                wrong.add(term + " -> " + Roles.fromTerm(term) + ", want " + role);
            }
        });
        assertEquals(List.of(), wrong);
    }
}

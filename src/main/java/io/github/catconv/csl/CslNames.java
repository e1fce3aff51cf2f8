package io.github.catconv.csl;

import io.github.catconv.model.Agent;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.Contributor;
import io.github.catconv.model.ContributorRole;
import io.github.catconv.model.Organization;
import io.github.catconv.model.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes contributors as CSL name variables ({@code author}, {@code editor}, …).
 *
 * <p>Follows the CSL-JSON name model (CSL 1.0.2 spec, "Name-part order"; schema
 * {@code csl-data.json#/definitions/name-variable}): a person is an object with the parts
 * {@code family}, {@code given}, {@code non-dropping-particle}, {@code dropping-particle} and
 * {@code suffix}, absent parts left out; a name that could not be split and every organisation is
 * {@code {"literal": name}}, which citeproc-js, citeproc-java and pandoc print unchanged and never
 * try to reorder or abbreviate.
 */
public final class CslNames {

    private CslNames() {
    }

    /**
     * The name variables of a record, keyed by CSL variable, each list in source order.
     * {@link ContributorRole#THESIS_ADVISOR} is left out (CSL has no variable for it; see
     * {@link CslNotes}).
     *
     * @param record the record, not null
     * @return a new insertion-ordered map, empty when the record has no mappable contributor
     */
    public static Map<String, List<Map<String, Object>>> names(BibRecord record) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Contributor c : record.contributors()) {
            if (c.role() == ContributorRole.THESIS_ADVISOR) {
                continue;
            }
            out.computeIfAbsent(c.role().cslVariable(), k -> new ArrayList<>()).add(name(c.agent()));
        }
        return out;
    }

    /**
     * One CSL name object for an agent.
     *
     * @param agent a person or organisation, not null
     * @return a new insertion-ordered map; never empty, since the model guarantees a family or
     *         literal name
     */
    public static Map<String, Object> name(Agent agent) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (agent instanceof Organization org) {
            out.put("literal", org.name());
        } else if (agent instanceof Person p) {
            if (p.isLiteral()) {
                out.put("literal", p.literal());
            } else {
                putIfPresent(out, "family", p.family());
                putIfPresent(out, "given", p.given());
                putIfPresent(out, "non-dropping-particle", p.nonDroppingParticle());
                putIfPresent(out, "dropping-particle", p.droppingParticle());
                putIfPresent(out, "suffix", p.suffix());
            }
        }
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}

package io.github.catconv.catalog;

import io.github.catconv.model.Agent;
import io.github.catconv.model.ContributorRole;
import java.util.Objects;
import java.util.Optional;

/**
 * Result of parsing one catalog name heading with {@link NameParser}.
 *
 * @param agent the person or organisation; never null
 * @param role the role named in the heading (MARC $e relator or VuFind's "(Editor)"); never null,
 *             empty when the heading names none or an unknown one
 * @param roleTerm the role term as written ("editor", "Hrsg.", "Herausgeber"); null when none
 * @param lifeDates the life dates as written, without MARC's closing full stop ("1950-2010",
 *                  "b. 1950"); null when none or for organisations
 */
public record ParsedName(Agent agent, Optional<ContributorRole> role, String roleTerm, String lifeDates) {

    /** Checks that agent and role are present. */
    public ParsedName {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(role, "role");
    }
}

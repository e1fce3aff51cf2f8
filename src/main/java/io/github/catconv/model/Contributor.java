package io.github.catconv.model;

import java.util.Objects;

/**
 * One contributor of a record: who, and in which role.
 *
 * @param role what the agent did
 * @param agent the person or organisation
 */
public record Contributor(ContributorRole role, Agent agent) {

    public Contributor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agent, "agent");
    }
}

package io.github.catconv.model;

/**
 * Who contributed: a structured {@link Person} or an {@link Organization}.
 */
public sealed interface Agent permits Person, Organization {

    /** The name as one display string, for keys, logs and fallbacks. */
    String displayName();
}

package io.github.catconv.model;

/**
 * Kinds of identifier a record can carry. The id is the stable lower-case external name.
 */
public enum IdentifierScheme {
    DOI("doi"),
    PMID("pmid"),
    PMCID("pmcid"),
    ISBN("isbn"),
    ISSN("issn"),
    OCLC("oclc"),
    LCCN("lccn"),
    HANDLE("handle"),
    ARXIV("arxiv"),
    URN("urn"),
    ISMN("ismn"),
    /** A local control number, e.g. "(DE-599)GBV690250223". */
    CONTROL_NUMBER("ctrlnum");

    private final String id;

    IdentifierScheme(String id) {
        this.id = id;
    }

    /** Stable lower-case external id. */
    public String id() {
        return id;
    }
}

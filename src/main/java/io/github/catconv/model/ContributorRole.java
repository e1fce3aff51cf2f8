package io.github.catconv.model;

/**
 * What a contributor did. Each role names the CSL 1.0.2 name variable it is written to.
 */
public enum ContributorRole {
    AUTHOR("author"),
    EDITOR("editor"),
    TRANSLATOR("translator"),
    ILLUSTRATOR("illustrator"),
    COMPILER("compiler"),
    CONTRIBUTOR("contributor"),
    DIRECTOR("director"),
    COMPOSER("composer"),
    PERFORMER("performer"),
    INTERVIEWER("interviewer"),
    RECIPIENT("recipient"),
    CURATOR("curator"),
    ORGANIZER("organizer"),
    PRODUCER("producer"),
    NARRATOR("narrator"),
    SERIES_EDITOR("collection-editor"),
    CHAIR("chair"),
    ORIGINAL_AUTHOR("original-author"),
    /** Degree supervisor; CSL has no variable, so CSL writers put it in {@code note}. */
    THESIS_ADVISOR("contributor");

    private final String cslVariable;

    ContributorRole(String cslVariable) {
        this.cslVariable = cslVariable;
    }

    /** The CSL name variable this role is written to. */
    public String cslVariable() {
        return cslVariable;
    }
}

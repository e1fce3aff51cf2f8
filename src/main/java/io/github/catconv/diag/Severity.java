package io.github.catconv.diag;

/** How bad a problem is. {@code ERROR} rejects a record or file; {@code WARNING} does not. */
public enum Severity {
    INFO("info"),
    WARNING("warning"),
    ERROR("error");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Lower-case label used on stderr. */
    public String label() {
        return label;
    }
}

package io.github.catconv.diag;

import java.util.Objects;

/**
 * A problem that stops the current run (or the current file), carrying its exit status.
 * The CLI maps it to one stderr line and the exit code, in one place.
 */
public class CatconvException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ExitStatus status;

    public CatconvException(ExitStatus status, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
    }

    public CatconvException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    public ExitStatus status() {
        return status;
    }
}

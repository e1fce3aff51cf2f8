package io.github.catconv.diag;

/**
 * The process exit statuses, as in sysexits.h, so batch scripts can tell outcomes apart.
 * This is the one table; {@code --help} lists it.
 */
public enum ExitStatus {
    OK(0, "all records written (warnings allowed)"),
    USAGE(64, "usage error: bad option, argument or format id"),
    DATA_ERROR(65, "some records or files rejected; all good records written"),
    NO_INPUT(66, "no input could be read"),
    SOFTWARE(70, "internal error (a bug; --debug shows the stack trace)"),
    CANT_CREATE(73, "output could not be created"),
    IO_ERROR(74, "write failed, e.g. disk full");

    private final int code;
    private final String meaning;

    ExitStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}

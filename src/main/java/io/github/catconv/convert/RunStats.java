package io.github.catconv.convert;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one run. {@code read == written + rejected} always holds at the end.
 */
public final class RunStats {
    final AtomicLong files = new AtomicLong();
    final AtomicLong filesRejected = new AtomicLong();
    final AtomicLong filesUnreadable = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong internalErrors = new AtomicLong();

    public long files() { return files.get(); }
    public long filesRejected() { return filesRejected.get(); }
    public long filesUnreadable() { return filesUnreadable.get(); }
    public long read() { return read.get(); }
    public long written() { return written.get(); }
    public long rejected() { return rejected.get(); }
    public long warnings() { return warnings.get(); }
    public long errors() { return errors.get(); }
    public long internalErrors() { return internalErrors.get(); }

    /** The one-line summary printed on stderr. */
    public String summary() {
        return String.format("summary: %d file%s (%d rejected), %d records read, %d written, %d rejected, %d warning%s",
                files(), files() == 1 ? "" : "s", filesRejected(), read(), written(), rejected(),
                warnings(), warnings() == 1 ? "" : "s");
    }
}

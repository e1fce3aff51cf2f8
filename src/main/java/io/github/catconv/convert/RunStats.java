package io.github.catconv.convert;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one run. Every record a reader finds is read, and leaves in exactly one way:
 * {@code read == written + rejected + skipped} always holds at the end (a record rejected after it
 * was written, such as one citeproc-java cannot render, moves from written to rejected).
 */
public final class RunStats {
    final AtomicLong files = new AtomicLong();
    final AtomicLong filesRejected = new AtomicLong();
    final AtomicLong filesUnreadable = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong unknownFields = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong internalErrors = new AtomicLong();

    public long files() { return files.get(); }
    public long filesRejected() { return filesRejected.get(); }
    public long filesUnreadable() { return filesUnreadable.get(); }
    public long read() { return read.get(); }
    public long written() { return written.get(); }
    public long rejected() { return rejected.get(); }
    /** Records read that held nothing to write (an empty document, a value that is no document). */
    public long skipped() { return skipped.get(); }
    /** Fields kept whose names the reader's schema does not know (catalogue B19), one per record and name. */
    public long unknownFields() { return unknownFields.get(); }
    public long warnings() { return warnings.get(); }
    public long errors() { return errors.get(); }
    public long internalErrors() { return internalErrors.get(); }

    /** The one-line summary printed on stderr (unknown fields only when there were any). */
    public String summary() {
        String unknown = unknownFields() == 0 ? ""
                : String.format(", %d unknown field%s kept", unknownFields(), unknownFields() == 1 ? "" : "s");
        return String.format("summary: %d file%s (%d rejected), %d records read, %d written, %d rejected, %d skipped,"
                        + " %d warning%s%s", files(), files() == 1 ? "" : "s", filesRejected(), read(), written(),
                rejected(), skipped(), warnings(), warnings() == 1 ? "" : "s", unknown);
    }
}

package io.github.catconv.read;

import io.github.catconv.diag.Severity;

/**
 * Findings that are reported once per input, not once per record: double-encoded text (one
 * warning says what to do about all of it). One instance per input, used in input order.
 */
public final class OncePerFile {

    private boolean mojibakeReported;

    /** Reports the record's double-encoded value if it is the first of this input. */
    public void report(ValueCleaner.Cleaned cleaned, ReadContext ctx) {
        if (cleaned != null && cleaned.mojibakeField() != null) {
            mojibake(cleaned.mojibakeLine(), cleaned.id(), cleaned.mojibakeField(), cleaned.mojibakeValue(), ctx);
        }
    }

    /**
     * Reports double-encoded text (catalogue B10) once per input.
     *
     * @param line where it is
     * @param recordId the record that holds it
     * @param field the field that holds it
     * @param value the text as read
     */
    public void mojibake(int line, String recordId, String field, String value, ReadContext ctx) {
        if (mojibakeReported) {
            return;
        }
        mojibakeReported = true;
        String sample = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        if (ctx.options().fixMojibake()) {
            ctx.report(Severity.INFO, line, recordId, "value looks double-encoded (mojibake): repaired, e.g. " + field
                    + " '" + sample + "' -> '" + ValueCleaner.repairDoubleEncoding(sample) + "' (reported once per file)");
        } else {
            ctx.warn(line, recordId, "value looks double-encoded (mojibake): " + field + " '" + sample
                    + "'; --fix-mojibake repairs it (reported once per file)");
        }
    }
}

package io.github.catconv.diag;

import java.util.Objects;

/**
 * One problem found in the input or while writing.
 *
 * @param severity how bad
 * @param file source file name ("-" for standard input), or null when not about a file
 * @param line 1-based line, 0 when unknown
 * @param recordId the record concerned, or null
 * @param message what happened, one line
 */
public record Diagnostic(Severity severity, String file, int line, String recordId, String message) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        message = message.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * The one-line form used on stderr: {@code error FILE:LINE: [record-id] message}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(80);
        sb.append(severity.label()).append(' ');
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (recordId != null) {
            sb.append('[').append(recordId).append("] ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}

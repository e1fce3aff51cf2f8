package io.github.catconv.read.bibtex;

import io.github.catconv.internal.LineReader;
import io.github.catconv.read.ValueCleaner;
import java.io.Closeable;
import java.io.IOException;

/**
 * The characters of a {@code .bib} file, one at a time, with line numbers: lines come from the
 * {@link LineReader} (so CRLF, LF, a BOM, bad bytes and overlong lines are handled once, there) and
 * are joined by {@code '\n'}. Only the current line is held. While {@link #startCapture capturing},
 * every character consumed is also kept (up to a cap), for the rejects file.
 */
final class BibSource implements Closeable {

    /** End of input. */
    static final int EOF = -1;
    /** Raw text kept of one entry for {@code --rejects}; longer entries are cut. */
    private static final int CAPTURE_CAP = 1 << 20;

    private final LineReader lines;
    private String line;
    private int pos;
    private int lineNo;
    private String lineError;
    private boolean eof;
    private boolean entryLine;
    private StringBuilder capture;
    /** Lines of the current entry that lost control or bidi characters. */
    private final java.util.List<Integer> cleaned = new java.util.ArrayList<>();

    BibSource(LineReader lines) throws IOException {
        this.lines = lines;
        advanceLine();
    }

    /** Loads the next line; at the end of input {@link #peek} gives {@link #EOF}. */
    private void advanceLine() throws IOException {
        LineReader.Line l = lines.next();
        if (l == null) {
            eof = true;
            line = "";
            pos = 0;
            entryLine = false;
            return;
        }
        lineNo = l.number();
        lineError = l.error();
        // Cleaned before parsing, as every line reader does: a control character must not hide a field name.
        line = l.ok() ? ValueCleaner.line(l.text()) : "";
        if (l.ok() && ValueCleaner.hasRemovable(l.text()) && cleaned.size() < 1000) {
            cleaned.add(lineNo);
        }
        pos = 0;
        entryLine = startsEntry(line);
    }

    /** The current character, {@code '\n'} at a line end, or {@link #EOF}. */
    int peek() {
        if (eof) {
            return EOF;
        }
        return pos < line.length() ? line.charAt(pos) : '\n';
    }

    /** Consumes and returns the current character. */
    int next() throws IOException {
        int c = peek();
        if (c == EOF) {
            return EOF;
        }
        if (capture != null && capture.length() < CAPTURE_CAP) {
            capture.append((char) c);
        }
        if (pos < line.length()) {
            pos++;
        } else {
            advanceLine();
        }
        return c;
    }

    /** Consumes the rest of the current line, line end included. */
    void skipLine() throws IOException {
        if (eof) {
            return;
        }
        if (capture != null && capture.length() < CAPTURE_CAP) {
            capture.append(line, pos, line.length()).append('\n');
        }
        advanceLine();
    }

    /** True when a line from {@code first} to the current one lost control or bidi characters. */
    boolean cleanedSince(int first) {
        for (int n : cleaned) {
            if (n >= first && n <= lineNo) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the cleaned lines before the entry that starts now. */
    void forgetCleaned() {
        cleaned.removeIf(n -> n < lineNo);
    }

    /** Line of the current character (1-based). */
    int line() {
        return lineNo;
    }

    /** True at the first character of a line whose first non-blank character starts an entry ({@code @type{}). */
    boolean atEntryLine() {
        return !eof && pos == 0 && entryLine;
    }

    /** True when the current line begins, after blanks, with {@code %} (a comment between entries). */
    boolean atCommentLine() {
        if (eof || pos != 0) {
            return false;
        }
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i < line.length() && line.charAt(i) == '%';
    }

    /** The decoding error of the current line ({@link LineReader.Line#error}), or null. */
    String lineError() {
        return pos == 0 && !eof ? lineError : null;
    }

    boolean atEof() {
        return eof;
    }

    void startCapture() {
        capture = new StringBuilder(256);
    }

    /** The text consumed since {@link #startCapture}, and stops capturing. */
    String endCapture() {
        String s = capture == null ? "" : capture.toString();
        capture = null;
        return s;
    }

    /** {@code ^\s*@[A-Za-z]+\s*[{(]} without a regular expression. */
    static boolean startsEntry(String l) {
        int i = 0;
        int n = l.length();
        while (i < n && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n || l.charAt(i) != '@') {
            return false;
        }
        i++;
        int start = i;
        while (i < n && ((l.charAt(i) | 0x20) >= 'a' && (l.charAt(i) | 0x20) <= 'z')) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < n && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        return i < n && (l.charAt(i) == '{' || l.charAt(i) == '(');
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}

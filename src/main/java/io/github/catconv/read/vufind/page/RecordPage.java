package io.github.catconv.read.vufind.page;

import io.github.catconv.internal.LineReader.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one record page, as split off the input by {@link DumpScanner}.
 */
public final class RecordPage {

    public final List<Line> lines = new ArrayList<>(64);
    /**
     * Parallel to {@link #lines}: the line's field name when the schema knows it (as the scanner
     * found it, so the parser need not look again), else null.
     */
    final List<String> knownNames = new ArrayList<>(64);
    /** Numbers of this page's lines that cleaning changed (control or bidi characters removed). */
    public final List<Integer> cleanedLines = new ArrayList<>(0);
    /** True for the last page of an input that ends without a line break: it may be cut short. */
    public boolean atUnterminatedEnd;

    void add(Line line, String knownName) {
        lines.add(line);
        knownNames.add(knownName);
    }

    /** Drops the last line (a line cut short at the end of the input). */
    public void dropLastLine() {
        lines.remove(lines.size() - 1);
        knownNames.remove(knownNames.size() - 1);
    }

    public int startLine() {
        return lines.isEmpty() ? 0 : lines.get(0).number();
    }

    boolean isBlank() {
        for (Line l : lines) {
            if (!l.ok() || !l.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The first line that could not be read, if any. */
    public Line firstBadLine() {
        for (Line l : lines) {
            if (!l.ok()) {
                return l;
            }
        }
        return null;
    }

    /** The page as text, for the rejects file. */
    public String rawText() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.ok() ? l.text() : "").append('\n');
        }
        return sb.toString();
    }
}

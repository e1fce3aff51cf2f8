package io.github.catconv.read.frame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Cuts a stream of JSON into its documents at the byte level, without parsing their values, so that
 * each document can go to a fresh parser and one broken document costs only itself (Jackson cannot
 * read on after an error). Holds one document at a time.
 *
 * <p>Documents are the top-level objects (one document, or JSON lines), the objects of a top-level
 * array, and, with {@code solrResponses}, the objects of {@code response.docs} of a Solr select
 * response (a top-level object whose first key is a response key); a Solr {@code error} object is
 * handed out as such. The framer follows strings, escapes and the JSON grammar of brackets, colons
 * and commas; numbers, literals, escapes and UTF-8 are left to the parser.
 *
 * <p>A document is broken when a string holds a raw line break (JSON forbids it: the string was cut),
 * a bracket, colon or comma stands where the grammar has no place for it (a missing brace, a cut
 * line), it is deeper than {@value #MAX_DEPTH} or longer than the cap, or the input ends inside it.
 * Reading then resumes at the next document boundary: the first '{' after a ',' or '[' or at the
 * start of a line and before a '"' or '}', searched from the start of the broken document (so a
 * document that the broken one seemed to swallow is found again) or else after the point of the error.
 */
public final class JsonFramer {

    /** Deepest nesting followed (that of the parsers, {@code JsonLimits.MAX_DEPTH}). */
    public static final int MAX_DEPTH = 100;
    private static final String TOO_DEEP = "nesting depth over " + MAX_DEPTH;

    /** What {@link #next} found. */
    public enum Kind {
        /** One complete document: an object, grammatically framed. */
        DOCUMENT,
        /** A broken document: its bytes as far as they were kept (null past the cap) and the problem. */
        BROKEN,
        /** A value that is no document (a string or number where a document was expected). */
        SKIPPED,
        /** The {@code error} object of a Solr response. */
        ERROR_OBJECT,
        /** Something outside the documents that does not stop reading (a warning). */
        NOTE,
        /** The input cannot be framed further (broken outside any document); the last frame. */
        UNREADABLE
    }

    /**
     * One piece of the input.
     *
     * @param kind what it is
     * @param bytes the document's bytes (DOCUMENT, BROKEN, ERROR_OBJECT), or null
     * @param line the line where it starts
     * @param problem what is wrong (BROKEN, SKIPPED, NOTE, UNREADABLE), or null
     * @param atEnd true when a BROKEN document was cut by the end of the input
     */
    public record Frame(Kind kind, byte[] bytes, int line, String problem, boolean atEnd) {
        /** The bytes as text (malformed UTF-8 replaced), for the rejects file; "" when none were kept. */
        public String text() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Keys that start a Solr response object (Solr reference guide, "Response Writers"). */
    public static final Set<String> RESPONSE_KEYS = Set.of(
            "responseHeader", "response", "grouped", "facet_counts", "highlighting", "error", "debug",
            "spellcheck", "moreLikeThis", "stats", "nextCursorMark", "expanded");

    // Grammar states of a container.
    private static final int TOP = 0;
    private static final int OBJ_KEY_OR_END = 1;
    private static final int OBJ_KEY = 2;
    private static final int OBJ_COLON = 3;
    private static final int OBJ_VALUE = 4;
    private static final int OBJ_NEXT = 5;
    private static final int ARR_VALUE_OR_END = 6;
    private static final int ARR_VALUE = 7;
    private static final int ARR_NEXT = 8;

    // What a container is.
    private static final int PLAIN = 0;
    private static final int DOC = 1;
    private static final int DOC_ARRAY = 2;
    private static final int RESPONSE_ROOT = 3;
    private static final int RESPONSE_OBJ = 4;
    private static final int ERROR = 5;
    /** A top-level object whose first key has not been read yet: a document or a response. */
    private static final int UNDECIDED = 6;
    /** An array where a document belongs: skipped, and said so once it is closed. */
    private static final int NOT_A_DOC = 7;

    private final ByteInput in;
    private final int maxDocumentBytes;
    private final boolean solrResponses;

    private final int[] state = new int[MAX_DEPTH + 2];
    private final int[] kind = new int[MAX_DEPTH + 2];
    private final String[] lastKey = new String[MAX_DEPTH + 2];
    private int depth;
    /** Depth of the container whose elements are documents while inside a document, else -1. */
    private int docParent = -1;
    private int docLine;
    private final byte[] keyBuf = new byte[64];
    private boolean done;

    /**
     * @param in the input (UTF-8, or an ASCII-compatible encoding); not closed by the framer
     * @param maxDocumentBytes longest document kept; a longer one is rejected as a whole
     * @param solrResponses look for {@code response.docs} in a top-level object with a response key
     */
    public JsonFramer(InputStream in, int maxDocumentBytes, boolean solrResponses) {
        this.in = new ByteInput(in, maxDocumentBytes);
        this.maxDocumentBytes = maxDocumentBytes;
        this.solrResponses = solrResponses;
        state[0] = TOP;
        kind[0] = PLAIN;
    }

    /** A grammar violation, thrown inside {@link #next} and turned into a frame. */
    private final class Violation extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean atEnd;
        final int line;

        Violation(String message, boolean atEnd) {
            this(message, atEnd, in.line());
        }

        Violation(String message, boolean atEnd, int line) {
            super(message, null, false, false);
            this.atEnd = atEnd;
            this.line = line;
        }

        /** True for a nesting too deep: no document boundary inside is worth going back to. */
        boolean tooDeep() {
            return TOO_DEEP.equals(getMessage());
        }

        /** "at line N: what". */
        String located() {
            return "at line " + line + ": " + getMessage();
        }
    }

    /** One frame produced while scanning, handed out by {@link #next}. */
    private Frame out;

    /**
     * The next frame, or null at the end of the input.
     *
     * @throws IOException when the stream fails
     */
    public Frame next() throws IOException {
        if (done) {
            return null;
        }
        out = null;
        try {
            while (out == null) {
                if (!step()) {
                    done = true;
                    return endOfInput();
                }
            }
        } catch (Violation v) {
            return violation(v);
        }
        return out;
    }

    private Frame endOfInput() {
        if (depth == 0) {
            return null;
        }
        if (docParent >= 0 && in.capturing()) {
            byte[] b = in.endCapture();
            return new Frame(Kind.BROKEN, b, docLine, "the input ends inside this document (not closed)", true);
        }
        return new Frame(Kind.NOTE, null, in.line(), "the input ends before its closing brackets", false);
    }

    /** Reads one token; false at the end of the input. */
    private boolean step() throws IOException, Violation {
        int line = in.line();
        int b = in.read();
        if (b < 0) {
            return false;
        }
        switch (b) {
            case ' ', '\t', '\n', '\r' -> { }
            case '"' -> string(line);
            case '{', '[' -> open(b, line);
            case '}', ']' -> close(b, line);
            case ':' -> {
                if (state[depth] != OBJ_COLON) {
                    throw new Violation("':' out of place", false, line);
                }
                state[depth] = OBJ_VALUE;
            }
            case ',' -> comma(line);
            default -> scalar(line);
        }
        return true;
    }

    private void comma(int line) throws Violation {
        int s = state[depth];
        if (s == OBJ_NEXT) {
            state[depth] = OBJ_KEY;
        } else if (s == ARR_NEXT) {
            state[depth] = ARR_VALUE;
        } else if (s != TOP) {
            // (commas between top-level values are tolerated: no document is lost to them)
            throw new Violation("',' out of place", false, line);
        }
    }

    /** Checks that a value may start here. */
    private void valueStart(int line, String what) throws Violation {
        int s = state[depth];
        if (s != TOP && s != OBJ_VALUE && s != ARR_VALUE && s != ARR_VALUE_OR_END) {
            throw new Violation("unexpected " + what + (what.equals("'{'") ? " (a '}' missing before it?)" : ""),
                    false, line);
        }
    }

    /** A value at this level is complete. */
    private void valueEnd() {
        int s = state[depth];
        if (s == OBJ_VALUE) {
            state[depth] = OBJ_NEXT;
        } else if (s == ARR_VALUE || s == ARR_VALUE_OR_END) {
            state[depth] = ARR_NEXT;
        }
    }

    private void scalar(int line) throws IOException, Violation {
        valueStart(line, "a value");
        while (true) {
            int c = in.peek();
            if (c < 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '"'
                    || c == '{' || c == '}' || c == '[' || c == ']') {
                break;
            }
            in.read();
        }
        skippedIfDocumentPlace(line, "a number or literal");
        valueEnd();
    }

    /** A value that is not an object where a document belongs is skipped with a frame saying so. */
    private void skippedIfDocumentPlace(int line, String what) {
        if (depth == 0 || kind[depth] == DOC_ARRAY) {
            out = new Frame(Kind.SKIPPED, null, line, depth == 0 ? "a top-level " + what + " (not a document)"
                    : what + " where a document was expected", false);
        }
    }

    private void string(int line) throws IOException, Violation {
        int s = state[depth];
        boolean key = s == OBJ_KEY_OR_END || s == OBJ_KEY;
        if (!key) {
            valueStart(line, "a string");
        }
        int k = kind[depth];
        boolean keep = key && (k == RESPONSE_ROOT || k == RESPONSE_OBJ || k == UNDECIDED);
        int n = 0;
        boolean tooLong = false;
        while (true) {
            if (!keep) {
                in.skipStringRun();
            }
            int at = in.line();
            int c = in.read();
            if (c < 0) {
                throw new Violation("the input ends inside a string", true);
            }
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw new Violation(c == '\n' || c == '\r' ? "a string not closed before the end of the line (cut short?)"
                        : "a control character inside a string", false, at);
            }
            if (c == '\\') {
                int e = in.read();
                if (e < 0) {
                    throw new Violation("the input ends inside a string", true);
                }
                if (e < 0x20) {
                    throw new Violation("a string not closed before the end of the line (cut short?)", false, at);
                }
                tooLong = true; // an escaped key is no response key
                continue;
            }
            if (keep && n < keyBuf.length) {
                keyBuf[n++] = (byte) c;
            } else {
                tooLong = true;
            }
        }
        if (!key) {
            skippedIfDocumentPlace(line, "a string");
            valueEnd();
            return;
        }
        state[depth] = OBJ_COLON;
        if (keep) {
            String name = tooLong ? "" : new String(keyBuf, 0, n, StandardCharsets.UTF_8);
            lastKey[depth] = name;
            if (k == UNDECIDED) {
                decide(name);
            }
        }
    }

    /** The first key of a top-level object: a Solr response, or a document. */
    private void decide(String firstKey) {
        if (solrResponses && RESPONSE_KEYS.contains(firstKey)) {
            kind[depth] = RESPONSE_ROOT;
            in.cancelCapture();
            docParent = -1;
        } else {
            kind[depth] = DOC;
        }
    }

    private void open(int b, int line) throws Violation {
        valueStart(line, b == '{' ? "'{'" : "'['");
        if (depth == MAX_DEPTH) {
            throw new Violation(TOO_DEEP, false, line);
        }
        int parentKind = kind[depth];
        String key = lastKey[depth];
        int k = PLAIN;
        if (docParent < 0 && b == '{' && (depth == 0 || parentKind == DOC_ARRAY)) {
            k = depth == 0 ? UNDECIDED : DOC;
            docParent = depth;
            docLine = line;
            in.startCapture(b, line);
        } else if (docParent < 0 && b == '[' && depth == 0) {
            k = DOC_ARRAY;
        } else if (b == '[' && parentKind == DOC_ARRAY) {
            k = NOT_A_DOC;
            docLine = line;
        } else if (parentKind == RESPONSE_ROOT && "response".equals(key) && b == '{') {
            k = RESPONSE_OBJ;
        } else if (parentKind == RESPONSE_ROOT && "error".equals(key) && b == '{') {
            k = ERROR;
            docLine = line;
            in.startCapture(b, line);
        } else if (parentKind == RESPONSE_OBJ && "docs".equals(key) && b == '[') {
            k = DOC_ARRAY;
        }
        depth++;
        kind[depth] = k;
        lastKey[depth] = null;
        state[depth] = b == '{' ? OBJ_KEY_OR_END : ARR_VALUE_OR_END;
    }

    private void close(int b, int line) throws Violation {
        int s = state[depth];
        boolean ok = b == '}' ? s == OBJ_KEY_OR_END || s == OBJ_NEXT : s == ARR_VALUE_OR_END || s == ARR_NEXT;
        if (!ok) {
            throw new Violation("unexpected '" + (char) b + "'", false, line);
        }
        int k = kind[depth];
        depth--;
        valueEnd();
        if (k == DOC || k == UNDECIDED) {
            docParent = -1;
            boolean over = in.overflowed();
            byte[] bytes = in.endCapture();
            out = over ? new Frame(Kind.BROKEN, null, docLine, "document over the size limit ("
                    + (maxDocumentBytes >> 20) + " MiB); skipped", false) : new Frame(Kind.DOCUMENT, bytes, docLine, null, false);
        } else if (k == ERROR) {
            byte[] bytes = in.endCapture();
            out = new Frame(Kind.ERROR_OBJECT, bytes, docLine, null, false);
        } else if (k == NOT_A_DOC) {
            out = new Frame(Kind.SKIPPED, null, docLine, "an array where a document was expected", false);
        }
    }

    // ---- after a violation ----

    private Frame violation(Violation v) throws IOException {
        boolean inDoc = docParent >= 0 && in.capturing();
        if (v.atEnd) {
            done = true;
            byte[] b = inDoc ? in.endCapture() : null;
            return inDoc ? new Frame(Kind.BROKEN, b, docLine, v.getMessage() + " (not closed)", true)
                    : new Frame(Kind.NOTE, null, in.line(), "the input ends before its closing brackets", false);
        }
        if (inDoc) {
            int parent = docParent;
            int line = docLine;
            boolean over = in.overflowed();
            byte[] captured = in.captureBuffer();
            int n = in.captured();
            in.cancelCapture();
            docParent = -1;
            // Going back into a too deep nesting would only nest again: read on after it instead.
            int boundary = over || v.tooDeep() ? -1 : boundaryIn(captured, n);
            byte[] kept = over ? null : java.util.Arrays.copyOf(captured, boundary < 0 ? n : boundary);
            resetTo(parent);
            if (boundary > 0) {
                in.replay(captured, boundary, n, ByteInput.lineAt(captured, boundary, line));
            } else if (!resync()) {
                done = true;
            }
            return new Frame(Kind.BROKEN, kept, line, "document broken " + v.located(), false);
        }
        int container = v.tooDeep() ? -1 : docArrayDepth(); // hostile nesting between documents ends the input
        if (container >= 0) {
            resetTo(container);
            String note = "text between documents that is no JSON " + v.located() + "; skipped to the next document";
            if (!resync()) {
                done = true;
            }
            return new Frame(Kind.NOTE, null, in.line(), note, false);
        }
        done = true;
        return new Frame(Kind.UNREADABLE, null, v.line, v.located(), false);
    }

    /** The depth of the innermost container of documents we are in (0: top level), or -1. */
    private int docArrayDepth() {
        for (int d = depth; d >= 1; d--) {
            if (kind[d] == DOC_ARRAY) {
                return d;
            }
        }
        return depth >= 1 && kind[1] == RESPONSE_ROOT ? -1 : 0;
    }

    /** Back to the container at {@code d}, ready for its next element. */
    private void resetTo(int d) {
        depth = d;
        state[d] = d == 0 ? TOP : ARR_VALUE;
    }

    /**
     * A document boundary inside {@code bytes[1, n)}: a '{' that follows a ',' or '[' or starts a
     * line, and is followed by a '"' or '}' (or by the end of what was read); -1 when there is none.
     */
    static int boundaryIn(byte[] bytes, int n) {
        for (int i = 1; i < n; i++) {
            if (bytes[i] != '{') {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && (bytes[before] == ' ' || bytes[before] == '\t')) {
                before--;
            }
            boolean after = before < 0 || bytes[before] == ',' || bytes[before] == '[' || bytes[before] == '\n'
                    || bytes[before] == '\r';
            if (!after) {
                continue;
            }
            int next = i + 1;
            while (next < n && isSpace(bytes[next])) {
                next++;
            }
            if (next == n || bytes[next] == '"' || bytes[next] == '}') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * Reads on to the next document boundary and opens the document there (capture started);
     * false when the input ends first.
     */
    private boolean resync() throws IOException {
        int l = in.last();
        boolean afterSeparator = l == ',' || l == '[' || l == '\n' || l == '\r';
        while (true) {
            int line = in.line();
            int b = in.read();
            if (b < 0) {
                return false;
            }
            if (b == ',' || b == '[' || b == '\n' || b == '\r') {
                afterSeparator = true;
                continue;
            }
            if (b == ' ' || b == '\t') {
                continue;
            }
            if (b == '{' && afterSeparator) {
                in.startCapture(b, line);
                int c;
                while (isSpace(c = in.peek())) {
                    in.read();
                }
                if (c == '"' || c == '}' || c < 0) {
                    int k = depth == 0 ? UNDECIDED : DOC;
                    docParent = depth;
                    docLine = line;
                    depth++;
                    kind[depth] = k;
                    lastKey[depth] = null;
                    state[depth] = OBJ_KEY_OR_END;
                    return true;
                }
                in.cancelCapture();
            }
            afterSeparator = false;
        }
    }
}

package io.github.catconv.read.frame;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Cuts an XML stream into its record elements ({@code <doc>} of Solr, {@code <record>} of MARCXML)
 * at the byte level, so that each element goes to a fresh hardened parser and one broken record
 * costs only itself (Woodstox cannot read on after a fatal error). Holds one record at a time.
 *
 * <p>A record element counts when every element around it is a container (for Solr {@code response},
 * {@code add}, {@code docs}, {@code result name="response"}); anything else is skipped whole, as the
 * readers did before. The framer follows tags, attribute quotes, comments, CDATA sections and
 * processing instructions, and checks that end tags match; text, entities and encodings are left
 * to the parser. A DOCTYPE ends the input, as the hardened parser refuses it.
 *
 * <p>A record is broken when an end tag does not match, markup is cut ({@code <} inside a tag), it is
 * deeper than {@value #MAX_DEPTH} or longer than the cap, or the input ends inside it. Reading then
 * resumes at the next start tag of a record element, searched from inside the broken record (a
 * record that a missing end tag made look nested is found again) or else after the error.
 */
public final class XmlFramer {

    /** Deepest nesting followed (that of the parser, {@code XmlLimits.MAX_DEPTH}). */
    public static final int MAX_DEPTH = 100;
    private static final String TOO_DEEP = "nesting depth over " + MAX_DEPTH;

    /** What {@link #next} found. */
    public enum Kind { DOCUMENT, BROKEN, NOTE, UNREADABLE }

    /**
     * One piece of the input.
     *
     * @param kind what it is
     * @param bytes the record element's bytes (DOCUMENT, BROKEN as far as kept), or null
     * @param line the line where it starts
     * @param problem what is wrong, or null
     * @param atEnd true when a BROKEN record was cut by the end of the input
     * @param namespaces the namespace declarations in scope (attribute text, e.g. {@code xmlns:marc="…"})
     */
    public record Frame(Kind kind, byte[] bytes, int line, String problem, boolean atEnd, String namespaces) {
        /** The bytes as text (malformed UTF-8 replaced), for the rejects file; "" when none were kept. */
        public String text() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final ByteInput in;
    private final int maxBytes;
    private final String recordName;
    /** (local name, attributes) of an element around records: walk into it, else skip it whole. */
    private final BiPredicate<String, Map<String, String>> container;

    /** Elements open outside any record. */
    private final List<Level> outside = new ArrayList<>();
    /** Names of the elements open inside the current record, the record's own first. */
    private final List<String> inside = new ArrayList<>();
    private int recordLine;
    private String recordNamespaces = "";
    private String encoding;
    private boolean first = true;
    private boolean done;
    private Frame out;

    private record Level(String name, boolean container, Map<String, String> namespaces) {
    }

    /**
     * @param in the input, in UTF-8 or an ASCII-compatible encoding; not closed by the framer
     * @param maxBytes longest record kept; a longer one is rejected as a whole
     * @param recordName local name of the record element
     * @param container which elements around records to walk into
     */
    public XmlFramer(InputStream in, int maxBytes, String recordName, BiPredicate<String, Map<String, String>> container) {
        this.in = new ByteInput(in, maxBytes);
        this.maxBytes = maxBytes;
        this.recordName = recordName;
        this.container = container;
    }

    /** The encoding of the XML declaration, or null (none seen, or not yet). */
    public String encoding() {
        return encoding;
    }

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

    /** Thrown when a DOCTYPE is found: the input ends there. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

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
        } catch (Refused r) {
            done = true;
            return new Frame(Kind.UNREADABLE, null, in.line(), r.getMessage(), false, "");
        }
        return out;
    }

    private Frame endOfInput() {
        if (!inside.isEmpty()) {
            byte[] b = in.endCapture();
            return new Frame(Kind.BROKEN, b, recordLine, "the input ends inside this record (not closed)", true,
                    recordNamespaces);
        }
        if (!outside.isEmpty()) {
            return new Frame(Kind.NOTE, null, in.line(), "the input ends before <" + outside.get(outside.size() - 1).name
                    + "> is closed", false, "");
        }
        return null;
    }

    private boolean step() throws IOException, Violation, Refused {
        int line = in.line();
        int b = in.read();
        if (b < 0) {
            return false;
        }
        if (b != '<') {
            first &= isSpace(b) || b == 0xEF || b == 0xBB || b == 0xBF;
            return true;
        }
        int c = in.peek();
        if (c == '?') {
            processingInstruction();
        } else if (c == '!') {
            in.read();
            bang(line);
        } else if (c == '/') {
            in.read();
            endTag(line);
        } else {
            startTag(line);
        }
        first = false;
        return true;
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private void processingInstruction() throws IOException, Violation {
        StringBuilder text = first ? new StringBuilder() : null;
        int prev = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new Violation("the input ends inside a processing instruction", true);
            }
            if (b == '>' && prev == '?') {
                break;
            }
            if (text != null && text.length() < 200) {
                text.append((char) b);
            }
            prev = b;
        }
        if (text != null && text.toString().startsWith("?xml")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']")
                    .matcher(text);
            if (m.find()) {
                encoding = m.group(1);
            }
        }
    }

    /** After "<!": a comment, a CDATA section, or a DOCTYPE (refused). */
    private void bang(int line) throws IOException, Violation, Refused {
        int b = in.read();
        if (b == '-') {
            if (in.read() != '-') {
                throw new Violation("broken comment", false, line);
            }
            skipPast("-->", "a comment");
        } else if (b == '[') {
            skipPast("]]>", "a CDATA section");
        } else if (b == 'D' || b == 'd') {
            throw new Refused("XML with a DOCTYPE is refused (DTDs and entities are not allowed)");
        } else {
            throw new Violation("'<!' that starts no comment or CDATA section", b < 0, line);
        }
    }

    /** Reads past {@code end} ("-->" or "]]>": two equal bytes, then '>'). */
    private void skipPast(String end, String what) throws IOException, Violation {
        int run = 0;
        char twice = end.charAt(0);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new Violation("the input ends inside " + what, true);
            }
            if (b == '>' && run >= 2) {
                return;
            }
            run = b == twice ? run + 1 : 0;
        }
    }

    /** Reads an element name after '<' or '</'. */
    private String name(int line) throws IOException, Violation {
        StringBuilder sb = new StringBuilder(16);
        while (true) {
            int c = in.peek();
            if (c < 0) {
                throw new Violation("the input ends inside a tag", true);
            }
            if (isSpace(c) || c == '>' || c == '/') {
                break;
            }
            if (c == '<' || c == '"' || c == '\'' || c == '=') {
                throw new Violation("broken tag", false, line);
            }
            in.read();
            if (sb.length() < 200) {
                sb.append((char) c);
            }
        }
        if (sb.length() == 0) {
            throw new Violation("'<' that starts no tag", false, line);
        }
        return sb.toString();
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private void startTag(int line) throws IOException, Violation {
        boolean inRecord = !inside.isEmpty();
        if (!inRecord) {
            in.startCapture('<', line);
        }
        String name = name(line);
        Map<String, String> attrs = inRecord ? null : new LinkedHashMap<>();
        boolean empty = attributes(line, attrs);
        if (inRecord) {
            if (inside.size() == MAX_DEPTH) {
                throw new Violation(TOO_DEEP, false, line);
            }
            if (!empty) {
                inside.add(name);
            }
            return;
        }
        boolean walkable = allContainers();
        if (walkable && local(name).equals(recordName)) {
            recordLine = line;
            recordNamespaces = namespacesInScope();
            if (empty) {
                out = new Frame(Kind.DOCUMENT, in.endCapture(), line, null, false, recordNamespaces);
            } else {
                inside.add(name);
            }
            return;
        }
        in.cancelCapture();
        if (!empty) {
            if (outside.size() == MAX_DEPTH) {
                throw new Violation(TOO_DEEP, false, line);
            }
            Map<String, String> ns = new LinkedHashMap<>();
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                if (a.getKey().equals("xmlns") || a.getKey().startsWith("xmlns:")) {
                    ns.put(a.getKey(), a.getValue());
                }
            }
            outside.add(new Level(name, walkable && container.test(local(name), attrs), ns));
        }
    }

    private boolean allContainers() {
        for (Level l : outside) {
            if (!l.container) {
                return false;
            }
        }
        return true;
    }

    private String namespacesInScope() {
        Map<String, String> ns = new LinkedHashMap<>();
        for (Level l : outside) {
            ns.putAll(l.namespaces);
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : ns.entrySet()) {
            sb.append(' ').append(e.getKey()).append("=\"").append(e.getValue().replace("\"", "&quot;")).append('"');
        }
        return sb.toString();
    }

    /**
     * Reads the attributes of a start tag up to its '>' (into {@code attrs} when not null, raw values);
     * true when the tag closes itself ("/>").
     */
    private boolean attributes(int line, Map<String, String> attrs) throws IOException, Violation {
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new Violation("the input ends inside a tag", true);
            }
            if (isSpace(b)) {
                continue;
            }
            if (b == '>') {
                return false;
            }
            if (b == '/') {
                if (in.read() != '>') {
                    throw new Violation("broken tag", false, line);
                }
                return true;
            }
            if (b == '<') {
                throw new Violation("'<' inside a tag", false, line);
            }
            StringBuilder name = new StringBuilder().append((char) b);
            int c;
            while ((c = in.read()) >= 0 && c != '=' && !isSpace(c)) {
                if (c == '>' || c == '<' || c == '/') {
                    throw new Violation("attribute without a value", false, line);
                }
                name.append((char) c);
            }
            while (isSpace(c)) {
                c = in.read();
            }
            if (c != '=') {
                throw new Violation(c < 0 ? "the input ends inside a tag" : "attribute without a value", c < 0, line);
            }
            int q;
            while (isSpace(q = in.read())) {
                // spaces around '=' are allowed
            }
            if (q != '"' && q != '\'') {
                throw new Violation(q < 0 ? "the input ends inside a tag" : "attribute value without quotes", q < 0, line);
            }
            java.io.ByteArrayOutputStream value = attrs == null ? null : new java.io.ByteArrayOutputStream();
            while ((c = in.read()) != q) {
                if (c < 0) {
                    throw new Violation("the input ends inside a tag", true);
                }
                if (c == '<') {
                    throw new Violation("'<' inside an attribute value", false, line);
                }
                if (value != null && value.size() < 4096) {
                    value.write(c);
                }
            }
            if (attrs != null) {
                attrs.put(name.toString(), value.toString(StandardCharsets.UTF_8));
            }
        }
    }

    private void endTag(int line) throws IOException, Violation {
        String name = name(line);
        int b;
        while (isSpace(b = in.read())) {
            // "</doc >" is allowed
        }
        if (b != '>') {
            throw new Violation(b < 0 ? "the input ends inside a tag" : "broken end tag", b < 0, line);
        }
        if (!inside.isEmpty()) {
            String open = inside.remove(inside.size() - 1);
            if (!open.equals(name)) {
                inside.add(open);
                throw new Violation("</" + name + "> where </" + open + "> was expected", false, line);
            }
            if (inside.isEmpty()) {
                boolean over = in.overflowed();
                byte[] bytes = in.endCapture();
                out = over ? new Frame(Kind.BROKEN, null, recordLine, "record over the size limit ("
                        + (maxBytes >> 20) + " MiB); skipped",
                        false, recordNamespaces) : new Frame(Kind.DOCUMENT, bytes, recordLine, null, false, recordNamespaces);
            }
            return;
        }
        if (outside.isEmpty() || !outside.get(outside.size() - 1).name.equals(name)) {
            String open = outside.isEmpty() ? null : outside.get(outside.size() - 1).name;
            throw new Violation("</" + name + ">" + (open == null ? " without a start tag" : " where </" + open
                    + "> was expected"), false, line);
        }
        outside.remove(outside.size() - 1);
    }

    // ---- after a violation ----

    private Frame violation(Violation v) throws IOException {
        if (!inside.isEmpty()) {
            int line = recordLine;
            String ns = recordNamespaces;
            boolean over = in.overflowed();
            byte[] captured = in.captureBuffer();
            int n = in.captured();
            in.cancelCapture();
            inside.clear();
            if (v.atEnd) {
                done = true;
                return new Frame(Kind.BROKEN, over ? null : java.util.Arrays.copyOf(captured, n), line,
                        v.getMessage() + " (not closed)", true, ns);
            }
            // Going back into a too deep nesting would only nest again: read on after it instead.
            int boundary = over || v.tooDeep() ? -1 : startTagIn(captured, 1, n);
            byte[] kept = over ? null : java.util.Arrays.copyOf(captured, boundary < 0 ? n : boundary);
            if (boundary > 0) {
                in.replay(captured, boundary, n, ByteInput.lineAt(captured, boundary, line));
            } else if (!resync()) {
                done = true;
            }
            return new Frame(Kind.BROKEN, kept, line, "record broken " + v.located(), false, ns);
        }
        in.cancelCapture();
        if (v.atEnd) {
            done = true;
            return new Frame(Kind.NOTE, null, in.line(), v.getMessage(), false, "");
        }
        if (v.tooDeep()) {
            done = true; // hostile structure outside the records: nothing after it is trusted
            return new Frame(Kind.UNREADABLE, null, v.line, v.located(), false, "");
        }
        if (outside.isEmpty() || !allContainers()) {
            // Before the first container, or inside skipped markup: keep only the walkable part.
            while (!outside.isEmpty() && !allContainers()) {
                outside.remove(outside.size() - 1);
            }
        }
        String note = "malformed XML outside the records " + v.located() + "; skipped to the next record";
        if (!resync()) {
            done = true;
        }
        return new Frame(Kind.NOTE, null, in.line(), note, false, "");
    }

    /** The offset in {@code bytes[from, n)} of a start tag of the record element, or -1. */
    int startTagIn(byte[] bytes, int from, int n) {
        for (int i = from; i < n; i++) {
            if (bytes[i] == '<' && startsRecordTag(bytes, i + 1, n)) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code bytes[at..]} is "[prefix:]recordName" followed by a space, '>' or '/'. */
    private boolean startsRecordTag(byte[] bytes, int at, int n) {
        int end = at;
        while (end < n && !isSpace(bytes[end]) && bytes[end] != '>' && bytes[end] != '/' && bytes[end] != '<') {
            end++;
        }
        if (end == n && n - at < recordName.length()) {
            return false;
        }
        int start = at;
        for (int i = at; i < end; i++) {
            if (bytes[i] == ':') {
                start = i + 1;
            }
        }
        if (end - start != recordName.length()) {
            return false;
        }
        for (int i = 0; i < recordName.length(); i++) {
            if (bytes[start + i] != recordName.charAt(i)) {
                return false;
            }
        }
        return end < n;
    }

    /** Reads on to the next start tag of the record element and replays it; false at the end of the input. */
    private boolean resync() throws IOException {
        byte[] window = new byte[recordName.length() + 80];
        // A '<' that broke a tag ("<str name="x" + line break + "<doc>") may start the next record.
        boolean lessThan = in.last() == '<';
        while (true) {
            int line = in.line();
            int b = lessThan ? '<' : in.read();
            lessThan = false;
            if (b < 0) {
                return false;
            }
            if (b != '<') {
                continue;
            }
            int n = 0;
            window[n++] = '<';
            int c;
            while (n < window.length && (c = in.peek()) >= 0 && c != '<') {
                window[n++] = (byte) in.read();
                if (isSpace(c) || c == '>' || c == '/') {
                    break;
                }
            }
            if (startsRecordTag(window, 1, n)) {
                in.replay(window, 0, n, line);
                return true;
            }
        }
    }
}

package io.github.catconv.read.marc;

import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.frame.Utf8Input;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Reads MARC 21 files, streamed one record at a time: raw MARC (ISO 2709, {@code .mrc}), MARCXML,
 * MARC-in-JSON, and the text of VuFind MARC staff views (the "MARC" tab copied from record pages,
 * headers ignored). Each record is mapped by {@link MarcMapper}.
 */
public final class MarcReader implements RecordReader {

    /** How the input is laid out, from its first bytes. */
    enum Shape { ISO2709, XML, JSON, STAFF_VIEW }

    /** The local name of the root element, after an XML declaration and comments. */
    private static final java.util.regex.Pattern XML_ROOT = java.util.regex.Pattern.compile(
            "(?s)(?:<\\?.*?\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:[\\w.-]+:)?([\\w.-]+)");

    @Override
    public String id() {
        return "marc";
    }

    @Override
    public String description() {
        return "MARC 21 records: ISO 2709 (.mrc), MARCXML, MARC-in-JSON, or VuFind MARC staff views";
    }

    @Override
    public int sniff(String sample) {
        String s = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        String t = s.stripLeading();
        if (t.length() > 24 && t.substring(0, 5).chars().allMatch(Character::isDigit) && t.indexOf('\u001E') > 0) {
            return 95;
        }
        java.util.regex.Matcher root = XML_ROOT.matcher(t);
        if (root.lookingAt() && (root.group(1).equals("collection") || root.group(1).equals("record"))
                && (t.contains("MARC21/slim") || t.contains("datafield"))) {
            return 90;
        }
        if (t.startsWith("{") && t.contains("\"leader\"") && t.contains("\"fields\"")) {
            return 90;
        }
        List<String> lines = Arrays.asList(s.split("\\R", 200));
        if (MarcStaffView.looksLikeMarc(lines)) {
            // VuFind pages around a MARC view (spinner, headings: vufind sniffs 70) and pages with Solr
            // fields (80) belong to the vufind reader; bare MARC views come here.
            return lines.stream().anyMatch(l -> l.startsWith("_version_ ") || l.startsWith("spelling ")) ? 40 : 65;
        }
        return 0;
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(4096);
        byte[] head = b.readNBytes(4096);
        b.reset();
        return switch (shape(head)) {
            case ISO2709 -> new MarcCursor.Iso(b, context);
            case XML -> new MarcCursor.Xml(Utf8Input.open(b), context);
            case JSON -> new MarcCursor.Json(Utf8Input.open(b).stream(), context);
            case STAFF_VIEW -> new MarcCursor.StaffView(
                    new LineReader(b, context.charset().orElse(null), context.maxLineLength()), context);
        };
    }

    static Shape shape(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length) {
            return Shape.STAFF_VIEW;
        }
        if (head[i] == '<') {
            return Shape.XML;
        }
        if (head[i] == '{' || head[i] == '[') {
            return Shape.JSON;
        }
        boolean digits = head.length - i > 24;
        for (int k = i; digits && k < i + 5; k++) {
            digits = Character.isDigit(head[k]);
        }
        return digits && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\u001E') > 0
                ? Shape.ISO2709 : Shape.STAFF_VIEW;
    }

    /** Maps one parsed record; a record that cannot be mapped is rejected (null), never thrown. */
    static BibRecord mapGuarded(MarcRecord m, ReadContext ctx, MarcMapper mapper, int line, int ordinal) {
        try {
            String fallback = "marc-" + ordinal;
            if (m.control("001").isEmpty()) {
                ctx.warn(line, fallback, "MARC record has no 001; using id " + fallback);
            }
            return mapper.map(m, fallback, line);
        } catch (RuntimeException e) {
            ctx.reject(line, m.control("001").orElse(null), "", "MARC record not mapped: " + io.github.catconv.internal.Printable.message(e));
            return null;
        }
    }
}

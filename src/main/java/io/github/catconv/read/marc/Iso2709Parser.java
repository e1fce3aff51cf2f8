package io.github.catconv.read.marc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import io.github.catconv.read.ReadContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads raw MARC 21 records (ISO 2709 as specified in "MARC 21 Specifications for Record
 * Structure"): a 24-character leader, a directory of 12-character entries (tag, length, start),
 * fields ending in the field terminator 0x1E, subfields starting with the delimiter 0x1F, the
 * record ending in 0x1D.
 *
 * <p>Bytes are decoded as leader/09 says (UTF-8 or MARC-8, see {@link #next()}). Fields are split at
 * the separators, not by the directory's byte lengths, so a record whose bytes were re-encoded (a
 * scrape) still reads. When a scrape replaced the
 * separators by other characters (a {@code #}, {@code ^}, {@code $} or the Unicode control
 * pictures U+241D-U+241F, or the text {@code #30;} of SolrMarc), they are put back or found where the structure puts them: the field terminator
 * just before the base address of data (leader 12-16), the subfield delimiter after the first
 * data field's two indicators.
 */
public final class Iso2709Parser {

    /** Record terminator, field terminator, subfield delimiter. */
    static final char RT = '\u001D';
    static final char FT = '\u001E';
    static final char SD = '\u001F';
    /** Longest record read from a stream: 99,999 bytes is the format's limit (leader 00-04); a margin for bad lengths. */
    static final int MAX_RECORD_BYTES = 200_000;

    private final InputStream in;
    private final ReadContext ctx;
    /** Records met so far, counted as the cursor counts them (for the "marc-N" id of a record without 001). */
    private int ordinal;
    private boolean lastCut;

    /**
     * A parser over a stream of records.
     *
     * @param in the bytes; not null; not closed by this parser
     * @param ctx where characters that could not be decoded are reported; not null
     */
    public Iso2709Parser(InputStream in, ReadContext ctx) {
        this.in = Objects.requireNonNull(in, "in");
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /**
     * The next record of the stream, or null at its end. Its bytes are decoded as leader/09 says:
     * {@code a} UTF-8, blank MARC-8 ({@link Marc8Decoder}); bytes that do not decode are reported
     * as a warning naming the record, never dropped silently.
     *
     * @throws IOException when the stream fails
     * @throws IllegalArgumentException when the record is not ISO 2709 (the stream stays usable)
     */
    public MarcRecord next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(2048);
        int b;
        while ((b = in.read()) != -1 && b != RT) {
            if (buf.size() >= MAX_RECORD_BYTES) {
                while ((b = in.read()) != -1 && b != RT) {
                    // skip to the end of the oversized record
                }
                ordinal++;
                throw new IllegalArgumentException("MARC record longer than " + MAX_RECORD_BYTES + " bytes skipped");
            }
            buf.write(b);
        }
        byte[] bytes = buf.toByteArray();
        int start = 0;
        while (start < bytes.length && (bytes[start] & 0xFF) <= ' ') {
            start++;
        }
        if (start == bytes.length) {
            return b == -1 ? null : next();
        }
        ordinal++;
        Decoded d = decode(bytes, start);
        // A record's last field ends in a field terminator, then comes the record terminator: at the
        // end of the input without either, the file was cut inside the record (case B16 in
        // docs/errors.md). (String.strip would drop the terminator too: it counts 0x1C-0x1F as space.)
        String decoded = d.text();
        int end = decoded.length();
        while (end > 0 && " \t\r\n".indexOf(decoded.charAt(end - 1)) >= 0) {
            end--;
        }
        String restored = restoreSeparators(decoded.substring(0, end));
        lastCut = b == -1 && !restored.isEmpty() && restored.charAt(restored.length() - 1) != FT;
        MarcRecord m = parse(d.text());
        if (d.problem() != null) {
            String id = m.control("001").map(String::strip).filter(s -> !s.isEmpty()).orElse("marc-" + ordinal);
            ctx.warn(0, id, d.problem().replace("{field}", fieldName(m, d.field())));
        }
        return m;
    }

    /** True when the record {@link #next} read last was cut by the end of the input. */
    public boolean lastWasCut() {
        return lastCut;
    }

    /** A record's text and, when some bytes did not decode, what to report and in which field. */
    private record Decoded(String text, String problem, int field) {
    }

    /**
     * Decodes as leader/09 says: {@code a} is UTF-8 (Latin-1 when the bytes are not UTF-8, reported);
     * blank (or any other value) is MARC-8, unless the bytes hold no escape and are valid UTF-8 with
     * non-ASCII characters, the common mislabelled UTF-8 record, which MARC-8 would garble.
     */
    private static Decoded decode(byte[] bytes, int start) {
        boolean utf8Leader = bytes.length - start > 9 && bytes[start + 9] == 'a';
        boolean nonAscii = false;
        boolean escape = false;
        for (int i = start; i < bytes.length; i++) {
            nonAscii |= bytes[i] < 0;
            escape |= bytes[i] == 0x1B;
        }
        if (!nonAscii && !escape) {
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1), null, 0);
        }
        int bad = firstMalformedUtf8(bytes, start);
        if (utf8Leader || (bad < 0 && !escape)) {
            if (bad < 0) {
                return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), null, 0);
            }
            return new Decoded(new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1),
                    "leader/09 says UTF-8, but {field} holds a byte sequence that is not UTF-8; the record was read as Latin-1",
                    fieldIndex(bytes, start, bad));
        }
        Marc8Decoder.Result r = Marc8Decoder.decode(bytes, start, bytes.length);
        if (r.problems().isEmpty()) {
            return new Decoded(r.text(), null, 0);
        }
        Marc8Decoder.Problem first = r.problems().get(0);
        int more = r.problems().size() - 1;
        return new Decoded(r.text(), "MARC-8: " + first.message() + " in {field}"
                + (more > 0 ? " (and " + more + " more in this record)" : "")
                + "; U+FFFD marks each undecodable character", first.field());
    }

    /** The offset of the first byte that is not well-formed UTF-8, or -1. */
    private static int firstMalformedUtf8(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    /** Which field a byte offset lies in: 0 for the leader and directory, n for the n-th data field. */
    private static int fieldIndex(byte[] bytes, int start, int offset) {
        int field = 0;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == FT) {
                field++;
            }
        }
        return field;
    }

    /** "field 245" for the n-th data field (by the directory), "the leader or directory" for 0. */
    private static String fieldName(MarcRecord m, int field) {
        if (field <= 0) {
            return "the leader or directory";
        }
        return field <= m.fields().size() ? "field " + m.fields().get(field - 1).tag() : "data field " + field;
    }

    /**
     * Parses one record given as text (e.g. a Solr {@code fullrecord} value).
     *
     * @param text the record; not null
     * @return the record
     * @throws IllegalArgumentException when the text is not an ISO 2709 record or its separators were lost
     */
    public static MarcRecord parse(String text) {
        String s = restoreSeparators(text).strip();
        if (s.length() < 25) {
            throw new IllegalArgumentException("not a MARC record: shorter than a leader");
        }
        String leader = s.substring(0, 24);
        String baseText = leader.substring(12, 17);
        if (!baseText.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a MARC record: leader 12-16 is not a base address ('" + baseText + "')");
        }
        int base = Integer.parseInt(baseText);
        if (base < 25 || base > s.length() || (base - 25) % 12 != 0) {
            throw new IllegalArgumentException("not a MARC record: base address " + base + " does not fit the directory");
        }
        char ft = s.indexOf(FT) >= 0 ? FT : s.charAt(base - 1);
        if (Character.isLetterOrDigit(ft)) {
            throw new IllegalArgumentException("MARC record separators were lost in this copy; cannot split its fields");
        }
        String directory = s.substring(24, base - 1);
        String[] parts = s.substring(base).split(java.util.regex.Pattern.quote(String.valueOf(ft)), -1);
        return new MarcRecord(leader, fields(directory, parts));
    }

    /**
     * Puts back separators written as text: {@code #29;}/{@code #30;}/{@code #31;} (how SolrMarc
     * and older VuFind versions store raw MARC in {@code fullrecord}, e.g. VuFind's own test
     * record 12345), the XML-style {@code &#29;} forms, and the Unicode control pictures
     * U+241D-U+241F a copy from a browser can produce.
     */
    static String restoreSeparators(String s) {
        if (s.indexOf(FT) >= 0 || (s.indexOf('#') < 0 && s.indexOf('\u241E') < 0)) {
            return s;
        }
        return s.replace("&#29;", "#29;").replace("&#30;", "#30;").replace("&#31;", "#31;")
                .replace("#29;", String.valueOf(RT)).replace("#30;", String.valueOf(FT)).replace("#31;", String.valueOf(SD))
                .replace('\u241D', RT).replace('\u241E', FT).replace('\u241F', SD);
    }

    private static List<MarcRecord.Field> fields(String directory, String[] parts) {
        List<MarcRecord.Field> out = new ArrayList<>();
        int n = Math.min(directory.length() / 12, parts.length);
        char sd = SD;
        boolean sdKnown = false;
        for (int i = 0; i < n; i++) {
            String tag = directory.substring(i * 12, i * 12 + 3);
            String body = parts[i];
            if (isControlTag(tag)) {
                out.add(MarcRecord.Field.control(tag, body, 0));
                continue;
            }
            if (!sdKnown) {
                sd = body.indexOf(SD) >= 0 || body.length() < 3 ? SD : body.charAt(2);
                sdKnown = true;
            }
            out.add(dataField(tag, body, sd));
        }
        return out;
    }

    private static MarcRecord.Field dataField(String tag, String body, char sd) {
        char ind1 = body.length() > 0 ? MarcXmlParser.indicator(body.substring(0, 1)) : ' ';
        char ind2 = body.length() > 1 ? MarcXmlParser.indicator(body.substring(1, 2)) : ' ';
        List<MarcRecord.Subfield> subs = new ArrayList<>();
        String rest = body.length() > 2 ? body.substring(2) : "";
        for (String piece : rest.split(java.util.regex.Pattern.quote(String.valueOf(sd)), -1)) {
            if (!piece.isEmpty()) {
                subs.add(new MarcRecord.Subfield(piece.charAt(0), piece.substring(1)));
            }
        }
        return new MarcRecord.Field(tag, ind1, ind2, subs, null, 0);
    }

    /** Tags 001-009 (and the non-numeric "LDR"-like local tags starting "00") are control fields. */
    static boolean isControlTag(String tag) {
        return tag.startsWith("00");
    }
}

package io.github.catconv.read.marc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.catconv.read.limits.JsonLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MARC-in-JSON (Ross Singer's format, as VuFind stores it in {@code fullrecord}):
 * {@code {"leader":"…","fields":[{"001":"…"},{"245":{"ind1":"1","ind2":"0","subfields":[{"a":"…"}]}}]}},
 * one record, an array of records, or records one after another. Streamed with Jackson.
 */
public final class MarcJsonParser {

    private final JsonParser p;
    /** Added to the parser's line numbers: the input line before the parsed text (a framed record). */
    private final int lineOffset;
    /** The record being read, kept so that a record cut short can give what it had ({@link #partial}). */
    private String leader = "";
    private List<MarcRecord.Field> fields = new ArrayList<>();

    /**
     * A parser over an open Jackson parser (made by {@link JsonLimits}).
     *
     * @param p the parser; not null
     */
    public MarcJsonParser(JsonParser p) {
        this(p, 0);
    }

    /**
     * A parser over a record framed out of a larger input.
     *
     * @param p the parser; not null
     * @param lineOffset the input line before the framed text's first line
     */
    public MarcJsonParser(JsonParser p, int lineOffset) {
        this.p = java.util.Objects.requireNonNull(p, "p");
        this.lineOffset = lineOffset;
    }

    /** The complete fields of the record whose reading failed last (a record cut short). */
    public MarcRecord partial() {
        return new MarcRecord(leader, fields);
    }

    /**
     * Parses every record of a MARC-in-JSON text.
     *
     * @param json the text; not null
     * @return the records
     * @throws IOException when the text is not JSON, breaks a limit or has the wrong shape
     */
    public static List<MarcRecord> parseAll(String json) throws IOException {
        try (JsonParser jp = JsonLimits.open(json)) {
            MarcJsonParser mp = new MarcJsonParser(jp);
            List<MarcRecord> out = new ArrayList<>(1);
            for (MarcRecord r = mp.next(); r != null; r = mp.next()) {
                out.add(r);
            }
            return out;
        }
    }

    /**
     * The next record, or null at the end.
     *
     * @throws IOException when the input is not MARC-in-JSON
     */
    public MarcRecord next() throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                return readRecord();
            }
            if (t != JsonToken.START_ARRAY && t != JsonToken.END_ARRAY) {
                throw new IOException("MARC-in-JSON: expected a record object, found " + t.asString());
            }
        }
        return null;
    }

    private MarcRecord readRecord() throws IOException {
        leader = "";
        fields = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("leader") && v.isScalarValue()) {
                leader = p.getText();
            } else if (name.equals("fields") && v == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readFieldObject(fields);
                }
            } else {
                p.skipChildren();
            }
        }
        return new MarcRecord(leader, fields);
    }

    /** One {@code {"TAG": value}} object (normally one key). */
    private void readFieldObject(List<MarcRecord.Field> out) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = p.currentName();
            int line = lineOffset + p.currentTokenLocation().getLineNr();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                out.add(readDataField(tag, line));
            } else if (v.isScalarValue()) {
                out.add(MarcRecord.Field.control(tag, p.getText(), line));
            } else {
                p.skipChildren();
            }
        }
    }

    private MarcRecord.Field readDataField(String tag, int line) throws IOException {
        char ind1 = ' ';
        char ind2 = ' ';
        List<MarcRecord.Subfield> subs = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("ind1") && v.isScalarValue()) {
                ind1 = MarcXmlParser.indicator(p.getText());
            } else if (name.equals("ind2") && v.isScalarValue()) {
                ind2 = MarcXmlParser.indicator(p.getText());
            } else if (name.equals("subfields") && v == JsonToken.START_ARRAY) {
                readSubfields(subs);
            } else {
                p.skipChildren();
            }
        }
        return new MarcRecord.Field(tag, ind1, ind2, subs, null, line);
    }

    private void readSubfields(List<MarcRecord.Subfield> subs) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("MARC-in-JSON: the input ends inside a field");
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String code = p.currentName();
                JsonToken v = p.nextToken();
                if (v.isScalarValue() && !code.isEmpty()) {
                    subs.add(new MarcRecord.Subfield(code.charAt(0), p.getText()));
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}

package io.github.catconv.read.csljson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read from a streaming parser into plain Java values — {@link LinkedHashMap}
 * (object, keys in order), {@link ArrayList}, {@link String}, {@link Num} (a number as written),
 * {@link Boolean} and {@code null} — and written back as JSON text for the rejects file. Only
 * jackson-core is on the class path, so this small tree stands in for a data binding.
 */
final class JsonTree {

    private static final JsonFactory WRITER = new JsonFactory();

    /**
     * A JSON number as written ({@code 3}, {@code 2018}, {@code 1.5}): CSL numbers are text to
     * print, so the digits are kept rather than a binary value.
     *
     * @param text the number literal
     */
    record Num(String text) {

        /** The value when the literal is an integer that fits an int, else null. */
        Integer intValue() {
            String t = text;
            int n = t.length();
            if (n == 0 || n > 10) {
                return null;
            }
            for (int i = t.charAt(0) == '-' ? 1 : 0; i < n; i++) {
                if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                    return null;
                }
            }
            long v = Long.parseLong(t);
            return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
        }

        /** True unless the number is zero. */
        boolean nonZero() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '1' && c <= '9') {
                    return true;
                }
                if (c == 'e' || c == 'E') {
                    return false;
                }
            }
            return false;
        }
    }

    private JsonTree() {
    }

    /** Reads the value whose first token the parser stands on. */
    static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>(32);
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    map.putIfAbsent(name, read(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Num(p.getText());
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + t);
        }
    }

    /** The value as compact JSON text. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = WRITER.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a StringWriter cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Num d) {
            g.writeNumber(d.text());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeNull();
        }
    }

    /** "a string", "a number", "an object" … for error messages. */
    static String kind(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Num) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }
}

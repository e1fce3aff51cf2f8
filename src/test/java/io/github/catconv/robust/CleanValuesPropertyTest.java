package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.testsupport.RandomText;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No value from any reader carries a control character, a bidi control, a lone surrogate or
 * unnormalised text into the model, and so into any writer: seeded random values full of them,
 * in every input shape (VuFind pages, MARC staff views, Solr JSON and XML, MARCXML, MARC-in-JSON,
 * raw MARC), read and then written in every format.
 */
class CleanValuesPropertyTest {

    /** Letters, decomposed letters, mojibake, and everything that must not reach an output. */
    private static final String NASTY = "ab é\u0301\u00C3\u00A1\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u001F"
            + "\u007F\u0080\u0085\u009B\u009F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF\t\r";
    /** What XML 1.0 can carry at all (it has no way to write most C0 controls). */
    private static final String XML_NASTY = "ab é\u0301\u007F\u0080\u0085\u009B\u202A\u202E\u2066\u2069\uFEFF\t\r";
    private static final int RECORDS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> values(String alphabet, long seed) {
        return RandomText.strings(alphabet, RECORDS * 4, 24, seed).stream().map(s -> "v" + s + "w").toList();
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    private static String json(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c >= 0x7F) {
                sb.append("&#x").append(Integer.toHexString(c)).append(';');
            } else if (c == '<' || c == '&') {
                sb.append(c == '<' ? "&lt;" : "&amp;");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The input of one shape: reader id and bytes holding {@link #RECORDS} records. */
    record Shape(String name, String reader, Function<List<String>, byte[]> input, String alphabet) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                new Shape("VuFind staff view", "vufind", v -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < RECORDS; i++) {
                        sb.append("id r").append(i).append("\ntitle ").append(oneLine(v.get(4 * i)))
                                .append("\nauthor ").append(oneLine(v.get(4 * i + 1))).append("\npublisher ")
                                .append(oneLine(v.get(4 * i + 2))).append("\nformat Book\npublishDate 2001\ntopic ")
                                .append(oneLine(v.get(4 * i + 3))).append("\nlocal_field_x ").append(oneLine(v.get(4 * i)))
                                .append("\n\n");
                    }
                    return utf8(sb.toString());
                }, NASTY),
                new Shape("MARC staff view", "marc", v -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < RECORDS; i++) {
                        sb.append("LEADER 00000nam a2200000 a 4500\n001 m").append(i).append("\n100 1  |a ")
                                .append(oneLine(v.get(4 * i + 1))).append("\n245 10 |a ").append(oneLine(v.get(4 * i)))
                                .append(" |b ").append(oneLine(v.get(4 * i + 3))).append("\n260    |b ")
                                .append(oneLine(v.get(4 * i + 2))).append(" |c 2001\n\n");
                    }
                    return utf8(sb.toString());
                }, NASTY.replace("\t", "")),
                new Shape("Solr JSON lines", "solr-json", v -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < RECORDS; i++) {
                        String title = i % 5 == 4 ? "\"lone \\ud800 surrogate\"" : json(v.get(4 * i));
                        sb.append("{\"id\":").append(json("s" + i + v.get(4 * i + 3))).append(",\"title\":").append(title)
                                .append(",\"author\":").append(json(v.get(4 * i + 1))).append(",\"publisher\":[")
                                .append(json(v.get(4 * i + 2))).append("],\"format\":[\"Book\"],\"new_field\":")
                                .append(json(v.get(4 * i + 3))).append(",").append(json("na\u001Bme" + i)).append(":\"x\"}\n");
                    }
                    return utf8(sb.toString());
                }, NASTY),
                new Shape("Solr XML", "solr-xml", v -> {
                    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<add>\n");
                    for (int i = 0; i < RECORDS; i++) {
                        sb.append("<doc><field name=\"id\">x").append(i).append(xml(v.get(4 * i + 3)))
                                .append("</field><field name=\"title\">").append(xml(v.get(4 * i)))
                                .append("</field><field name=\"author\">").append(xml(v.get(4 * i + 1)))
                                .append("</field><field name=\"publisher\">").append(xml(v.get(4 * i + 2)))
                                .append("</field><field name=\"format\">Book</field></doc>\n");
                    }
                    return utf8(sb.append("</add>\n").toString());
                }, XML_NASTY),
                new Shape("MARCXML", "marc", v -> {
                    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
                    for (int i = 0; i < RECORDS; i++) {
                        sb.append("<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">x")
                                .append(i).append(xml(v.get(4 * i + 3))).append("</controlfield><datafield tag=\"100\" ind1=\"1\""
                                + " ind2=\" \"><subfield code=\"a\">").append(xml(v.get(4 * i + 1)))
                                .append("</subfield></datafield><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">")
                                .append(xml(v.get(4 * i))).append("</subfield></datafield></record>\n");
                    }
                    return utf8(sb.append("</collection>\n").toString());
                }, XML_NASTY),
                new Shape("MARC-in-JSON", "marc", v -> {
                    StringBuilder sb = new StringBuilder("[");
                    for (int i = 0; i < RECORDS; i++) {
                        sb.append(i == 0 ? "" : ",\n").append("{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":")
                                .append(json("j" + i + v.get(4 * i + 3))).append("},{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\","
                                + "\"subfields\":[{\"a\":").append(json(v.get(4 * i))).append("}]}},{\"100\":{\"ind1\":\"1\","
                                + "\"ind2\":\" \",\"subfields\":[{\"a\":").append(json(v.get(4 * i + 1))).append("}]}}]}");
                    }
                    return utf8(sb.append("]").toString());
                }, NASTY),
                new Shape("raw MARC", "marc", v -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    for (int i = 0; i < RECORDS; i++) {
                        out.writeBytes(iso2709("i" + i + v.get(4 * i + 3).replaceAll("[\\u001D-\\u001F]", ""),
                                v.get(4 * i).replaceAll("[\\u001D-\\u001F]", "")));
                    }
                    return out.toByteArray();
                }, NASTY)).map(s -> Arguments.of(s));
    }

    /** One ISO 2709 record with a 001 and a 245 $a; lengths and addresses as the format says. */
    static byte[] iso2709(String id, String title) {
        byte[] f001 = (id + "\u001E").getBytes(StandardCharsets.UTF_8);
        byte[] f245 = ("10\u001Fa" + title + "\u001E").getBytes(StandardCharsets.UTF_8);
        String directory = String.format("001%04d%05d245%04d%05d", f001.length, 0, f245.length, f001.length) + "\u001E";
        int base = 24 + directory.length();
        int total = base + f001.length + f245.length + 1;
        String leader = String.format("%05dnam a22%05d a 4500", total, base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((leader + directory).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(f001);
        out.writeBytes(f245);
        out.write(0x1D);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void noReaderLetsAnUncleanValueIntoTheModelOrAnyWriter(Shape shape) throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            byte[] input = shape.input().apply(values(shape.alphabet(), seed * 7919 + shape.name().hashCode()));
            List<BibRecord> records = new ArrayList<>();
            ReadContext ctx = ReadContext.of("in", DiagnosticSink.discard());
            try (RecordCursor c = ReaderRegistry.installed().find(shape.reader()).orElseThrow()
                    .open(new ByteArrayInputStream(input), ctx)) {
                for (BibRecord r = c.next(); r != null; r = c.next()) {
                    records.add(r);
                }
            }
            assertTrue(records.size() >= RECORDS * 3 / 4, shape + ": read " + records.size() + " records");
            for (BibRecord r : records) {
                walk(r, shape + " record " + r.id());
            }
            for (RecordWriter w : WriterRegistry.installed().all()) {
                StringWriter out = new StringWriter();
                RecordSink sink = w.open(out, WriteContext.defaults());
                for (BibRecord r : records) {
                    sink.write(r);
                }
                sink.finish();
                assertPrintable(out.toString(), shape + " -> " + w.id());
            }
        }
    }

    /** Every string reachable from a model value is clean; follows public accessors, so new fields count too. */
    static void walk(Object v, String where) throws Exception {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof Enum<?> || v instanceof Character) {
            return;
        }
        if (v instanceof String s) {
            assertClean(s, where);
        } else if (v instanceof Optional<?> o) {
            walk(o.orElse(null), where);
        } else if (v instanceof Collection<?> c) {
            for (Iterator<?> it = c.iterator(); it.hasNext(); ) {
                walk(it.next(), where);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), where);
                walk(e.getValue(), where + "." + e.getKey());
            }
        } else if (v.getClass().isRecord()) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                walk(rc.getAccessor().invoke(v), where + "." + rc.getName());
            }
        } else if (v instanceof BibRecord) {
            for (Method m : BibRecord.class.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && !m.getName().equals("toBuilder") && !m.getName().equals("toString")
                        && !m.getName().equals("hashCode")) {
                    walk(m.invoke(v), where + "." + m.getName());
                }
            }
        } else {
            throw new AssertionError("not a model value: " + v.getClass() + " at " + where);
        }
    }

    /** The test's own oracle (not the code under test): C0 but tab and LF, DEL, C1, bidi controls, BOM. */
    static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == '\uFEFF';
    }

    static boolean loneSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }

    static void assertClean(String s, String where) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertFalse(forbidden(c), () -> where + ": U+" + Integer.toHexString(c) + " in '" + visible(s) + "'");
            int at = i;
            assertFalse(loneSurrogate(s, i), () -> where + ": lone surrogate at " + at);
        }
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFC), () -> where + ": not NFC: " + visible(s));
    }

    /** Writer output: line breaks of the format are fine; no other control, no bidi control, no lone surrogate. */
    static void assertPrintable(String out, String where) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\r') {
                continue;
            }
            int at = i;
            assertFalse(forbidden(c) || loneSurrogate(out, i),
                    () -> where + ": U+" + Integer.toHexString(c) + " at " + at + ": "
                            + visible(out.substring(Math.max(0, at - 40), Math.min(out.length(), at + 20))));
        }
    }
}

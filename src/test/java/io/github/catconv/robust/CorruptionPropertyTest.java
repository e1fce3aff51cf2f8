package io.github.catconv.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.catconv.cli.Main;
import io.github.catconv.testsupport.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random corruptions of every sample (truncations, spliced bytes, deleted and repeated spans,
 * broken markup; seeded): the process's summary counts every record, read = written + rejected +
 * skipped, the output holds exactly the records it says it wrote, and bad input never ends in an
 * internal error. For the exports framed into documents (JSON lines, Solr JSON, Solr XML), a
 * corruption inside one document loses at most that document: every other one is still written.
 */
class CorruptionPropertyTest {

    private static final int CORRUPTIONS_PER_SAMPLE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUMMARY = Pattern.compile("summary: \\d+ files? \\(\\d+ rejected\\), (\\d+) records read,"
            + " (\\d+) written, (\\d+) rejected, (\\d+) skipped, \\d+ warnings?");
    /** The summary before skipped records were counted (so the loss of documents shows, not a format change). */
    private static final Pattern OLD_SUMMARY = Pattern.compile("summary: \\d+ files? \\(\\d+ rejected\\), (\\d+) records read,"
            + " (\\d+) written, (\\d+) rejected, \\d+ warnings?");
    private static final byte[][] SPLICES = {
        "{".getBytes(StandardCharsets.UTF_8), "}".getBytes(StandardCharsets.UTF_8), "\"".getBytes(StandardCharsets.UTF_8),
        "<".getBytes(StandardCharsets.UTF_8), ">".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "</doc>".getBytes(StandardCharsets.UTF_8), "<doc>".getBytes(StandardCharsets.UTF_8),
        ",".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8), "&amp;amp;".getBytes(StandardCharsets.UTF_8),
        "id x\n".getBytes(StandardCharsets.UTF_8), "\u001B[2J\u202E".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {0}, "Ã¡".getBytes(StandardCharsets.UTF_8)};
    private static final String[] MARKUP = {"}", "]", "\"", ">", "</doc>", "</record>", "\n", ":", ","};

    record Run(int code, String out, String err, long read, long written, long rejected, long skipped) {
    }

    static Run convert(Path file, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("convert", file.toString(), "--to", "csl-json", "--stats"));
        args.addAll(Arrays.asList(extra));
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), InputStream::nullInputStream,
                args.toArray(String[]::new));
        Matcher m = SUMMARY.matcher(err.toString());
        if (!m.find()) {
            Matcher o = OLD_SUMMARY.matcher(err.toString());
            assertTrue(o.find(), "no summary: " + err);
            return new Run(code, out.toString(), err.toString(), Long.parseLong(o.group(1)), Long.parseLong(o.group(2)),
                    Long.parseLong(o.group(3)), -1);
        }
        return new Run(code, out.toString(), err.toString(), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)), Long.parseLong(m.group(4)));
    }

    static List<String> writtenIds(String csljson) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : JSON.readTree(csljson)) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    static Stream<Path> samples() throws IOException {
        return Samples.all().stream();
    }

    /** One seeded corruption of {@code bytes}. */
    static byte[] corrupt(byte[] bytes, Random r) {
        int kind = r.nextInt(7);
        if (kind == 6) {
            return corrupt(corrupt(bytes, r), r);
        }
        int n = bytes.length;
        int at = r.nextInt(Math.max(1, n));
        return switch (kind) {
            case 0 -> Arrays.copyOf(bytes, Math.max(1, at));
            case 1 -> splice(bytes, at, SPLICES[r.nextInt(SPLICES.length)], 0);
            case 2 -> splice(bytes, at, new byte[0], Math.min(n - at, 1 + r.nextInt(200)));
            case 3 -> {
                int len = Math.min(n - at, 1 + r.nextInt(400));
                yield splice(bytes, r.nextInt(Math.max(1, n)), Arrays.copyOfRange(bytes, at, at + len), 0);
            }
            case 4 -> breakMarkup(bytes, r);
            default -> {
                byte[] b = bytes.clone();
                b[at] = (byte) r.nextInt(256);
                yield b;
            }
        };
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert, int delete) {
        byte[] out = new byte[bytes.length - delete + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + delete, out, at + insert.length, bytes.length - at - delete);
        return out;
    }

    /** Removes one occurrence of a markup token: a closing brace or tag, a quote, a line break. */
    private static byte[] breakMarkup(byte[] bytes, Random r) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String token = MARKUP[r.nextInt(MARKUP.length)];
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            at.add(i);
        }
        if (at.isEmpty()) {
            return Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
        }
        return splice(bytes, at.get(r.nextInt(at.size())), new byte[0], token.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyRecordIsCountedWhateverTheCorruption(Path sample, @TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        String name = sample.getFileName().toString();
        for (int k = 0; k < CORRUPTIONS_PER_SAMPLE; k++) {
            Random r = new Random(name.hashCode() * 31L + k);
            Path file = dir.resolve(k + "-" + name);
            Files.write(file, corrupt(bytes, r));
            Run run = convert(file, "--jobs", k % 2 == 0 ? "1" : "2");
            String where = name + " corruption " + k + ": " + run.err();
            assertTrue(run.code() == 0 || run.code() == 65 || run.code() == 66, "exit " + run.code() + " " + where);
            assertTrue(run.skipped() >= 0, "the summary counts skipped records, " + where);
            assertEquals(run.read(), run.written() + run.rejected() + run.skipped(), "read = written + rejected + skipped, " + where);
            assertEquals(run.written(), writtenIds(run.out()).size(), "output holds what was written, " + where);
            long errors = run.err().lines().filter(l -> l.startsWith("error ")).count();
            assertTrue(errors >= run.rejected(), "each rejected record has its error, " + where);
        }
    }

    /** Byte ranges [start, end] of the documents of an export, found without catconv. */
    static List<int[]> documents(Path sample, byte[] bytes) throws IOException {
        List<int[]> docs = new ArrayList<>();
        String name = sample.getFileName().toString();
        if (name.endsWith(".xml")) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (int s = text.indexOf("<doc>"); s >= 0; s = text.indexOf("<doc>", s + 1)) {
                docs.add(new int[] {s, text.indexOf("</doc>", s) + "</doc>".length() - 1});
            }
            return docs;
        }
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            int depth = 0;
            int docDepth = name.endsWith(".jsonl") ? 0 : -1;
            long start = 0;
            String key = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    key = p.currentName();
                } else if (t == JsonToken.START_ARRAY && (depth == 0 || "docs".equals(key))) {
                    docDepth = depth + 1;
                }
                if (t.isStructStart()) {
                    if (t == JsonToken.START_OBJECT && depth == docDepth) {
                        start = p.currentTokenLocation().getByteOffset();
                    }
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                    if (t == JsonToken.END_OBJECT && depth == docDepth) {
                        docs.add(new int[] {(int) start, (int) p.currentTokenLocation().getByteOffset()});
                    }
                }
            }
        }
        return docs;
    }

    static Stream<Path> exports() throws IOException {
        return Samples.all().stream().filter(p -> p.getFileName().toString().matches("solr-.*\\.(json|jsonl|xml)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void aCorruptDocumentCostsOnlyItself(Path sample, @TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        List<int[]> docs = documents(sample, bytes);
        List<String> ids = writtenIds(convert(sample).out());
        assertEquals(docs.size(), ids.size(), "one record per document of " + sample);
        // (No NUL: a NUL byte in the first 8 KiB makes the whole file binary, catalogue B03.)
        byte[] replacements = sample.toString().endsWith(".xml")
                ? new byte[] {'<', '>', '"', '/', '&', 1, (byte) 0xFF, '\n'}
                : new byte[] {'"', '}', ']', ',', ':', '\n', 'x', 1, (byte) 0xFF, (byte) 0xC3};
        Random r = new Random(sample.getFileName().toString().hashCode());
        for (int n = 0; n < 30; n++) {
            int k = r.nextInt(docs.size());
            int[] d = docs.get(k);
            int at = d[0] + 1 + r.nextInt(d[1] - d[0] - 1);
            byte[] bad = r.nextInt(4) == 0 ? splice(bytes, at, new byte[0], 1)
                    : splice(bytes, at, new byte[] {replacements[r.nextInt(replacements.length)]}, 1);
            Path file = dir.resolve(n + "-" + sample.getFileName());
            Files.write(file, bad);
            Run run = convert(file);
            Set<String> written = new HashSet<>(writtenIds(run.out()));
            for (int i = 0; i < ids.size(); i++) {
                assertTrue(i == k || written.contains(ids.get(i)), "document " + (i + 1) + " (" + ids.get(i)
                        + ") lost after byte " + at + " of document " + (k + 1) + " was changed: " + run.err());
            }
            assertEquals(run.read(), run.written() + run.rejected() + Math.max(0, run.skipped()), run.err());
        }
    }
}

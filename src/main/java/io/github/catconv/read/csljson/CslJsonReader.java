package io.github.catconv.read.csljson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.catconv.internal.LineReader;
import io.github.catconv.model.BibRecord;
import io.github.catconv.model.RecordType;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.SplittableReader;
import io.github.catconv.read.ValueCleaner;
import io.github.catconv.read.limits.JsonLimits;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSL-JSON ({@code --from csl-json}): an array of items (what catconv, Zotero, citation-js and
 * pandoc write), a single item, or JSON lines (one item per line). Streamed with Jackson through the
 * hardened factory ({@link JsonLimits}): one item is in memory at a time.
 *
 * <p>A bad item — a variable of the wrong shape — is rejected alone, with its index, its id and
 * the variable in the message. In JSON lines a syntax error costs only its line; in an array or a
 * pretty-printed stream it ends the input (JSON cannot be resynchronised), after the items before
 * it. The mapping is {@link CslItemMapper}; tables in {@code docs/readers.md}.
 */
public final class CslJsonReader implements SplittableReader {

    /** {@code "type": "<a CSL type>"}: the mark of a CSL item that Solr documents and MARC-in-JSON lack. */
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([a-z_-]+)\"");
    /** Keys only CSL-JSON has (hyphenated variables, name and date objects). */
    private static final Pattern CSL_KEYS = Pattern.compile(
            "\"(container-title|date-parts|family|given|non-dropping-particle|publisher-place|title-short"
            + "|collection-title|number-of-pages|citation-key|container-title-short|page-first)\"\\s*:");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Needed by {@link java.util.ServiceLoader}. */
    public CslJsonReader() {
    }

    @Override
    public String id() {
        return "csl-json";
    }

    @Override
    public String description() {
        return "CSL-JSON items (CSL 1.0.2): an array, one item, or JSON lines";
    }

    /**
     * Sure (95) when the sample is JSON whose objects carry a CSL type beside an id or CSL's own
     * keys; fairly sure (80) with CSL's own keys but no type seen yet (a long first abstract); 0
     * otherwise.
     */
    @Override
    public int sniff(String sample) {
        String s = sample.startsWith("\uFEFF") ? sample.substring(1) : sample;
        s = s.stripLeading();
        if (!s.startsWith("[") && !s.startsWith("{")) {
            return 0;
        }
        boolean cslType = false;
        Matcher m = TYPE.matcher(s);
        while (m.find() && !cslType) {
            cslType = RecordType.fromCslType(m.group(1)).isPresent() || isOtherCslType(m.group(1));
        }
        int keys = 0;
        Matcher k = CSL_KEYS.matcher(s);
        while (k.find() && keys < 2) {
            keys++;
        }
        boolean id = s.contains("\"id\"");
        if (cslType && (keys > 0 || id)) {
            return 95;
        }
        return keys > 0 ? 80 : 0; // no Solr document or MARC-in-JSON record has these keys
    }

    private static boolean isOtherCslType(String t) {
        return switch (t) {
            case "bill", "broadcast", "classic", "collection", "entry", "entry-dictionary", "event", "figure",
                 "hearing", "interview", "legal_case", "pamphlet", "patent", "performance", "personal_communication",
                 "post", "post-weblog", "regulation", "review", "review-book", "speech", "standard", "treaty" -> true;
            default -> false;
        };
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        ItemSource source = source(in, context);
        OncePerFile once = new OncePerFile();
        return new RecordCursor() {
            @Override
            public BibRecord next() throws IOException {
                for (Raw raw = source.next(); raw != null; raw = source.next()) {
                    ItemChunk chunk = new ItemChunk(raw);
                    BibRecord r = chunk.toRecord(context);
                    if (r != null) {
                        once.report(chunk.cleaned, context);
                        return r;
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    /**
     * The parallel path: the splitter thread parses the JSON into one tree per item (JSON lines:
     * cuts the lines), worker threads map the trees to records.
     */
    @Override
    public Splitter split(InputStream in, ReadContext context) throws IOException {
        ItemSource source = source(in, context);
        OncePerFile once = new OncePerFile();
        return new Splitter() {
            @Override
            public Chunk next() throws IOException {
                Raw raw = source.next();
                return raw == null ? null : new ItemChunk(raw);
            }

            @Override
            public BibRecord inOrder(BibRecord record, Chunk chunk, ReadContext ctx) {
                once.report(((ItemChunk) chunk).cleaned, ctx); // the first double-encoded value of the file
                return record;
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    private static ItemSource source(InputStream in, ReadContext context) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        if (isJsonLines(b)) {
            return new LinesSource(new LineReader(b, context.charset().orElse(null), context.maxLineLength()), context);
        }
        JsonParser p;
        try {
            p = context.charset().isPresent()
                    ? JsonLimits.open(new InputStreamReader(b, context.charset().get()))
                    : JsonLimits.open(b);
        } catch (CharConversionException e) {
            // Jackson detects the encoding when it opens: bytes that are no JSON encoding at all.
            context.reject(1, null, "", "CSL-JSON cannot be read: " + e.getMessage());
            b.close();
            return new ItemSource() {
                @Override
                public Raw next() {
                    return null;
                }

                @Override
                public void close() {
                    // closed above
                }
            };
        }
        return new StreamSource(p, context);
    }

    /**
     * JSON lines when the first line holds one whole object and the next non-blank line starts
     * another: then each line is read on its own, so a broken line costs only itself.
     */
    static boolean isJsonLines(BufferedInputStream b) throws IOException {
        b.mark(1 << 16);
        byte[] head = b.readNBytes(1 << 16);
        b.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", 50);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i >= lines.length - 1 || !lines[i].strip().startsWith("{") || !wholeObject(ValueCleaner.line(lines[i]))) {
            return false;
        }
        for (int k = i + 1; k < lines.length - 1; k++) {
            if (!lines[k].isBlank()) {
                return lines[k].strip().startsWith("{");
            }
        }
        return false;
    }

    private static boolean wholeObject(String line) {
        try (JsonParser p = JsonLimits.open(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** One item on its way to a record, remembering what cleaning found for the in-order report. */
    private static final class ItemChunk implements Chunk {
        private final Raw raw;
        ValueCleaner.Cleaned cleaned;

        ItemChunk(Raw raw) {
            this.raw = raw;
        }

        @Override
        public BibRecord toRecord(ReadContext ctx) {
            BibRecord r = raw.toRecord(ctx);
            if (r == null) {
                return null;
            }
            cleaned = ValueCleaner.record(r, ctx.options().fixMojibake());
            List<String> before = raw.cleanedLine() ? List.of("line " + raw.lineNumber()) : List.of();
            return cleaned.report(ctx, raw.lineNumber(), raw::rawText, before, raw.lineNumber());
        }
    }

    /**
     * One item as cut from the input: its tree, or for JSON lines the line still to parse (so
     * that the parsing, too, runs on the worker threads).
     *
     * @param cleanedLine true when the JSON line lost control characters before it was parsed
     */
    private record Raw(Object value, String line, int index, int lineNumber, boolean cleanedLine) {

        /** The item's text for {@code --rejects}. */
        String rawText() {
            return line != null ? line : JsonTree.write(value);
        }

        /** The item's record as mapped, or null when it was rejected (reported to {@code ctx}). */
        BibRecord toRecord(ReadContext ctx) {
            Object v = value;
            if (line != null) {
                try (JsonParser p = JsonLimits.open(line)) {
                    p.nextToken();
                    v = JsonTree.read(p);
                    if (p.nextToken() != null) {
                        ctx.reject(lineNumber, null, line, "item " + index + ": more than one JSON value on the line");
                        return null;
                    }
                } catch (IOException e) {
                    String m = e instanceof JsonProcessingException j ? message(j) : e.getMessage();
                    ctx.reject(lineNumber, null, line, "item " + index + ": not JSON: " + m);
                    return null;
                }
            }
            return item(v, index, lineNumber, ctx);
        }
    }

    /** The items of one input, in order; syntax errors of the stream are reported on the way. */
    private interface ItemSource extends java.io.Closeable {
        /** The next item, or null at the end of the input. */
        Raw next() throws IOException;
    }

    /** Maps one item and reports what the mapping found; null when the item was rejected. */
    private static BibRecord item(Object value, int index, int line, ReadContext ctx) {
        if (!(value instanceof Map<?, ?>)) {
            ctx.reject(line, null, JsonTree.write(value), "item " + index + " is " + JsonTree.kind(value)
                    + ", not a CSL item object");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        Object rawId = map.get("id");
        String id = rawId instanceof String str ? str.strip() : rawId instanceof JsonTree.Num num ? num.text() : null;
        try {
            CslItemMapper.Result r = CslItemMapper.map(map, index, ctx.fileName(), line);
            for (String w : r.warnings()) {
                ctx.warn(line, r.record().id(), "item " + index + ": " + w);
            }
            return r.record();
        } catch (CslItemMapper.BadItem e) {
            ctx.reject(line, id == null || id.isEmpty() ? null : id, JsonTree.write(value),
                    "item " + index + (id == null || id.isEmpty() ? "" : " (id " + id + ")") + ": " + e.getMessage());
            return null;
        }
    }

    private static String message(JsonProcessingException e) {
        return WHITESPACE.matcher(e.getOriginalMessage()).replaceAll(" ");
    }

    /** An array of items, one item, or items one after another, from one streaming parser. */
    private static final class StreamSource implements ItemSource {
        private final JsonParser p;
        private final ReadContext ctx;
        private int index;
        private boolean inArray;
        private boolean done;

        StreamSource(JsonParser p, ReadContext ctx) {
            this.p = p;
            this.ctx = ctx;
        }

        @Override
        public Raw next() throws IOException {
            while (!done) {
                int line = 0;
                try {
                    JsonToken t = p.nextToken();
                    line = p.currentTokenLocation().getLineNr();
                    if (t == null) {
                        done = true;
                        return null;
                    }
                    if (t == JsonToken.END_ARRAY && inArray) {
                        inArray = false;
                        continue;
                    }
                    if (t == JsonToken.START_ARRAY && !inArray) {
                        inArray = true;
                        continue;
                    }
                    return new Raw(JsonTree.read(p), null, ++index, line, false);
                } catch (JsonProcessingException e) {
                    done = true;
                    int at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
                    ctx.reject(at, null, "", "CSL-JSON cannot be read further"
                            + (index > 0 ? " after item " + index : "") + ": " + message(e));
                } catch (CharConversionException e) {
                    // Jackson's encoding detection (UTF-16/32 without a BOM) found bytes of no character.
                    done = true;
                    ctx.reject(line, null, "", "CSL-JSON cannot be read further"
                            + (index > 0 ? " after item " + index : "") + ": " + e.getMessage());
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            p.close();
        }
    }

    /** JSON lines: every line an item of its own. */
    private static final class LinesSource implements ItemSource {
        private final LineReader lines;
        private final ReadContext ctx;
        private int index;

        LinesSource(LineReader lines, ReadContext ctx) {
            this.lines = lines;
            this.ctx = ctx;
        }

        @Override
        public Raw next() throws IOException {
            for (LineReader.Line l = lines.next(); l != null; l = lines.next()) {
                if (!l.ok()) {
                    ctx.reject(l.number(), null, "", "line " + l.number() + ": " + l.error());
                    index++;
                    continue;
                }
                if (!l.text().isBlank()) {
                    // Raw control characters are no JSON; removed first, as for every line reader.
                    String text = ValueCleaner.line(l.text());
                    return new Raw(null, text, ++index, l.number(), ValueCleaner.hasRemovable(l.text()));
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

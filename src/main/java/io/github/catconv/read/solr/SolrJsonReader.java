package io.github.catconv.read.solr;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.catconv.internal.Printable;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.frame.JsonFramer;
import io.github.catconv.read.frame.Utf8Input;
import io.github.catconv.read.limits.JsonLimits;
import java.io.ByteArrayInputStream;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Solr documents as JSON: a whole select response ({@code {"response":{"docs":[…]}}}), a
 * bare array of documents, one document, or JSON lines (one document per line). Streamed: the
 * input is cut into documents by {@link JsonFramer} and each goes to its own Jackson parser, so one
 * document is in memory at a time, whatever the input size, and a broken one costs only itself.
 */
public final class SolrJsonReader implements RecordReader {

    private static final Pattern DOC_KEYS = Pattern.compile(
            "\"(id|_version_|record_format|recordtype|title_short|fullrecord|author|format|publishDate)\"\\s*:");

    /** CSL-JSON items: name objects, date objects, hyphenated CSL variables (never Solr field names). */
    private static final Pattern CSL_MARKS = Pattern.compile(
            "\"(date-parts|family|non-dropping-particle|container-title|title-short|publisher-place)\"\\s*:"
            + "|\"author\"\\s*:\\s*\\[\\s*\\{");

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final SolrDocumentMapper mapper;

    /** A reader using {@link SolrDocumentMapper#standard()} (the ServiceLoader constructor). */
    public SolrJsonReader() {
        this(SolrDocumentMapper.standard());
    }

    /**
     * A reader with its own document mapper (for tests and embedding).
     *
     * @param mapper the mapper; not null
     */
    public SolrJsonReader(SolrDocumentMapper mapper) {
        this.mapper = java.util.Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public String id() {
        return "solr-json";
    }

    @Override
    public String description() {
        return "Solr documents as JSON: a select response, an array of documents, or JSON lines";
    }

    @Override
    public int sniff(String sample) {
        String s = sample.stripLeading();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1).stripLeading();
        }
        if (!s.startsWith("{") && !s.startsWith("[")) {
            return 0;
        }
        if (s.contains("\"response\"") && s.contains("\"docs\"")) {
            return 90;
        }
        // "id" and "author" are CSL-JSON's keys too: beside CSL's own marks they say nothing of Solr.
        boolean csl = CSL_MARKS.matcher(s).find();
        int keys = 0;
        java.util.regex.Matcher m = DOC_KEYS.matcher(s);
        while (m.find() && keys < 3) {
            if (!csl || !(m.group(1).equals("id") || m.group(1).equals("author"))) {
                keys++;
            }
        }
        return keys >= 2 ? 75 : csl ? 0 : 10;
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        return new Cursor(Utf8Input.open(in).stream(), context, mapper);
    }

    /**
     * Frames the input into documents ({@link JsonFramer}) and reads each with its own parser, so
     * that one broken document (a cut line of JSON lines, a missing brace) is one rejected record.
     */
    private static final class Cursor extends DocumentCursor {
        private final InputStream in;
        private final JsonFramer framer;

        Cursor(InputStream in, ReadContext ctx, SolrDocumentMapper mapper) {
            super(ctx, mapper);
            this.in = in;
            this.framer = new JsonFramer(in, MAX_DOCUMENT_BYTES, true);
        }

        @Override
        protected Piece nextPiece() throws IOException {
            JsonFramer.Frame f = framer.next();
            if (f == null) {
                return null;
            }
            return switch (f.kind()) {
                case DOCUMENT -> document(f);
                case BROKEN -> broken(f);
                case SKIPPED -> new Skipped(f.line(), "skipped " + f.problem());
                case ERROR_OBJECT -> new Rejected(f.line(), null, "", "the Solr response is an error: " + errorMessage(f));
                case NOTE -> new Note(f.line(), "Solr JSON: " + f.problem());
                case UNREADABLE -> new Fatal(f.line(), "Solr JSON cannot be read further: " + f.problem()
                        + "; rest of file skipped");
            };
        }

        /** Nested values skipped in the document being read (line, field): reported with its id. */
        private final List<Object[]> nested = new ArrayList<>();

        private Piece document(JsonFramer.Frame f) throws IOException {
            List<SolrField> fields = new ArrayList<>();
            nested.clear();
            try (JsonParser p = JsonLimits.open(new ByteArrayInputStream(f.bytes()))) {
                p.nextToken();
                readFields(p, fields, f.line());
                if (p.nextToken() != null) {
                    throw new JsonParseException(p, "text after the end of the document");
                }
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? f.line() : f.line() + e.getLocation().getLineNr() - 1;
                String id = DocumentCursor.visibleId(f.text());
                return new Rejected(line, id, f.text(), "Solr JSON document not read: " + describe(e));
            }
            SolrDocument doc = new SolrDocument(fields, f.line());
            for (Object[] n : nested) {
                ctx.warn((Integer) n[0], doc.idOrNull(), "field " + n[1] + ": nested JSON value skipped");
            }
            return new Doc(doc, f.bytes(), false);
        }

        /** A document the framer found broken; one cut by the end of the input keeps its complete fields. */
        private Piece broken(JsonFramer.Frame f) throws IOException {
            String id = f.bytes() == null ? null : DocumentCursor.visibleId(f.text());
            if (f.atEnd() && f.bytes() != null) {
                List<SolrField> fields = new ArrayList<>();
                try (JsonParser p = JsonLimits.open(new ByteArrayInputStream(f.bytes()))) {
                    p.nextToken();
                    readFields(p, fields, f.line());
                } catch (JsonProcessingException e) {
                    // expected: the cut; the fields read before it are kept
                }
                SolrDocument doc = new SolrDocument(fields, f.line());
                if (doc.idOrNull() != null && fields.size() > 1) {
                    return new Doc(doc, f.bytes(), true);
                }
                return new Rejected(f.line(), id, f.text(), "document truncated at end of file"
                        + (doc.idOrNull() == null ? " before its id" : " after its id") + "; rejected");
            }
            return new Rejected(f.line(), id, f.text(), f.problem());
        }

        /** Reads the fields of the object the parser is on into {@code out}, complete fields only. */
        private void readFields(JsonParser p, List<SolrField> out, int lineOffset) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int fieldLine = lineOffset + p.currentTokenLocation().getLineNr() - 1;
                JsonToken v = p.nextToken();
                List<String> values = new ArrayList<>(1);
                if (v == JsonToken.START_ARRAY) {
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        if (e == null) {
                            throw new JsonParseException(p, "the document ends inside an array");
                        }
                        addScalar(p, e, values, name, lineOffset);
                    }
                } else {
                    addScalar(p, v, values, name, lineOffset);
                }
                out.add(new SolrField(name, values, fieldLine));
            }
        }

        private void addScalar(JsonParser p, JsonToken t, List<String> values, String field, int lineOffset)
                throws IOException {
            if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                values.add(p.getText());
            } else if (t.isStructStart()) {
                // Child documents (_childDocuments_) and other nested objects are not catalog values.
                nested.add(new Object[] {lineOffset + p.currentTokenLocation().getLineNr() - 1, field});
                p.skipChildren();
            }
        }

        private String errorMessage(JsonFramer.Frame f) {
            try (JsonParser p = JsonLimits.open(new ByteArrayInputStream(f.bytes()))) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("msg") && p.currentToken().isScalarValue()) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
            } catch (IOException e) {
                return "(its message cannot be read: " + describe(e) + ")";
            }
            return "(no message)";
        }

        private static String describe(IOException e) {
            String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : null;
            return WHITESPACE.matcher(m == null ? Printable.message(e) : m).replaceAll(" ");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

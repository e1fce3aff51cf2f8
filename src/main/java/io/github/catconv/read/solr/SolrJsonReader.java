package io.github.catconv.read.solr;

import io.github.catconv.read.limits.JsonLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Solr documents as JSON: a whole select response ({@code {"response":{"docs":[…]}}}), a
 * bare array of documents, one document, or JSON lines (one document per line). Streamed with
 * Jackson's {@link JsonParser}: one document is in memory at a time, whatever the input size.
 */
public final class SolrJsonReader implements RecordReader {

    /** Keys that start a Solr response object (Solr reference guide, "Response Writers"). */
    private static final Set<String> RESPONSE_KEYS = Set.of(
            "responseHeader", "response", "grouped", "facet_counts", "highlighting", "error", "debug",
            "spellcheck", "moreLikeThis", "stats", "nextCursorMark", "expanded");
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
        return new Cursor(JsonLimits.open(in), context, mapper);
    }

    /** Walks the token stream down to documents, one at a time. */
    private static final class Cursor extends DocumentCursor {
        private final JsonParser p;
        /** True while inside an array whose elements are documents. */
        private boolean inDocArray;

        Cursor(JsonParser p, ReadContext ctx, SolrDocumentMapper mapper) {
            super(ctx, mapper);
            this.p = p;
        }

        @Override
        protected SolrDocument nextDocument() throws IOException, Unreadable {
            try {
                return readDocument();
            } catch (JsonProcessingException e) {
                throw new Unreadable(line(), "Solr JSON cannot be read further: "
                        + WHITESPACE.matcher(e.getOriginalMessage()).replaceAll(" "));
            }
        }

        private SolrDocument readDocument() throws IOException {
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return null;
                }
                if (inDocArray) {
                    if (t == JsonToken.END_ARRAY) {
                        inDocArray = false;
                        skipToRootEnd();
                        continue;
                    }
                    if (t == JsonToken.START_OBJECT) {
                        return readDoc(line());
                    }
                    p.skipChildren();
                    ctx.warn(line(), null, "skipped a " + t.asString() + " where a Solr document was expected");
                    continue;
                }
                SolrDocument d = topLevel(t);
                if (d != null) {
                    return d;
                }
            }
        }

        /**
         * After the documents: skips the rest of the enclosing top-level value (the other keys of
         * {@code response}, {@code facet_counts}, {@code highlighting}), which are not records.
         */
        private void skipToRootEnd() throws IOException {
            while (!p.getParsingContext().inRoot()) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return;
                }
                if (t.isStructStart()) {
                    p.skipChildren();
                }
            }
        }

        /** A top-level value: an array of documents, a response, or a document. */
        private SolrDocument topLevel(JsonToken t) throws IOException {
            if (t == JsonToken.START_ARRAY) {
                inDocArray = true;
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                ctx.warn(line(), null, "skipped a top-level " + t.asString() + " (not a Solr document)");
                p.skipChildren();
                return null;
            }
            int start = line();
            if (p.nextToken() != JsonToken.FIELD_NAME) {
                return null; // {} : nothing
            }
            if (RESPONSE_KEYS.contains(p.currentName())) {
                return response();
            }
            return readDocFromField(start);
        }

        /** Inside a response object at a field name: finds response.docs and starts streaming it. */
        private SolrDocument response() throws IOException {
            do {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("response") && v == JsonToken.START_OBJECT) {
                    if (seekDocs()) {
                        inDocArray = true;
                        return null;
                    }
                } else if (name.equals("error") && v == JsonToken.START_OBJECT) {
                    reportError();
                } else {
                    p.skipChildren();
                }
            } while (p.nextToken() == JsonToken.FIELD_NAME);
            return null;
        }

        /** Inside {@code response}: moves to the start of {@code docs}; false when it has none. */
        private boolean seekDocs() throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("docs") && v == JsonToken.START_ARRAY) {
                    return true;
                }
                p.skipChildren();
            }
            return false;
        }

        private void reportError() throws IOException {
            String msg = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("msg")) {
                    msg = p.getText();
                }
                p.skipChildren();
            }
            ctx.reject(line(), null, "", "the Solr response is an error: " + (msg == null ? "(no message)" : msg));
        }

        private SolrDocument readDoc(int start) throws IOException {
            if (p.nextToken() != JsonToken.FIELD_NAME) {
                return new SolrDocument(List.of(), start);
            }
            return readDocFromField(start);
        }

        /** Reads a document's fields; the parser is on its first field name. */
        private SolrDocument readDocFromField(int start) throws IOException {
            List<SolrField> fields = new ArrayList<>();
            do {
                String name = p.currentName();
                int fieldLine = line();
                JsonToken v = p.nextToken();
                List<String> values = new ArrayList<>(1);
                if (v == JsonToken.START_ARRAY) {
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        addScalar(e, values, name);
                    }
                } else {
                    addScalar(v, values, name);
                }
                fields.add(new SolrField(name, values, fieldLine));
            } while (p.nextToken() == JsonToken.FIELD_NAME);
            return new SolrDocument(fields, start);
        }

        private void addScalar(JsonToken t, List<String> values, String field) throws IOException {
            if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                values.add(p.getText());
            } else if (t.isStructStart()) {
                // Child documents (_childDocuments_) and other nested objects are not catalog values.
                ctx.warn(line(), null, "field " + field + ": nested JSON value skipped");
                p.skipChildren();
            }
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        @Override
        public void close() throws IOException {
            p.close();
        }
    }
}

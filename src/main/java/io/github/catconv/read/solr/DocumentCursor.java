package io.github.catconv.read.solr;

import io.github.catconv.model.BibRecord;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.ValueCleaner;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record loop both Solr readers share. Subclasses cut the input into documents (a framer hands
 * each one to a fresh parser), so a broken document is one rejected record and the next document
 * is read; this class maps each document, cleans its values, and accounts for everything else: a
 * value that is no document is a skipped record, a problem outside the documents a warning, and
 * only input that cannot be framed at all ends the file (one located error).
 */
abstract class DocumentCursor implements RecordCursor {

    /** Longest document kept for its parser: twice the parsers' longest string ({@code JsonLimits}). */
    static final int MAX_DOCUMENT_BYTES = 32 << 20;

    /** What the input held next. */
    sealed interface Piece permits Doc, Rejected, Skipped, Note, Fatal {
    }

    /**
     * A document.
     *
     * @param truncated true when the input ended inside it: the fields before the cut (catalogue B16)
     */
    record Doc(SolrDocument doc, byte[] raw, boolean truncated) implements Piece {
        /** The document's text, for the rejects file (made only when a record is rejected). */
        String rawText() {
            return raw == null ? "" : new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A document that cannot be read: one rejected record. */
    record Rejected(int line, String id, String rawText, String message) implements Piece {
    }

    /** A value where a document belongs that is none: one skipped record. */
    record Skipped(int line, String message) implements Piece {
    }

    /** A problem outside the documents that costs no record. */
    record Note(int line, String message) implements Piece {
    }

    /** The input cannot be read on: the last piece. */
    record Fatal(int line, String message) implements Piece {
    }

    protected final ReadContext ctx;
    private final SolrDocumentMapper mapper;
    private final OncePerFile once = new OncePerFile();
    private boolean done;

    DocumentCursor(ReadContext ctx, SolrDocumentMapper mapper) {
        this.ctx = ctx;
        this.mapper = mapper;
    }

    /**
     * The next piece of the input, or null at its end.
     *
     * @throws IOException when the stream fails
     */
    protected abstract Piece nextPiece() throws IOException;

    @Override
    public final BibRecord next() throws IOException {
        while (!done) {
            Piece p = nextPiece();
            if (p == null) {
                done = true;
                return null;
            }
            if (p instanceof Rejected r) {
                ctx.reject(r.line(), r.id(), r.rawText(), r.message());
            } else if (p instanceof Skipped s) {
                ctx.skip(s.line(), null, s.message());
            } else if (p instanceof Note n) {
                ctx.warn(n.line(), null, n.message());
            } else if (p instanceof Fatal f) {
                done = true;
                ctx.reject(f.line(), null, "", f.message());
                return null;
            } else {
                BibRecord r = toRecord((Doc) p);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private BibRecord toRecord(Doc d) {
        SolrDocument doc = d.doc();
        if (doc.fields().isEmpty()) {
            ctx.skip(doc.line(), null, "empty document (no fields); skipped");
            return null;
        }
        String id = doc.idOrNull();
        if (d.truncated()) {
            if (ctx.options().strict()) {
                ctx.reject(doc.line(), id, d.rawText(), "record " + id + " truncated at end of file; rejected (--strict)");
                return null;
            }
            ctx.warn(doc.line(), null, "record " + id + " truncated at end of file; written with the fields before the cut");
        }
        BibRecord r;
        try {
            r = mapper.map(doc, ctx);
        } catch (RuntimeException e) {
            ctx.reject(doc.line(), id, d.rawText(), "internal error on this record: " + e + " (please report)");
            return null;
        }
        if (r == null) {
            return null;
        }
        ValueCleaner.Cleaned c = ValueCleaner.record(r, ctx.options().fixMojibake());
        BibRecord clean = c.report(ctx, doc.line(), d::rawText);
        once.report(c, ctx);
        return clean;
    }

    private static final Pattern JSON_ID = Pattern.compile("\"id\"\\s*:\\s*\"((?:[^\"\\\\\\n]|\\\\.){1,200})\"");
    private static final Pattern XML_ID = Pattern.compile("<(?:str|field)\\s+name=[\"']id[\"']\\s*>([^<\\n]{1,200})<");

    /** The id of a broken document when its text shows one, for the diagnostic; else null. */
    static String visibleId(String text) {
        Matcher m = JSON_ID.matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = XML_ID.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}

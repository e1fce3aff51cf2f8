package io.github.catconv.read.vufind;

import io.github.catconv.read.vufind.page.DumpScanner;
import io.github.catconv.read.vufind.page.Labels;
import io.github.catconv.read.vufind.page.RecordPage;
import io.github.catconv.read.vufind.page.RecordPageParser;
import io.github.catconv.read.vufind.page.Truncation;
import io.github.catconv.internal.LineReader;
import io.github.catconv.internal.LineReader.Line;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.OncePerFile;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.ValueCleaner;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.SplittableReader;
import io.github.catconv.read.marc.MarcMapper;
import io.github.catconv.read.fullrecord.RecordMerger;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads raw VuFind catalog dumps: record pages (header in any UI language, staff view of Solr
 * fields), one after another, streamed one page at a time.
 */
public final class VufindReader implements SplittableReader {

    /** A staff-view field line of a field every VuFind record has. */
    private static final Pattern STAFF_LINE = Pattern.compile(
            "(?m)^(_version_ \\d+|id \\S+|title \\S.*|author \\S.*|format \\S.*|publishDate \\S.*|spelling \\S.*)$");

    @Override
    public String id() {
        return "vufind";
    }

    @Override
    public String description() {
        return "VuFind record pages (header in any UI language and/or staff view of Solr fields)";
    }

    @Override
    public int sniff(String sample) {
        int staff = 0;
        java.util.regex.Matcher m = STAFF_LINE.matcher(sample);
        while (m.find() && staff < 3) {
            staff++;
        }
        if (staff >= 2) {
            return 80;
        }
        Labels labels = Labels.get();
        for (String line : sample.split("\\R", 60)) {
            String t = line.strip();
            if (labels.isDetailsHeading(t) || labels.isLoading(t)) {
                return 70;
            }
        }
        return staff > 0 ? 20 : 5;
    }

    @Override
    public RecordCursor open(InputStream in, ReadContext context) throws IOException {
        LineReader lines = new LineReader(in, context.charset().orElse(null), context.maxLineLength());
        return new Cursor(lines, context);
    }

    /**
     * Splits the dump into pages on the calling thread; each page becomes its record on any thread
     * (the engine's parallel path). Duplicate ids are checked in input order by {@code inOrder}.
     */
    @Override
    public Splitter split(InputStream in, ReadContext context) throws IOException {
        LineReader lines = new LineReader(in, context.charset().orElse(null), context.maxLineLength());
        return new PageSplitter(lines);
    }

    /** The parallel path's splitter: pages out of the {@link DumpScanner}, once-per-file findings in order. */
    private static final class PageSplitter implements Splitter {
        /** Stateless (only shared read-only tables), so one parser serves every thread. */
        private static final RecordPageParser PARSER = new RecordPageParser();
        private final LineReader lines;
        private final DumpScanner scanner;
        private final OncePerFile once = new OncePerFile();

        PageSplitter(LineReader lines) {
            this.lines = lines;
            this.scanner = new DumpScanner(lines);
        }

        @Override
        public Chunk next() throws IOException {
            RecordPage page = scanner.next();
            return page == null ? null : new PageChunk(page);
        }

        @Override
        public BibRecord inOrder(BibRecord record, Chunk chunk, ReadContext context) {
            PageChunk c = (PageChunk) chunk;
            Cursor.inOrder(once, record, c.outcome, c.page, context);
            return record;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** One page of the parallel path; keeps what the in-order step reports. */
    private static final class PageChunk implements Chunk {
        final RecordPage page;
        /** Set by {@link #toRecord} (a worker), read by {@code inOrder} after the hand-over. */
        Outcome outcome;

        PageChunk(RecordPage page) {
            this.page = page;
        }

        @Override
        public BibRecord toRecord(ReadContext context) {
            outcome = Cursor.toRecord(page, PageSplitter.PARSER, new PageMapper(context), context);
            return outcome.record();
        }
    }

    /**
     * A page's record (null when it held none or was rejected) and what is reported once per
     * file, in input order: the first double-encoded value, or a header label that matched only in
     * its double-encoded form.
     */
    private record Outcome(BibRecord record, ValueCleaner.Cleaned cleaned, int labelLine, String label) {
        static final Outcome NONE = new Outcome(null, null, 0, null);
    }

    private static final class Cursor implements RecordCursor {
        private final LineReader lines;
        private final DumpScanner scanner;
        private final RecordPageParser parser = new RecordPageParser();
        private final PageMapper mapper;
        private final ReadContext ctx;
        private final OncePerFile once = new OncePerFile();

        Cursor(LineReader lines, ReadContext ctx) {
            this.lines = lines;
            this.scanner = new DumpScanner(lines);
            this.mapper = new PageMapper(ctx);
            this.ctx = ctx;
        }

        @Override
        public BibRecord next() throws IOException {
            RecordPage page;
            while ((page = scanner.next()) != null) {
                Outcome o = toRecord(page, parser, mapper, ctx);
                if (o.record() != null) {
                    inOrder(once, o.record(), o, page, ctx);
                    return o.record();
                }
            }
            return null;
        }

        /** The checks that need the records in input order: once-per-file findings. (Duplicate ids: convert.UniqueIds.) */
        static void inOrder(OncePerFile once, BibRecord r, Outcome o, RecordPage page, ReadContext ctx) {
            ValueCleaner.Cleaned c = o.cleaned();
            boolean labelFirst = o.label() != null
                    && (c == null || c.mojibakeField() == null || c.mojibakeLine() <= 0 || o.labelLine() < c.mojibakeLine());
            if (labelFirst) {
                once.mojibake(o.labelLine(), r.id(), "header label", o.label(), ctx);
            } else {
                once.report(c, ctx);
            }
        }

        /** The record of one page, or none when the page holds none or is rejected (reported to ctx). */
        static Outcome toRecord(RecordPage page, RecordPageParser parser, PageMapper mapper, ReadContext ctx) {
            Line bad = page.firstBadLine();
            if (bad != null) {
                // The line reader's message already carries the --input-encoding hint where it applies.
                ctx.reject(bad.number(), idHint(page), page.rawText(), bad.error());
                return Outcome.NONE;
            }
            String cut = page.atUnterminatedEnd ? Truncation.cutLine(page) : null;
            if (cut != null) {
                String id = idHint(page);
                if (id == null || page.lines.size() < 2) {
                    ctx.reject(page.startLine(), id, page.rawText(), "record truncated at end of file"
                            + (id == null ? " before its id" : "") + "; rejected");
                    return Outcome.NONE;
                }
                if (ctx.options().strict()) {
                    ctx.reject(page.startLine(), id, page.rawText(), "record " + id
                            + " truncated at end of file; rejected (--strict)");
                    return Outcome.NONE;
                }
                ctx.warn(page.lines.get(page.lines.size() - 1).number(), null, "record " + id
                        + " truncated at end of file; its last line '" + abbreviate(cut) + "' is cut short and was dropped");
                page.dropLastLine();
            }
            RecordPageParser.Parsed parsed = parser.parse(page);
            if (parsed.staff.isEmpty() && parsed.header.isEmpty() && parsed.marc == null) {
                if (parsed.title == null) {
                    return Outcome.NONE;
                }
                String hint = ValueCleaner.looksDoubleEncoded(page.rawText())
                        ? "; the text looks double-encoded (mojibake), which hides the labels: try --fix-mojibake" : "";
                ctx.reject(page.startLine(), null, page.rawText(),
                        "no record here: neither a staff view nor header labels (text starting '" + abbreviate(parsed.title)
                        + "')" + hint);
                return Outcome.NONE;
            }
            try {
                BibRecord r;
                if (parsed.marc != null && parsed.staff.isEmpty()) {
                    // A MARC-only page: the header only repeats the MARC record.
                    r = new MarcMapper(ctx).map(parsed.marc, null, page.startLine());
                } else {
                    r = mapper.map(parsed, page.startLine());
                    if (parsed.marc != null) {
                        // Solr fields plus the MARC view: MARC wins where it is more precise.
                        r = RecordMerger.merge(r, new MarcMapper(ctx).map(parsed.marc, r.id(), parsed.marcLine));
                    }
                }
                for (Object[] note : parsed.notes) {
                    ctx.warn((Integer) note[0], r.id(), (String) note[1]);
                }
                if (parsed.staff.isEmpty() && parsed.marc == null) {
                    ctx.warn(page.startLine(), r.id(), "record has no staff view (raw fields); built from the header alone");
                }
                ValueCleaner.Cleaned c = ValueCleaner.record(r, ctx.options().fixMojibake());
                List<String> removedBefore = new ArrayList<>();
                for (int line : page.cleanedLines) {
                    String field = parsed.fieldAt(line);
                    if (!removedBefore.contains(field)) {
                        removedBefore.add(field);
                    }
                }
                BibRecord clean = c.report(ctx, page.startLine(), page::rawText, removedBefore,
                        page.cleanedLines.isEmpty() ? 0 : page.cleanedLines.get(0));
                return clean == null ? Outcome.NONE : new Outcome(clean, c, parsed.mojibakeLabelLine, parsed.mojibakeLabel);
            } catch (RuntimeException e) {
                ctx.reject(page.startLine(), idHint(page), page.rawText(),
                        "internal error on this record: " + e + " (please report)");
                return Outcome.NONE;
            }
        }

        private static String idHint(RecordPage page) {
            for (Line l : page.lines) {
                if (l.ok() && l.text().startsWith("id ")) {
                    return l.text().substring(3).strip();
                }
            }
            return null;
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}

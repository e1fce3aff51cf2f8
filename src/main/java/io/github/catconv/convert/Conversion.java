package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.diag.Severity;
import io.github.catconv.internal.AtomicOutput;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.ReaderRegistry;
import io.github.catconv.read.RecordCursor;
import io.github.catconv.read.RecordReader;
import io.github.catconv.read.SplittableReader;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import io.github.catconv.write.WriterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * One run of {@code catconv convert}: every input through its reader into one writer.
 *
 * <p>Record isolation: a bad record is rejected by its reader and the file goes on; an unreadable
 * file is reported and the run goes on (unless fail-fast). The output is written to a temporary
 * file and renamed into place only when the run completed, so it is never half-written.
 */
public final class Conversion {

    private final ConversionOptions options;
    private final DiagnosticSink diagnostics;
    private final RunStats stats = new RunStats();
    private final Inputs inputs;
    private volatile boolean stop;
    /** Worker threads of the parallel path (--jobs > 1), or null for the single-threaded one. */
    private ExecutorService workers;

    /**
     * @param options what to convert
     * @param diagnostics where diagnostics go (already formatted for stderr by the caller)
     * @param stdin supplies standard input for "-"
     */
    public Conversion(ConversionOptions options, DiagnosticSink diagnostics, Supplier<InputStream> stdin) {
        this(options, diagnostics, stdin, FolderFilter.ALL);
    }

    /** Like {@link #Conversion(ConversionOptions, DiagnosticSink, Supplier)}, reading of folders only what {@code folders} lets through. */
    public Conversion(ConversionOptions options, DiagnosticSink diagnostics, Supplier<InputStream> stdin,
                      FolderFilter folders) {
        this.options = Objects.requireNonNull(options, "options");
        DiagnosticSink sink = Objects.requireNonNull(diagnostics, "diagnostics");
        this.diagnostics = d -> {
            if (d.severity() == Severity.WARNING) {
                stats.warnings.incrementAndGet();
            } else if (d.severity() == Severity.ERROR) {
                stats.errors.incrementAndGet();
                if (options.maxErrors() > 0 && stats.errors() >= options.maxErrors()) {
                    stop = true;
                }
            }
            sink.report(d);
        };
        this.inputs = new Inputs(stdin, folders, options.readerId() == null);
    }

    /** The counters of this run (complete after {@link #run}). */
    public RunStats stats() {
        return stats;
    }

    /**
     * Runs the conversion, writing to {@code stdout} when no output file is set.
     *
     * @return the exit status
     * @throws CatconvException for usage errors and output that cannot be created or written
     */
    public ExitStatus run(Writer stdout) {
        options.check();
        RecordWriter writer = WriterRegistry.installed().find(options.writerId())
                .orElseThrow(() -> new CatconvException(ExitStatus.USAGE, "unknown output format '"
                        + options.writerId() + "'; available: " + String.join(", ", WriterRegistry.installed().ids())));
        RecordReader forced = null;
        if (options.readerId() != null) {
            forced = ReaderRegistry.installed().find(options.readerId())
                    .orElseThrow(() -> new CatconvException(ExitStatus.USAGE, "unknown input format '"
                            + options.readerId() + "'; available: " + String.join(", ", ReaderRegistry.installed().ids())));
        }
        List<InputFile> files = inputs.expand(options.inputs(), diagnostics, stats);
        Path output = writesToStandardOutput() ? null : options.output();
        boolean perFile = output != null && Files.isDirectory(output);
        List<Path> targets = perFile ? OutputDir.targets(files, output, writer.fileExtension())
                : output == null ? List.of() : List.of(output);
        SameFiles.refuse(files, targets, options.rejects(), keyMapFile());
        WriteContext wctx = new WriteContext(writerOptions(), diagnostics, () -> {
            stats.written.decrementAndGet();
            stats.rejected.incrementAndGet();
        });
        // Many files into a folder: one thread per file. Otherwise the threads share each file.
        int fileThreads = perFile ? Math.min(options.jobs(), files.size()) : 1;
        workers = options.jobs() > 1 && fileThreads <= 1 ? Workers.start(options.jobs()) : null;
        try (Rejects rejects = Rejects.open(options.rejects())) {
            if (perFile) {
                RecordReader reader = forced;
                OutputDir.run(files, targets, writer, wctx, fileThreads,
                        (f, sink) -> !stop && convertFile(f, reader, sink, rejects));
            } else if (output == null) {
                BufferedWriter out = new BufferedWriter(stdout, 1 << 16);
                finish(convertAll(files, forced, writer, wctx, out, rejects));
                out.flush();
            } else {
                try (AtomicOutput target = AtomicOutput.create(output)) {
                    RecordSink sink = convertAll(files, forced, writer, wctx, target.writer(), rejects);
                    // Nothing could be read (exit 66): an existing file keeps its old content.
                    if (!noInputRead() || target.inPlace()) {
                        finish(sink);
                        target.commit();
                    }
                }
            }
            if (!noInputRead()) {
                rejects.commit();
            }
        } catch (OutputFailure e) {
            throw new CatconvException(ExitStatus.IO_ERROR, "write failed: " + describe(e.getCause()), e.getCause());
        } catch (IOException e) {
            throw new CatconvException(ExitStatus.IO_ERROR, "write failed: " + describe(e), e);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return status(files);
    }

    /**
     * True when the records go to standard output: no output file, or one that names standard
     * output itself ({@code -o /dev/stdout}), which is written like no output file at all.
     */
    public boolean writesToStandardOutput() {
        return options.output() == null || AtomicOutput.isStandardOutput(options.output());
    }

    /** The BibTeX writers' {@code key-map} file: an output too, so it must not be another file of the run. */
    private Path keyMapFile() {
        String name = options.writerOptions().get("key-map");
        try {
            return name == null ? null : Path.of(name);
        } catch (InvalidPathException e) {
            return null; // the writer refuses it, as a usage error
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** No input could be read at all (exit 66). */
    private boolean noInputRead() {
        return stats.files() == 0 || stats.filesUnreadable() == stats.files();
    }

    /** The writer options, with {@code keep-unknown} when {@code --keep-unknown} was given. */
    private java.util.Map<String, String> writerOptions() {
        java.util.Map<String, String> m = new java.util.HashMap<>(options.writerOptions());
        if (options.values().keepUnknown()) {
            m.put("keep-unknown", "true");
        }
        return m;
    }

    private ExitStatus status(List<InputFile> files) {
        if (stats.internalErrors() > 0) {
            return ExitStatus.SOFTWARE;
        }
        if (noInputRead()) {
            return ExitStatus.NO_INPUT;
        }
        if (stats.rejected() > 0 || stats.filesRejected() > 0 || (options.strict() && stats.warnings() > 0)) {
            return ExitStatus.DATA_ERROR;
        }
        return ExitStatus.OK;
    }

    /**
     * Opens the writer on {@code out}; an I/O error is an output failure. A bad option value is the
     * writer's usage error ({@code WriteContext.invalidValue}); any other exception is a writer bug.
     */
    static RecordSink openSink(RecordWriter writer, Writer out, WriteContext wctx) {
        try {
            return new IdCheckedSink(writer.open(out, wctx));
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    /** Every file into one sink, left open: the caller finishes it. */
    private RecordSink convertAll(List<InputFile> files, RecordReader forced, RecordWriter writer, WriteContext wctx,
                                  Writer out, Rejects rejects) {
        RecordSink sink = openSink(writer, out, wctx);
        for (InputFile f : files) {
            if (stop) {
                break;
            }
            convertFile(f, forced, sink, rejects);
        }
        return sink;
    }

    private static void finish(RecordSink sink) {
        try {
            sink.finish();
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    /** @return false when the file could not be opened or no reader recognised it */
    private boolean convertFile(InputFile f, RecordReader forced, RecordSink sink, Rejects rejects) {
        stats.files.incrementAndGet();
        long[] rejected = {0};
        ReadContext.RejectSink rejectSink = (file, line, id, raw) -> {
            rejected[0]++;
            stats.read.incrementAndGet();
            stats.rejected.incrementAndGet();
            rejects.write(file, line, id, raw);
            if (options.failFast()) {
                stop = true;
            }
        };
        long[] skipped = {0};
        ReadContext.SkipSink skipSink = (file, line, id) -> {
            skipped[0]++;
            stats.read.incrementAndGet();
            stats.skipped.incrementAndGet();
        };
        FileRecords seen = new FileRecords(f.name());
        ReadContext ctx = context(f, diagnostics, rejectSink, skipSink);
        try (InputFile.Opened opened = f.open()) {
            ReaderRegistry.Sniffed sniffed = forced != null ? null : ReaderRegistry.installed().identify(opened.sample());
            RecordReader reader = forced != null ? forced : sniffed.reader();
            if (reader == null) {
                rejectFile(f, sniffed.ambiguous() ? sniffed.message()
                        : "not a catalog dump this version can read (no reader recognised it); use --from");
                return false;
            }
            try {
                long read = workers != null && reader instanceof SplittableReader split
                        ? readSplit(split, opened, f, ctx, rejectSink, skipSink, sink, seen)
                        : readCursor(reader, opened, ctx, sink, seen);
                if (read + rejected[0] + skipped[0] == 0 && !stop) {
                    // Say so, so that a script notices an empty download (--strict: exit 65); cases B01/B02
                    // in docs/errors.md.
                    diagnostics.report(new Diagnostic(Severity.WARNING, f.name(), 0, null,
                            opened.sample().isBlank() ? "empty input" : "no records found in this input"));
                }
            } catch (RuntimeException e) {
                if (e instanceof OutputFailure of) {
                    throw of;
                }
                // A reader bug must not stop the run (case B54 in docs/errors.md); the rest of this file is lost.
                stats.internalErrors.incrementAndGet();
                diagnostics.report(new Diagnostic(Severity.ERROR, f.name(), 0, null,
                        "internal error while reading: " + e + " (please report); rest of file skipped"));
                stats.filesRejected.incrementAndGet();
            }
        } catch (InputFile.Unreadable e) {
            if (!e.opened()) {
                stats.filesUnreadable.incrementAndGet();
            }
            rejectFile(f, e.getMessage());
            return false;
        } catch (IOException e) {
            stats.filesUnreadable.incrementAndGet();
            rejectFile(f, "cannot read: " + e.getMessage());
        }
        return true;
    }

    private ReadContext context(InputFile f, DiagnosticSink d, ReadContext.RejectSink r, ReadContext.SkipSink s) {
        return new ReadContext(f.name(), d, options.charset(), options.maxLineLength(), r, s,
                new ReadContext.Options(options.strict(), options.values().fixMojibake()));
    }

    /**
     * The records of one input on their way to the writer, in input order: counts the fields the
     * reader did not know and, with {@code --warn-unknown}, names each once per file (B19).
     */
    private final class FileRecords {
        private final String file;
        private final java.util.Set<String> unknownNames = new java.util.HashSet<>();

        FileRecords(String file) {
            this.file = file;
        }

        void accept(BibRecord r) {
            for (io.github.catconv.model.SourceField f : r.unmapped()) {
                if (!f.unknown()) {
                    continue;
                }
                stats.unknownFields.incrementAndGet();
                if (options.values().warnUnknown() && unknownNames.add(f.name())) {
                    diagnostics.report(new Diagnostic(Severity.WARNING, file, f.line(), r.id(), "unknown field '"
                            + io.github.catconv.internal.Printable.escape(f.name())
                            + "' (not in the reader's schema); kept, not mapped (named once per file)"));
                }
            }
        }
    }

    /** The simple path: one record after another from the reader's cursor. */
    private long readCursor(RecordReader reader, InputFile.Opened opened, ReadContext ctx, RecordSink sink,
                            FileRecords seen) throws IOException {
        long n = 0;
        try (RecordCursor cursor = reader.open(opened.stream(), ctx)) {
            BibRecord r;
            // Check stop again after next(): the reader may have rejected a page (fail-fast,
            // max-errors) on its way to this record, which then counts as never read.
            while (!stop && (r = cursor.next()) != null && !stop) {
                n++;
                stats.read.incrementAndGet();
                seen.accept(r);
                writeOne(sink, r);
            }
        }
        return n;
    }

    /** The parallel path: same records, diagnostics and stop points as {@link #readCursor}. */
    private long readSplit(SplittableReader reader, InputFile.Opened opened, InputFile f, ReadContext ctx,
                           ReadContext.RejectSink rejectSink, ReadContext.SkipSink skipSink, RecordSink sink,
                           FileRecords seen) throws IOException {
        long[] n = {0};
        new SplitPipeline(workers, options.jobs()).run(c -> reader.split(opened.stream(), c),
                (d, r) -> context(f, d, r, skipSink), ctx, new SplitPipeline.Target() {
                    @Override
                    public void diagnostic(Diagnostic d) {
                        diagnostics.report(d);
                    }

                    @Override
                    public void reject(String file, int line, String recordId, String rawText) {
                        rejectSink.rejected(file, line, recordId, rawText);
                    }

                    @Override
                    public boolean stopped() {
                        return stop;
                    }

                    @Override
                    public void record(BibRecord r) {
                        n[0]++;
                        stats.read.incrementAndGet();
                        seen.accept(r);
                        writeOne(sink, r);
                    }
                });
        return n[0];
    }

    private void writeOne(RecordSink sink, BibRecord record) {
        UniqueIds.Verdict verdict = ((IdCheckedSink) sink).ids.admit(record);
        if (verdict.warning() != null) {
            diagnostics.report(new Diagnostic(Severity.WARNING, record.source().file(), record.source().line(),
                    record.id(), verdict.warning()));
        }
        BibRecord r = verdict.record();
        if (r == null) {
            stats.skipped.incrementAndGet();
            return;
        }
        try {
            sink.write(r);
            stats.written.incrementAndGet();
        } catch (IOException e) {
            throw new OutputFailure(e);
        } catch (RuntimeException e) {
            // A writer bug on one record must not cost the others (case B54 in docs/errors.md).
            stats.rejected.incrementAndGet();
            stats.internalErrors.incrementAndGet();
            diagnostics.report(new Diagnostic(Severity.ERROR, r.source().file(), r.source().line(), r.id(),
                    "internal error while writing: " + e + " (please report)"));
        }
    }

    private void rejectFile(InputFile f, String message) {
        stats.filesRejected.incrementAndGet();
        diagnostics.report(new Diagnostic(Severity.ERROR, f.name(), 0, null, message));
        if (options.failFast()) {
            stop = true;
        }
    }

    /** A writer's sink with the unique-id rule of its output ({@link UniqueIds}) beside it. */
    static final class IdCheckedSink implements RecordSink {
        private final RecordSink sink;
        final UniqueIds ids = new UniqueIds();

        IdCheckedSink(RecordSink sink) {
            this.sink = sink;
        }

        @Override
        public void write(BibRecord record) throws IOException {
            sink.write(record);
        }

        @Override
        public void finish() throws IOException {
            sink.finish();
        }
    }

    /** An IOException of the output side, kept apart from input failures. */
    static final class OutputFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

}

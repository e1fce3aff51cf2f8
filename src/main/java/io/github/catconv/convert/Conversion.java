package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.diag.Severity;
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
        this.inputs = new Inputs(stdin);
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
        boolean perFile = options.output() != null && Files.isDirectory(options.output());
        List<Path> targets = perFile ? OutputDir.targets(files, options.output(), writer.fileExtension())
                : options.output() == null ? List.of() : List.of(options.output());
        for (Path t : targets) {
            inputs.refuseOverwrite(files, t);
        }
        WriteContext wctx = new WriteContext(options.writerOptions(), diagnostics);
        // Many files into a folder: one thread per file. Otherwise the threads share each file.
        int fileThreads = perFile ? Math.min(options.jobs(), files.size()) : 1;
        workers = options.jobs() > 1 && fileThreads <= 1 ? Workers.start(options.jobs()) : null;
        try (Rejects rejects = Rejects.open(options.rejects())) {
            if (perFile) {
                RecordReader reader = forced;
                OutputDir.run(files, targets, writer, wctx, fileThreads,
                        (f, sink) -> !stop && convertFile(f, reader, sink, rejects));
            } else if (options.output() == null) {
                BufferedWriter out = new BufferedWriter(stdout, 1 << 16);
                convertAll(files, forced, writer, wctx, out, rejects);
                out.flush();
            } else {
                try (AtomicOutput target = AtomicOutput.create(options.output())) {
                    convertAll(files, forced, writer, wctx, target.writer(), rejects);
                    target.commit();
                }
            }
        } catch (OutputFailure e) {
            throw new CatconvException(ExitStatus.IO_ERROR, "write failed: " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new CatconvException(ExitStatus.IO_ERROR, "write failed: " + e.getMessage(), e);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
        return status(files);
    }

    private ExitStatus status(List<InputFile> files) {
        if (stats.internalErrors() > 0) {
            return ExitStatus.SOFTWARE;
        }
        if (stats.files() == 0 || stats.filesUnreadable() == stats.files()) {
            return ExitStatus.NO_INPUT;
        }
        if (stats.rejected() > 0 || stats.filesRejected() > 0 || (options.strict() && stats.warnings() > 0)) {
            return ExitStatus.DATA_ERROR;
        }
        return ExitStatus.OK;
    }

    /** Opens the writer on {@code out}; a bad writer option is a usage error, an I/O error an output failure. */
    static RecordSink openSink(RecordWriter writer, Writer out, WriteContext wctx) {
        try {
            return writer.open(out, wctx);
        } catch (IOException e) {
            throw new OutputFailure(e);
        } catch (IllegalArgumentException e) {
            // Writers refuse bad option values (e.g. an unknown --columns name) when opened: a usage error.
            throw new CatconvException(ExitStatus.USAGE, e.getMessage(), e);
        }
    }

    private void convertAll(List<InputFile> files, RecordReader forced, RecordWriter writer, WriteContext wctx,
                            Writer out, Rejects rejects) throws IOException {
        RecordSink sink = openSink(writer, out, wctx);
        for (InputFile f : files) {
            if (stop) {
                break;
            }
            convertFile(f, forced, sink, rejects);
        }
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
        ReadContext ctx = context(f, diagnostics, rejectSink);
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
                        ? readSplit(split, opened, f, ctx, rejectSink, sink) : readCursor(reader, opened, ctx, sink);
                if (read + rejected[0] == 0 && !stop) {
                    // Catalogue B01/B02: say so, so that a script notices an empty download (--strict: exit 65).
                    diagnostics.report(new Diagnostic(Severity.WARNING, f.name(), 0, null,
                            opened.sample().isBlank() ? "empty input" : "no records found in this input"));
                }
            } catch (RuntimeException e) {
                if (e instanceof OutputFailure of) {
                    throw of;
                }
                // A reader bug must not stop the run (bad-input catalogue B54); the rest of this file is lost.
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

    private ReadContext context(InputFile f, DiagnosticSink d, ReadContext.RejectSink r) {
        return new ReadContext(f.name(), d, options.charset(), options.maxLineLength(), r);
    }

    /** The simple path: one record after another from the reader's cursor. */
    private long readCursor(RecordReader reader, InputFile.Opened opened, ReadContext ctx, RecordSink sink)
            throws IOException {
        long n = 0;
        try (RecordCursor cursor = reader.open(opened.stream(), ctx)) {
            BibRecord r;
            // Check stop again after next(): the reader may have rejected a page (fail-fast,
            // max-errors) on its way to this record, which then counts as never read.
            while (!stop && (r = cursor.next()) != null && !stop) {
                n++;
                stats.read.incrementAndGet();
                writeOne(sink, r);
            }
        }
        return n;
    }

    /** The parallel path: same records, diagnostics and stop points as {@link #readCursor}. */
    private long readSplit(SplittableReader reader, InputFile.Opened opened, InputFile f, ReadContext ctx,
                           ReadContext.RejectSink rejectSink, RecordSink sink) throws IOException {
        long[] n = {0};
        new SplitPipeline(workers, options.jobs()).run(c -> reader.split(opened.stream(), c),
                (d, r) -> context(f, d, r), ctx, new SplitPipeline.Target() {
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
                        writeOne(sink, r);
                    }
                });
        return n[0];
    }

    private void writeOne(RecordSink sink, BibRecord r) {
        try {
            sink.write(r);
            stats.written.incrementAndGet();
        } catch (IOException e) {
            throw new OutputFailure(e);
        } catch (RuntimeException e) {
            // A writer bug on one record must not cost the others (bad-input catalogue B54).
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

package io.github.catconv.convert;

import io.github.catconv.diag.CatconvException;
import io.github.catconv.diag.ExitStatus;
import io.github.catconv.internal.AtomicOutput;
import io.github.catconv.write.RecordSink;
import io.github.catconv.write.RecordWriter;
import io.github.catconv.write.WriteContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code -o DIR} with an existing directory: one output file per input file, named after the input
 * (base name without its extension, plus the writer's extension; standard input is {@code stdin}),
 * each written atomically. With more than one thread, files are converted in parallel, each on one
 * thread, so every output file is identical to a {@code --jobs 1} run; diagnostics of different files
 * may interleave, each with its own file and line.
 */
final class OutputDir {

    /** Converts one input into an open sink; returns false when the input could not be read at all. */
    @FunctionalInterface
    interface FileJob {
        boolean convert(InputFile file, RecordSink sink);
    }

    private OutputDir() {
    }

    /**
     * The output path of each input, in input order.
     *
     * @throws CatconvException (usage) when two inputs would write the same output file
     */
    static List<Path> targets(List<InputFile> files, Path dir, String extension) {
        List<Path> out = new ArrayList<>(files.size());
        Map<Path, String> taken = new HashMap<>();
        for (InputFile f : files) {
            String base = f.path().map(p -> p.getFileName().toString()).orElse("stdin");
            int dot = base.lastIndexOf('.');
            Path target = dir.resolve((dot > 0 ? base.substring(0, dot) : base) + "." + extension);
            String before = taken.putIfAbsent(target, f.name());
            if (before != null) {
                throw new CatconvException(ExitStatus.USAGE, "inputs " + before + " and " + f.name()
                        + " would both be written to " + target + "; convert them in separate runs");
            }
            out.add(target);
        }
        return out;
    }

    /**
     * Converts every input into its own file, {@code threads} files at a time.
     *
     * @throws Conversion.OutputFailure when an output cannot be written
     * @throws CatconvException when an output cannot be created
     */
    static void run(List<InputFile> files, List<Path> targets, RecordWriter writer, WriteContext wctx,
                    int threads, FileJob job) {
        if (threads <= 1) {
            for (int i = 0; i < files.size(); i++) {
                one(files.get(i), targets.get(i), writer, wctx, job);
            }
            return;
        }
        ExecutorService pool = Workers.start(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                InputFile f = files.get(i);
                Path t = targets.get(i);
                done.add(pool.submit(() -> one(f, t, writer, wctx, job)));
            }
            for (Future<?> d : done) {
                await(d);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatconvException(ExitStatus.SOFTWARE, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void one(InputFile f, Path target, RecordWriter writer, WriteContext wctx, FileJob job) {
        try (AtomicOutput out = AtomicOutput.create(target)) {
            RecordSink sink = Conversion.openSink(writer, out.writer(), wctx);
            if (job.convert(f, sink)) {
                sink.finish();
                out.commit();
            }
        } catch (IOException e) {
            throw new Conversion.OutputFailure(e);
        }
    }
}

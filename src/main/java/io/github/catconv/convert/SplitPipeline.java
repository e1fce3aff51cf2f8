package io.github.catconv.convert;

import io.github.catconv.diag.Diagnostic;
import io.github.catconv.diag.DiagnosticSink;
import io.github.catconv.model.BibRecord;
import io.github.catconv.read.ReadContext;
import io.github.catconv.read.SplittableReader.Chunk;
import io.github.catconv.read.SplittableReader.Splitter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Reads one input on several threads with the output of one: a splitter thread cuts the input into
 * batches of chunks, worker threads turn each batch into records, and the calling thread takes the
 * batches back in input order and replays what each produced: diagnostics, rejects and records, in
 * exactly the order a single-threaded read would have produced them.
 *
 * <p>Workers never report anything directly: each batch gets its own {@link ReadContext} whose
 * diagnostics and rejects are recorded as events next to its records. So the output, stderr and the
 * rejects file are byte-identical to {@code --jobs 1}, and counters and stop decisions
 * ({@code --fail-fast}, {@code --max-errors}) are taken on the calling thread in input order. Memory is
 * bounded: at most {@code 4 × threads} batches of {@value #BATCH} chunks are in flight.
 */
final class SplitPipeline {

    /** Chunks per batch: large enough to make hand-offs rare, small enough to keep memory flat. */
    static final int BATCH = 64;

    /** Where the replayed events go, on the calling thread, in input order. */
    interface Target {
        /** A diagnostic of the input, as the single-threaded reader would have reported it. */
        void diagnostic(Diagnostic d);

        /** A rejected record. */
        void reject(String file, int line, String recordId, String rawText);

        /** True when the run must stop (checked before and after each record). */
        boolean stopped();

        /** One record to write. */
        void record(BibRecord r);
    }

    /** Opens the splitter over the input with the context it must report to. */
    @FunctionalInterface
    interface Opener {
        Splitter open(ReadContext context) throws IOException;
    }

    private record Reject(String file, int line, String id, String raw) { }

    private record Rec(BibRecord record, Chunk chunk) { }

    private record Failure(Throwable cause) { }

    /** Chunks cut by the splitter thread, with the events the splitter reported before each. */
    private static final class Batch {
        final List<Chunk> chunks = new ArrayList<>(BATCH);
        final List<List<Object>> before = new ArrayList<>(BATCH);
        List<Object> trailing;
    }

    private static final Future<List<Object>> END = CompletableFuture.completedFuture(List.of());

    private final ExecutorService workers;
    private final int inFlight;

    /**
     * @param workers the threads that turn chunks into records
     * @param threads how many threads {@code workers} has (sets how many batches may be in flight)
     */
    SplitPipeline(ExecutorService workers, int threads) {
        this.workers = workers;
        this.inFlight = Math.max(2, threads * 4);
    }

    /**
     * Opens a splitter, reads everything it yields, replays it into {@code target} and closes it.
     *
     * @param contexts makes a read context over a diagnostic sink and a reject sink (one per batch)
     * @param inOrderContext the input's real context, for the splitter's in-order checks
     * @throws IOException when the input fails (after every record before the failure was replayed)
     */
    void run(Opener opener, BiFunction<DiagnosticSink, ReadContext.RejectSink, ReadContext> contexts,
             ReadContext inOrderContext, Target target) throws IOException {
        BlockingQueue<Future<List<Object>>> queue = new ArrayBlockingQueue<>(inFlight);
        Producer producer = new Producer(contexts, queue);
        Splitter splitter = opener.open(producer.context);
        producer.splitter = splitter;
        try {
            run(producer, splitter, inOrderContext, target);
        } finally {
            splitter.close();
        }
    }

    private void run(Producer producer, Splitter splitter, ReadContext inOrderContext, Target target)
            throws IOException {
        BlockingQueue<Future<List<Object>>> queue = producer.queue;
        Thread thread = new Thread(producer, "catconv-split");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Future<List<Object>> f = take(queue);
                if (f == END) {
                    return;
                }
                if (!replay(await(f), splitter, inOrderContext, target)) {
                    return;
                }
            }
        } finally {
            producer.cancelled = true;
            for (Future<List<Object>> f; (f = queue.poll()) != null; ) {
                f.cancel(true);
            }
            try {
                // The splitter thread notices the flag at its next chunk; a read blocked on a pipe
                // is left to the daemon thread rather than hanging the run.
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return false when the run must stop */
    private static boolean replay(List<Object> events, Splitter splitter, ReadContext ctx, Target target)
            throws IOException {
        for (Object e : events) {
            if (e instanceof Diagnostic d) {
                target.diagnostic(d);
            } else if (e instanceof Reject r) {
                target.reject(r.file(), r.line(), r.id(), r.raw());
            } else if (e instanceof Rec rec) {
                BibRecord r = splitter.inOrder(rec.record(), rec.chunk(), ctx);
                if (target.stopped()) {
                    return false;
                }
                target.record(r);
                if (target.stopped()) {
                    return false;
                }
            } else if (e instanceof Failure f) {
                throw rethrow(f.cause());
            }
        }
        return true;
    }

    private static RuntimeException rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(t);
    }

    private static Future<List<Object>> take(BlockingQueue<Future<List<Object>>> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    private static List<Object> await(Future<List<Object>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Turns one batch into its events; runs on a worker thread. */
    private static List<Object> process(Batch batch,
                                        BiFunction<DiagnosticSink, ReadContext.RejectSink, ReadContext> contexts) {
        List<Object> events = new ArrayList<>(batch.chunks.size() + 8);
        ReadContext ctx = contexts.apply(events::add,
                (file, line, id, raw) -> events.add(new Reject(file, line, id, raw)));
        for (int i = 0; i < batch.chunks.size(); i++) {
            if (batch.before.get(i) != null) {
                events.addAll(batch.before.get(i));
            }
            try {
                BibRecord r = batch.chunks.get(i).toRecord(ctx);
                if (r != null) {
                    events.add(new Rec(r, batch.chunks.get(i)));
                }
            } catch (RuntimeException | Error e) {
                // Replayed in order: the caller reports it as the single-threaded reader's failure.
                events.add(new Failure(e));
                return events;
            }
        }
        if (batch.trailing != null) {
            events.addAll(batch.trailing);
        }
        return events;
    }

    /** The splitter thread: cuts batches and hands them to the workers, in order, into the queue. */
    private final class Producer implements Runnable {
        private final BiFunction<DiagnosticSink, ReadContext.RejectSink, ReadContext> contexts;
        final BlockingQueue<Future<List<Object>>> queue;
        /** The splitter reports here; its events go before the next chunk it yields. */
        final ReadContext context;
        private List<Object> pending;
        Splitter splitter;
        volatile boolean cancelled;

        Producer(BiFunction<DiagnosticSink, ReadContext.RejectSink, ReadContext> contexts,
                 BlockingQueue<Future<List<Object>>> queue) {
            this.contexts = contexts;
            this.queue = queue;
            this.context = contexts.apply(d -> pending().add(d),
                    (file, line, id, raw) -> pending().add(new Reject(file, line, id, raw)));
        }

        @Override
        public void run() {
            Batch batch = new Batch();
            try {
                Chunk c;
                while (!cancelled && (c = splitter.next()) != null) {
                    batch.chunks.add(c);
                    batch.before.add(pending);
                    pending = null;
                    if (batch.chunks.size() == BATCH) {
                        submit(batch);
                        batch = new Batch();
                    }
                }
                batch.trailing = pending;
                submit(batch);
            } catch (IOException | RuntimeException | Error e) {
                List<Object> failed = new ArrayList<>();
                if (pending != null) {
                    failed.addAll(pending);
                }
                failed.add(new Failure(e));
                if (!batch.chunks.isEmpty()) {
                    submit(batch);
                }
                put(CompletableFuture.completedFuture(failed));
            }
            put(END);
        }

        private List<Object> pending() {
            if (pending == null) {
                pending = new ArrayList<>();
            }
            return pending;
        }

        private void submit(Batch batch) {
            put(workers.submit(() -> process(batch, contexts)));
        }

        private void put(Future<List<Object>> f) {
            try {
                while (!queue.offer(f, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        f.cancel(true);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(true);
            }
        }
    }
}

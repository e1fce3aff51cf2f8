package io.github.catconv.cite;

import de.undercouch.citeproc.CSL;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work on a long list of items shared by two processors on two cores: the caller's processor on
 * the calling thread and a twin, built and used only on one helper thread.
 *
 * <p>A twin, not the same processor twice: citeproc-java keeps the style's DOM and reads it while
 * rendering (name substitution), and Xerces does not allow a DOM to be read from two threads. The
 * twin is built on the helper thread while the calling thread already works. Chunks are taken
 * from a shared counter, so a busy core simply takes fewer. Whatever the helper did not finish
 * (its processor could not be built, or a chunk failed) the calling thread does afterwards, so a
 * failure surfaces exactly as it would without the helper.
 */
final class ProcessorPair implements AutoCloseable {

    private final CSL first;
    private final ExecutorService helper;
    private final Future<CSL> twin;

    private ProcessorPair(CSL first, ExecutorService helper, Future<CSL> twin) {
        this.first = first;
        this.helper = helper;
        this.twin = twin;
    }

    /** Items per chunk for a list of {@code n}: about 64 chunks, at least 32 items each. */
    static int chunkSize(int n) {
        return Math.max(32, (n + 63) / 64);
    }

    /** The number of chunks of {@code size} items that cover {@code n} items. */
    static int chunkCount(int n, int size) {
        return (n + size - 1) / size;
    }

    /**
     * Starts building the twin on a helper thread, or uses {@code first} alone.
     *
     * @param first the caller's processor
     * @param twinFactory builds a processor like {@code first} (called on the helper thread)
     * @param split false (or a single core) to do all work on {@code first}
     */
    static ProcessorPair start(CSL first, Supplier<CSL> twinFactory, boolean split) {
        if (!split || Runtime.getRuntime().availableProcessors() < 2) {
            return new ProcessorPair(first, null, null);
        }
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "catconv-citeproc");
            t.setDaemon(true);
            return t;
        });
        return new ProcessorPair(first, helper, helper.submit(twinFactory::get));
    }

    /**
     * Fills {@code results[i] = work.apply(processor, i)} for every chunk {@code i}, on both
     * processors; {@code prepare} is applied to the twin first (on its thread).
     *
     * @param results one slot per chunk, all null
     * @param prepare what the twin needs before this work, e.g. registering items
     * @param work one chunk's work; must give the same result on either processor
     */
    <T> void forEachChunk(T[] results, Consumer<CSL> prepare, BiFunction<CSL, Integer, T> work) {
        AtomicInteger next = new AtomicInteger();
        Future<?> help = helper == null ? null : helper.submit(() -> {
            CSL p = twin.get();
            prepare.accept(p);
            run(p, results, next, work);
            return null;
        });
        run(first, results, next, work);
        if (help != null && !help.cancel(false)) { // Not started yet (twin still building): not needed.
            await(help);
        }
        for (int c = 0; c < results.length; c++) {
            if (results[c] == null) { // Left by a failed helper: fail (or not) the way it would here.
                results[c] = work.apply(first, c);
            }
        }
    }

    private static <T> void run(CSL processor, T[] results, AtomicInteger next, BiFunction<CSL, Integer, T> work) {
        for (int c = next.getAndIncrement(); c < results.length; c = next.getAndIncrement()) {
            results[c] = work.apply(processor, c);
        }
    }

    private static void await(Future<?> help) {
        try {
            help.get();
        } catch (ExecutionException | CancellationException e) {
            // Not reported: the calling thread redoes what is missing and fails likewise if it must.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering citations", e);
        }
    }

    /** Stops the helper thread. */
    @Override
    public void close() {
        if (helper != null) {
            helper.shutdownNow();
        }
    }
}

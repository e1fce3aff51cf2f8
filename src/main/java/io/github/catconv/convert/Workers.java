package io.github.catconv.convert;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads of one parallel run: daemon threads, so a stuck one never keeps the JVM alive. */
final class Workers {

    private Workers() {
    }

    /**
     * Starts a pool of {@code n} daemon threads named {@code catconv-worker-N}.
     *
     * @param n number of threads, at least 1
     */
    static ExecutorService start(int n) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "catconv-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}

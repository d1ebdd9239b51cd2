package dev.evtlint.concurrent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies work to items on a pool of threads and gives the results in the order of the items, so
 * that what follows does not depend on the number of threads or on their timing.
 */
public final class InOrder {
    private InOrder() {
    }

    /**
     * {@code work} applied to every item, on up to {@code jobs} {@link LargeStack} threads named
     * {@code threadName}, also when one is enough: the caller's own stack may be too small for deep
     * input. What {@code work} throws ends the whole call and is thrown again here; when several
     * items fail, the failure of the first of them in item order, as one thread would have met it.
     * <p>
     * The threads take the next item from a shared counter and put each result in its slot, and the
     * caller waits for the threads once: an executor's queue and a future per item made a thread
     * hand-off per item, which on 5,000 small files cost more than reading them.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, String threadName, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        Run<T, R> run = new Run<>(items, work);
        Thread[] threads = new Thread[Math.max(1, Math.min(jobs, items.size()))];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = LargeStack.thread(run::work, threadName);
            threads[i].start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Arrays.stream(threads).forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in " + threadName, e);
        }
        return run.results();
    }

    /** The shared state of one call: the next item to take, the results, the first failure in item order. */
    private static final class Run<T, R> {
        private final List<T> items;
        private final Function<T, R> work;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        /** The first failed item so far: later ones need not run. */
        private volatile int failedAt = Integer.MAX_VALUE;
        private Throwable failure;

        Run(List<T> items, Function<T, R> work) {
            this.items = items;
            this.work = work;
            this.results = new Object[items.size()];
        }

        void work() {
            for (int i = next.getAndIncrement(); i < items.size() && i < failedAt; i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failed(i, e);
                }
            }
        }

        private synchronized void failed(int index, Throwable e) {
            if (index < failedAt) {
                failedAt = index;
                failure = e;
            }
        }

        /** Read after the threads ended: their writes happen before the end of their join. */
        @SuppressWarnings("unchecked")
        List<R> results() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return Collections.unmodifiableList(Arrays.asList((R[]) results));
        }
    }
}

package dev.evtlint.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
     * input. What {@code work} throws ends the whole call and is thrown again here.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, String threadName, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, items.size())),
                task -> LargeStack.thread(task, threadName));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in " + threadName, e);
        } catch (ExecutionException e) {
            // What the work threw is what running it on the calling thread would have thrown.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(threadName + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

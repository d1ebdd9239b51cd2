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
    /** Deep but legal nesting in an AST must be walked rather than overflow a thread's stack. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private InOrder() {
    }

    /**
     * {@code work} applied to every item, on up to {@code jobs} daemon threads named
     * {@code threadName}; on the calling thread when one thread is enough. {@code work} must not
     * throw: an exception it throws ends the whole call as an {@link IllegalStateException}.
     */
    public static <T, R> List<R> map(List<T> items, int jobs, String threadName, Function<T, R> work) {
        if (jobs <= 1 || items.size() <= 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), task -> daemon(task, threadName));
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
            throw new IllegalStateException(threadName + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(null, task, name, STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }
}

package dev.evtlint.concurrent;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Threads with a stack large enough for deep but legal input. Parsing and the AST builders, and
 * later the model and rules walking those ASTs (and records hashing them), recurse once per level
 * of nesting or per operator of a long chain ({@code a AND b AND ...}); on the JVM's default stack
 * of 1 MB a few thousand levels overflow, on these they parse or become a syntax error.
 */
public final class LargeStack {
    private static final long BYTES = 16L * 1024 * 1024;

    private LargeStack() {
    }

    /** A daemon thread with the large stack: a run given up on must not keep the JVM alive. */
    public static Thread thread(Runnable task, String name) {
        Thread thread = new Thread(null, task, name, BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** Runs {@code work} on a thread with the large stack and waits for it; what it throws is thrown here. */
    public static <T> T call(Supplier<T> work, String name) {
        return callWithin(work, name, Duration.ZERO).orElse(null);
    }

    /**
     * {@link #call} that waits at most {@code budget} (zero: no limit): empty when the work is not
     * done by then (or when it gives null). The work cannot be stopped from outside; its daemon thread is left to finish or
     * to end with the process, and its result is dropped.
     */
    public static <T> Optional<T> callWithin(Supplier<T> work, String name, Duration budget) {
        FutureTask<T> task = new FutureTask<>(work::get);
        thread(task, name).start();
        try {
            return Optional.ofNullable(budget.isZero() ? task.get() : task.get(budget.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            task.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

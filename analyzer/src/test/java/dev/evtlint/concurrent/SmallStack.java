package dev.evtlint.concurrent;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a small stack, for tests that show a walk over a long chain (of
 * calls, of callers) does not recurse once per link: the chains these tests build are short enough
 * to stay fast, and a recursion over them overflows this stack as a recursion over a chain a
 * hundred times longer overflows {@link LargeStack}'s.
 */
public final class SmallStack {
    private static final long BYTES = 256L * 1024;

    private SmallStack() {
    }

    /** What {@code work} gives; what it throws (a StackOverflowError among others) is thrown here. */
    public static <T> T call(Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", BYTES);
        thread.start();
        thread.join();
        if (thrown.get() instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown.get() instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}

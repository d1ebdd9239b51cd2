package dev.evtlint.cli;

import dev.evtlint.api.Progress;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * {@code evtlint: 120/800 files} on one line of standard error, rewritten as files are parsed,
 * for runs on a terminal. Short runs show nothing: the line appears only after a second, is
 * redrawn at most ten times a second, and is erased when parsing ends, before the report.
 */
final class ProgressLine implements Progress {
    private static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Carriage return, then ANSI "erase the line". */
    private static final String CLEAR = "\r\u001B[2K";

    private final PrintStream err;
    private final LongSupplier nanoClock;
    private final AtomicInteger done = new AtomicInteger();
    private long start;
    private long lastDrawn;
    private int total;
    private boolean shown;

    ProgressLine(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized void started(int files) {
        total = files;
        start = nanoClock.getAsLong();
    }

    @Override
    public void fileDone() {
        int count = done.incrementAndGet();
        long now = nanoClock.getAsLong();
        if (now - start < DELAY_NANOS) {
            return;
        }
        synchronized (this) {
            if (shown && now - lastDrawn < REDRAW_NANOS && count < total) {
                return;
            }
            err.print(CLEAR + "evtlint: " + done.get() + "/" + total + " files");
            err.flush();
            shown = true;
            lastDrawn = now;
        }
    }

    @Override
    public synchronized void finished() {
        if (shown) {
            err.print(CLEAR);
            err.flush();
            shown = false;
        }
    }
}

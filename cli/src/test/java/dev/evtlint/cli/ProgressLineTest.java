package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();
    private final ProgressLine progress = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);

    @Test
    void aShortRunShowsNothing() {
        progress.started(3);
        for (int i = 0; i < 3; i++) {
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(300));
            progress.fileDone();
        }
        progress.finished();
        assertEquals("", printed());
    }

    @Test
    void aLongRunShowsFilesDoneOutOfTotalAtMostTenTimesASecondThenErasesTheLine() {
        progress.started(4);
        now.set(TimeUnit.MILLISECONDS.toNanos(1200));
        progress.fileDone();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
        progress.fileDone();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
        progress.fileDone();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(10));
        progress.fileDone();
        progress.finished();
        String clear = "\r\u001B[2K";
        assertEquals(clear + "evtlint: 1/4 files" + clear + "evtlint: 3/4 files" + clear + "evtlint: 4/4 files" + clear,
                printed(), "2/4 came too soon after 1/4; the last file is always shown");
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

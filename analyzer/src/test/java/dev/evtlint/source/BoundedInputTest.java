package dev.evtlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedInputTest {
    @TempDir
    Path dir;

    /** As {@code /dev/zero} on standard input: it ends at the limit, not when the heap does. */
    @Test
    void anEndlessStreamStopsAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        BoundedInput.TooLarge e = assertThrows(BoundedInput.TooLarge.class,
                () -> BoundedInput.stream(endless, 1000, "standard input"));
        assertEquals("larger than the limit of 1,000 bytes", IoFailure.reason(e));
    }

    @Test
    void aStreamUpToTheLimitIsReadWhole() throws IOException {
        byte[] bytes = new byte[1000];
        assertArrayEquals(bytes, BoundedInput.stream(new ByteArrayInputStream(bytes), 1000, "standard input"));
    }

    @Test
    void aFileLargerThanTheLimitOrNotRegularIsNotRead() throws IOException {
        Path file = Files.write(dir.resolve("big"), new byte[1001]);
        assertEquals("too large (1,001 bytes; the limit is 1,000)",
                IoFailure.reason(assertThrows(BoundedInput.TooLarge.class, () -> BoundedInput.file(file, 1000))));
        assertEquals("not a regular file (a FIFO, socket or device)",
                IoFailure.reason(assertThrows(BoundedInput.NotRegularFile.class, () -> BoundedInput.file(dir, 1000))));
    }
}

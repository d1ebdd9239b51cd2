package dev.evtlint.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A text read by {@link SourceReader} comes back as the same bytes, and a changed one in the same form. */
class SourceEncodingTest {

    private static void roundTrips(byte[] bytes) {
        String text = new SourceReader().decode(bytes, Path.of("a.sql"), "a.sql").source().text();
        assertArrayEquals(bytes, SourceEncoding.of(bytes).encode(text));
    }

    @Test
    void everyFormTheReaderReadsIsWrittenBackAsItWas() {
        String text = "SELECT 'é';\r\n";
        roundTrips(text.getBytes(StandardCharsets.UTF_8));
        roundTrips(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        roundTrips(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
        roundTrips(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        roundTrips(text.getBytes(StandardCharsets.UTF_16BE));
        roundTrips(text.getBytes(StandardCharsets.UTF_16LE));
        roundTrips(new byte[0]);
    }

    @Test
    void aNewTextKeepsTheMark() {
        byte[] marked = ("\uFEFFSELECT 1;").getBytes(StandardCharsets.UTF_16LE);
        assertArrayEquals(("\uFEFFSELECT 2;").getBytes(StandardCharsets.UTF_16LE), SourceEncoding.of(marked).encode("SELECT 2;"));
    }
}

package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the script splitter (psql's statement boundaries, quotes, comments, dollar quotes,
 * meta-commands, placeholders). Seeds: ScriptSplitterFuzzTestInputs/split; docs/robustness.md
 * says how to fuzz for longer.
 */
class ScriptSplitterFuzzTest {

    @FuzzTest
    void split(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        ScriptSplitter.Result result = ScriptSplitter.split(text);
        // Blanking and placeholder substitution must keep every offset of the original.
        assertEquals(text.length(), result.text().length());
        int previousEnd = 0;
        for (ScriptSplitter.Segment segment : result.segments()) {
            assertTrue(previousEnd <= segment.start() && segment.start() <= segment.end()
                    && segment.end() <= text.length(), () -> segment + " out of order or outside " + text.length());
            previousEnd = segment.end();
        }
    }
}

package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        assertInOrderInside(result.segments(), text.length(), 1);
        // PsqlVariableTokens reads each variable as a token of its own length, a colon and a name at least.
        assertInOrderInside(result.psqlVariables(), text.length(), 2);
    }

    /** The segments do not overlap, come in text order, lie inside the text and are each at least {@code minLength} long. */
    private static void assertInOrderInside(List<Segment> segments, int textLength, int minLength) {
        int previousEnd = 0;
        for (Segment segment : segments) {
            assertTrue(previousEnd <= segment.start() && segment.start() + minLength <= segment.end()
                    && segment.end() <= textLength, () -> segment + " out of order, too short or outside " + textLength);
            previousEnd = segment.end();
        }
    }
}

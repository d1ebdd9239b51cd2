package dev.evtlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.InMemorySource;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.source.SourceReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Fuzzes the whole check as a user runs it: bytes decoded like a file, every rule enabled. The
 * bytes either are refused with a message (not UTF-8, binary) or give findings, never an internal
 * error, and every finding points inside the script.
 */
class CheckFuzzTest {
    private static final RuleRegistry RULES = RuleRegistry.load();

    @FuzzTest
    void check(byte[] input) {
        SourceReader.Outcome decoded = new SourceReader().decode(input, null, "fuzz.sql");
        if (!decoded.ok()) {
            assertFalse(decoded.problem().isBlank());
            return;
        }
        String text = decoded.source().text();
        AnalysisRequest request = new AnalysisRequest(List.of(), Path.of("."), AnalysisRequest.DEFAULT_PG_VERSION,
                Set.of(), Set.of(), List.of(), 1, List.of(new InMemorySource("fuzz.sql", text)));
        AnalysisResult result = Evtlint.analyze(request, RULES);
        assertEquals(List.of(), result.notifications());
        for (Finding finding : result.findings()) {
            assertInside(text, finding.location());
            for (RelatedLocation related : finding.related()) {
                assertInside(text, related.location());
            }
        }
    }

    private static void assertInside(String text, Location location) {
        SourceFile file = location.file();
        assertEquals(text, file.text());
        int start = location.range().startOffset();
        int end = location.range().endOffset();
        assertTrue(0 <= start && start <= end && end <= text.length(),
                () -> location.range() + " lies outside the input of " + text.length() + " characters");
        assertEquals(file.range(start, end), location.range());
    }
}

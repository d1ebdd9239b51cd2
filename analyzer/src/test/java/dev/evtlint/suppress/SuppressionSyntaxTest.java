package dev.evtlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a comment says as a suppression: the forms users write, and what makes one malformed. */
class SuppressionSyntaxTest {
    private static final List<RuleDescriptor> RULES = List.of(rule("EVT101", "login-write-without-recovery-guard"),
            rule("EVT601", "event-trigger-not-rerunnable"));
    private final SuppressionSyntax syntax = new SuppressionSyntax(key -> RULES.stream()
            .filter(r -> r.id().equalsIgnoreCase(key) || r.name().equals(key)).findFirst());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -- evtlint-ignore EVT101|false|EVT101|
            --evtlint-ignore evt101 why not|false|EVT101|why not
            -- evtlint-ignore EVT101,EVT601 -- both reviewed|false|EVT101 EVT601|both reviewed
            -- evtlint-ignore: login-write-without-recovery-guard, EVT601: reviewed in #12|false|EVT101 EVT601|reviewed in #12
            -- evtlint-ignore-file event-trigger-not-rerunnable Flyway runs it once|true|EVT601|Flyway runs it once
            """)
    void validForms(String comment, boolean wholeFile, String ids, String reason) {
        SuppressionSyntax.Parsed parsed = syntax.parse(comment).orElseThrow();
        assertTrue(parsed.valid(), parsed.problem());
        assertEquals(wholeFile, parsed.wholeFile());
        assertEquals(List.of(ids.split(" ")), parsed.rules().stream().map(RuleDescriptor::id).toList());
        assertEquals(reason == null ? "" : reason, parsed.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -- evtlint-ignore|evtlint-ignore names no rule
            -- evtlint-ignore   |evtlint-ignore names no rule
            -- evtlint-ignore-file -- everything|evtlint-ignore-file names no rule
            -- evtlint-ignore EVT101, |has a ',' that no rule follows
            -- evtlint-ignore EVT1O1|unknown rule 'EVT1O1'
            -- evtlint-ignore EVT101, login-write-guard|unknown rule 'login-write-guard'
            -- evtlint-ignore-next-line EVT101|'evtlint-ignore-next-line' is not a suppression
            -- evtlint-ignoreEVT101|'evtlint-ignoreEVT101' is not a suppression
            -- evtlint-ignore-files EVT101|'evtlint-ignore-files' is not a suppression
            """)
    void malformedFormsSayWhatIsWrong(String comment, String problem) {
        SuppressionSyntax.Parsed parsed = syntax.parse(comment).orElseThrow();
        assertFalse(parsed.valid());
        assertTrue(parsed.problem().contains(problem), parsed.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-- an ordinary comment", "-- see evtlint-ignore in the README", "--", "-- evtlint ignore EVT101"})
    void otherCommentsAreNoSuppressions(String comment) {
        assertEquals(Optional.empty(), syntax.parse(comment));
    }

    private static RuleDescriptor rule(String id, String name) {
        return new RuleDescriptor(id, name, "s", Severity.ERROR, Category.LOGIN, "0.1.0", List.of(), "high", "", "");
    }
}

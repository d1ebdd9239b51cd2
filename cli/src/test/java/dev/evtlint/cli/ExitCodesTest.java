package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exit code for each kind of outcome. End-to-end runs with exit code 1 need real rules and
 * findings in examples/, which come with the analysis pipeline.
 */
class ExitCodesTest {
    private static final RuleDescriptor RULE = new RuleDescriptor("EVT102", "login-trigger-can-lock-out", "s",
            Severity.WARNING, Category.LOGIN, "0.1.0", List.of(), "high", "", "");
    private static final SourceFile FILE = SourceFile.ofText("a.sql", "SELECT 1;");

    @Test
    void findingsAtOrAboveTheThresholdFail() {
        AnalysisResult warning = result(List.of(finding(Severity.WARNING)), List.of());
        assertEquals(ExitCodes.OK, ExitCodes.of(warning, FailOn.ERROR));
        assertEquals(ExitCodes.FINDINGS, ExitCodes.of(warning, FailOn.WARNING));
        assertEquals(ExitCodes.FINDINGS, ExitCodes.of(warning, FailOn.NOTE));
        assertEquals(ExitCodes.OK, ExitCodes.of(warning, FailOn.NEVER));
        assertEquals(ExitCodes.FINDINGS, ExitCodes.of(result(List.of(finding(Severity.ERROR)), List.of()), FailOn.ERROR));
        assertEquals(ExitCodes.OK, ExitCodes.of(result(List.of(), List.of()), FailOn.NOTE));
    }

    @Test
    void unreadableInputIsAUsageErrorAndAnInternalErrorWinsOverEverything() {
        ToolNotification unreadable = new ToolNotification("b.sql", "not valid UTF-8", false);
        ToolNotification crash = new ToolNotification("c.sql", "EVT101 failed", true);
        List<Finding> findings = List.of(finding(Severity.ERROR));
        assertEquals(ExitCodes.USAGE, ExitCodes.of(result(findings, List.of(unreadable)), FailOn.ERROR));
        assertEquals(ExitCodes.INTERNAL_ERROR, ExitCodes.of(result(findings, List.of(unreadable, crash)), FailOn.ERROR));
        assertEquals(ExitCodes.INTERNAL_ERROR, ExitCodes.of(result(List.of(), List.of(crash)), FailOn.NEVER));
    }

    private static Finding finding(Severity severity) {
        return new Finding(RULE, severity, new Location(FILE, FILE.range(0, 6)), "m", "", List.of());
    }

    private static AnalysisResult result(List<Finding> findings, List<ToolNotification> notifications) {
        return new AnalysisResult(findings, List.of(RULE), List.of(FILE), notifications);
    }
}

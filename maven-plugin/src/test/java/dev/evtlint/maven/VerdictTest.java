package dev.evtlint.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private static final RuleDescriptor RULE = new RuleDescriptor("EVT102", "login-trigger-can-lock-out", "s",
            Severity.WARNING, Category.LOGIN, "0.1.0", List.of(), "high", "", "");
    private static final SourceFile FILE = SourceFile.ofText("a.sql", "SELECT 1;");
    private static final Finding ERROR = finding(Severity.ERROR);
    private static final Finding WARNING = finding(Severity.WARNING);

    @Test
    void findingsBelowTheThresholdOrWithinTheAllowanceLetTheBuildPass() {
        assertDoesNotThrow(new Verdict(result(List.of(WARNING), List.of()), FailOn.ERROR, 0)::enforce);
        Verdict tolerated = new Verdict(result(List.of(ERROR, WARNING), List.of()), FailOn.WARNING, 2);
        assertDoesNotThrow(tolerated::enforce);
        assertEquals(List.of(), tolerated.failingTheBuild());
    }

    @Test
    void moreFindingsThanAllowedFailTheBuildWithTheirCount() {
        Verdict verdict = new Verdict(result(List.of(ERROR, WARNING), List.of()), FailOn.WARNING, 1);
        assertEquals(List.of(ERROR, WARNING), verdict.failingTheBuild());
        MojoFailureException e = assertThrows(MojoFailureException.class, verdict::enforce);
        assertEquals("evtlint: 2 findings at or above warning, more than maxAllowedFindings (1)", e.getMessage());
    }

    @Test
    void scriptsThatCouldNotBeAnalysedStopTheBuildBeforeFindingsDo() {
        ToolNotification unreadable = new ToolNotification("b.sql", "not valid UTF-8", false);
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                new Verdict(result(List.of(ERROR), List.of(unreadable)), FailOn.ERROR, 0)::enforce);
        assertEquals("evtlint: 1 problem kept scripts from being analysed; the log above names them", e.getMessage());
        ToolNotification crash = new ToolNotification("c.sql", "internal error: boom", true);
        MojoExecutionException internal = assertThrows(MojoExecutionException.class,
                new Verdict(result(List.of(), List.of(unreadable, crash)), FailOn.NEVER, 0)::enforce);
        assertEquals("evtlint: 2 problems kept scripts from being analysed, among them an internal error of evtlint;"
                + " the log above names them", internal.getMessage());
    }

    private static Finding finding(Severity severity) {
        return new Finding(RULE, severity, new Location(FILE, FILE.range(0, 6)), "m", "", List.of());
    }

    private static AnalysisResult result(List<Finding> findings, List<ToolNotification> notifications) {
        return new AnalysisResult(findings, List.of(RULE), List.of(FILE), notifications);
    }
}

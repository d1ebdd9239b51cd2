package dev.evtlint.maven;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.rule.Finding;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Whether the build goes on: scripts that could not be analysed are a problem of the build
 * (MojoExecutionException), more findings at or above the threshold than allowed a failure of the
 * project (MojoFailureException).
 */
final class Verdict {
    private final AnalysisResult result;
    private final FailOn failOn;
    private final int maxAllowedFindings;
    private final List<Finding> failing;

    Verdict(AnalysisResult result, FailOn failOn, int maxAllowedFindings) {
        this.result = result;
        this.failOn = failOn;
        this.maxAllowedFindings = maxAllowedFindings;
        this.failing = result.findings().stream().filter(f -> failOn.fails(f.severity())).toList();
    }

    /** The findings that fail the build: those at or above the threshold, when there are too many. */
    List<Finding> failingTheBuild() {
        return failing.size() > maxAllowedFindings ? failing : List.of();
    }

    void enforce() throws MojoExecutionException, MojoFailureException {
        int problems = result.notifications().size();
        if (problems > 0) {
            throw new MojoExecutionException("evtlint: " + count(problems, "problem") + " kept scripts from being analysed"
                    + (result.hasInternalErrors() ? ", among them an internal error of evtlint" : "")
                    + "; the log above names them");
        }
        if (!failingTheBuild().isEmpty()) {
            throw new MojoFailureException("evtlint: " + count(failing.size(), "finding") + " at or above " + failOn
                    + ", more than maxAllowedFindings (" + maxAllowedFindings + ")");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

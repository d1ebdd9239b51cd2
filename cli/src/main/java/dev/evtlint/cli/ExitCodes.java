package dev.evtlint.cli;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.report.Printable;
import dev.evtlint.rule.Finding;
import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit codes of DESIGN.md section 7. When several apply, the most serious wins: an internal
 * error, then a problem with the input or the options, then findings.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 3;

    /** For the help of every command: code and meaning, in order. */
    static final Map<String, String> HELP = helpList();

    private ExitCodes() {
    }

    private static Map<String, String> helpList() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(String.valueOf(OK), "No finding at or above --fail-on.");
        help.put(String.valueOf(FINDINGS), "Findings at or above --fail-on.");
        help.put(String.valueOf(USAGE), "Usage or configuration error, or an input that cannot be read.");
        help.put(String.valueOf(INTERNAL_ERROR), "Internal error on some input (the others are still reported).");
        return Collections.unmodifiableMap(help);
    }

    static int of(AnalysisResult result, FailOn failOn) {
        int problems = of(result.notifications());
        if (problems != OK) {
            return problems;
        }
        for (Finding finding : result.findings()) {
            if (failOn.fails(finding.severity())) {
                return FINDINGS;
            }
        }
        return OK;
    }

    /**
     * The exit code that tool notifications call for: internal errors first; the other notifications
     * are files that could not be read or decoded, the user's to fix.
     */
    static int of(List<ToolNotification> notifications) {
        if (notifications.stream().anyMatch(ToolNotification::internalError)) {
            return INTERNAL_ERROR;
        }
        return notifications.isEmpty() ? OK : USAGE;
    }

    /** Tells each notification on standard error, one line each, and returns {@link #of(List)}. */
    static int report(List<ToolNotification> notifications, PrintStream err) {
        for (ToolNotification notification : notifications) {
            err.println(Printable.escapeLineStart(notification.path() + ": error: " + notification.message()));
        }
        return of(notifications);
    }
}

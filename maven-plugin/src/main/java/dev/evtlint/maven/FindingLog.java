package dev.evtlint.maven;

import dev.evtlint.api.ToolNotification;
import dev.evtlint.report.Printable;
import dev.evtlint.report.TextReporter;
import dev.evtlint.report.ToolInfo;
import dev.evtlint.rule.Finding;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings in the build log, one line each as {@code evtlint check} prints them, at the log level
 * of their severity; and the problems that kept files from being analysed.
 */
final class FindingLog {
    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    void findings(List<Finding> findings) {
        for (Finding finding : findings) {
            String line = TextReporter.headline(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case NOTE -> log.info(line);
            }
        }
    }

    void notifications(List<ToolNotification> notifications) {
        for (ToolNotification notification : notifications) {
            // A notification about the run as a whole has no path: it is named after the tool, as in the text report.
            String path = notification.path().isEmpty() ? ToolInfo.NAME : notification.path();
            log.error(Printable.escapeLineStart(path + ": " + notification.message()));
        }
    }
}

package dev.evtlint.report;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), which show as
 * annotations on the pull request's changed lines without code scanning.
 */
public final class GitHubReporter implements Reporter {

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Finding finding : result.findings()) {
            SourceRange range = finding.location().range();
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            // Control characters of identifiers are escaped; the newline before the help is GitHub's %0A.
            String message = Printable.escape(finding.message())
                    + (finding.help().isEmpty() ? "" : "\n" + Printable.escape(finding.help()));
            writer.write("::" + command + " file=" + property(finding.location().file().displayPath())
                    + ",line=" + range.startLine() + ",col=" + range.startColumn()
                    + ",endLine=" + range.endLine() + ",endColumn=" + range.endColumn()
                    + ",title=" + property(finding.rule().id() + " " + finding.rule().name())
                    + "::" + data(message) + "\n");
        }
        for (ToolNotification notification : result.notifications()) {
            String file = notification.path().isEmpty() ? "" : " file=" + property(notification.path());
            writer.write("::error" + file + "::" + data("evtlint: " + Printable.escape(notification.message())) + "\n");
        }
        writer.flush();
    }

    /** The escaping GitHub's runner applies to a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a command's property values, which also end at ':' and ','. */
    static String property(String text) {
        return data(Printable.escape(text)).replace(":", "%3A").replace(",", "%2C");
    }
}

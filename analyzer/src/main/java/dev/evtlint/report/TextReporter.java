package dev.evtlint.report;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.BaselineComparison;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Compiler-style text (DESIGN.md section 7): one {@code path:line:col: severity: message [ID name]}
 * line per finding, the source line with a caret line under the range, the help, the rule's page,
 * the related locations as notes; then the tool's own problems and a summary. Lines end with {@code \n} on
 * every platform so that the output is the same everywhere.
 */
public final class TextReporter implements Reporter {
    /** Shown for a notification about the run as a whole, which has no path. */
    private static final String RUN_PATH = ToolInfo.NAME;

    private final Ansi ansi;

    /** @param color whether to use ANSI colours; the caller decides (a terminal, no {@code NO_COLOR}) */
    public TextReporter(boolean color) {
        this.ansi = color ? Ansi.ON : Ansi.OFF;
    }

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        // Written as it goes, never built whole: a report of many findings must not need their size in memory twice.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Finding finding : result.findings()) {
            writeFinding(text, finding);
        }
        for (ToolNotification notification : result.notifications()) {
            String path = notification.path().isEmpty() ? RUN_PATH : Printable.escapeLineStart(notification.path());
            text.append(ansi.bold(path + ":")).append(' ').append(ansi.severity(Severity.ERROR, "error:"))
                    .append(' ').append(Printable.escape(notification.message())).append('\n');
        }
        text.append(ansi.bold(summary(result))).append('\n');
        text.flush();
    }

    private void writeFinding(Writer text, Finding finding) throws IOException {
        Location location = finding.location();
        SourceRange range = location.range();
        text.append(headline(finding, ansi)).append('\n');
        SourceFile file = location.file();
        if (range.startLine() <= file.lines().lineCount()) {
            CharSequence line = CharBuffer.wrap(file.text(), file.lines().lineStart(range.startLine()),
                    file.lines().lineEnd(range.startLine(), file.text()));
            int endColumn = range.endLine() == range.startLine() ? range.endColumn() : line.length() + 1;
            Caret.Shown shown = Caret.show(line, range.startColumn(), endColumn);
            text.append(shown.line()).append('\n').append(ansi.marker(shown.marker())).append('\n');
        }
        if (!finding.help().isEmpty()) {
            text.append("  = ").append(ansi.label("help:")).append(' ').append(Printable.escape(finding.help())).append('\n');
        }
        text.append("  = ").append(ansi.label("see")).append(' ').append(finding.rule().page()).append('\n');
        for (RelatedLocation related : finding.related()) {
            text.append("  ").append(ansi.label("note:")).append(' ').append(position(related.location()))
                    .append(": ").append(Printable.escape(related.message())).append('\n');
        }
    }

    /**
     * The first line of a finding without colour, {@code path:line:col: severity: message [ID name]},
     * for tools that show findings one line each, such as the Maven plugin's log.
     */
    public static String headline(Finding finding) {
        return headline(finding, Ansi.OFF);
    }

    private static String headline(Finding finding, Ansi ansi) {
        return ansi.bold(position(finding.location()) + ":") + ' '
                + ansi.severity(finding.severity(), finding.severity().label() + ":") + ' '
                + ansi.bold(Printable.escape(finding.message())) + ' '
                + '[' + finding.rule().id() + ' ' + finding.rule().name() + ']';
    }

    private static String position(Location location) {
        SourceRange range = location.range();
        return Printable.escapeLineStart(location.file().displayPath()) + ":" + range.startLine() + ":" + range.startColumn();
    }

    /**
     * {@code 3 findings (1 error, 2 warnings) in 4 files}, {@code No findings in 4 files}, then how
     * many findings comments suppressed and how many tool errors there were, when any.
     */
    public static String summary(AnalysisResult result) {
        String files = " in " + count(result.files().size(), "file");
        String problems = (result.suppressed().isEmpty() ? "" : "; " + result.suppressed().size() + " suppressed")
                + baseline(result.baseline())
                + (result.notifications().isEmpty() ? "" : "; " + count(result.notifications().size(), "tool error"));
        if (result.findings().isEmpty()) {
            return "No findings" + files + problems;
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Finding finding : result.findings()) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        bySeverity.forEach((severity, n) -> parts.add(count(n, severity.label())));
        return count(result.findings().size(), "finding") + " (" + String.join(", ", parts) + ")" + files + problems;
    }

    /** {@code ; 4 unchanged from the baseline, 1 gone}: what is not shown because the baseline has it. */
    private static String baseline(BaselineComparison baseline) {
        if (baseline == null) {
            return "";
        }
        return "; " + baseline.unchanged() + " unchanged from the baseline"
                + (baseline.absent() == 0 ? "" : ", " + baseline.absent() + " gone");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

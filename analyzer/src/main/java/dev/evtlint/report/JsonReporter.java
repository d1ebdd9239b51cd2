package dev.evtlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Findings as JSON for scripts and editors, in the schema documented in docs/json-output.md
 * (version 1): stable field names, positions 1-based with UTF-16 columns, end column exclusive.
 */
public final class JsonReporter implements Reporter {
    /** The schema version; it changes only when a field changes meaning or goes away. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    record Document(int version, String tool, String toolVersion, List<JsonFinding> findings,
                    List<JsonNotification> notifications, Summary summary) {
    }

    record JsonFinding(String ruleId, String ruleName, String severity, String path, Position start, Position end,
                       String message, String help, List<JsonRelated> related) {
    }

    record Position(int line, int column, int offset) {
    }

    record JsonRelated(String path, Position start, Position end, String message) {
    }

    record JsonNotification(String path, String message, boolean internalError) {
    }

    /** {@code unchangedFromBaseline} is null without {@code --baseline}. */
    record Summary(int findings, int errors, int warnings, int notes, int files, int suppressed,
                   Integer unchangedFromBaseline) {
    }

    @Override
    public void write(AnalysisResult result, OutputStream out) throws IOException {
        List<JsonFinding> findings = result.findings().stream().map(JsonReporter::finding).toList();
        List<JsonNotification> notifications = result.notifications().stream()
                .map(n -> new JsonNotification(n.path(), n.message(), n.internalError())).toList();
        Summary summary = new Summary(findings.size(), count(result, Severity.ERROR), count(result, Severity.WARNING),
                count(result, Severity.NOTE), result.files().size(), result.suppressed().size(),
                result.baseline() == null ? null : result.baseline().unchanged());
        MAPPER.writeValue(out, new Document(SCHEMA_VERSION, ToolInfo.NAME, ToolInfo.version(), findings, notifications, summary));
        out.write('\n');
        out.flush();
    }

    private static JsonFinding finding(Finding finding) {
        Location location = finding.location();
        List<JsonRelated> related = finding.related().stream().map(JsonReporter::related).toList();
        return new JsonFinding(finding.rule().id(), finding.rule().name(), finding.severity().label(),
                location.file().displayPath(), start(location.range()), end(location.range()), finding.message(),
                finding.help(), related);
    }

    private static JsonRelated related(RelatedLocation related) {
        Location location = related.location();
        return new JsonRelated(location.file().displayPath(), start(location.range()), end(location.range()), related.message());
    }

    private static Position start(SourceRange range) {
        return new Position(range.startLine(), range.startColumn(), range.startOffset());
    }

    private static Position end(SourceRange range) {
        return new Position(range.endLine(), range.endColumn(), range.endOffset());
    }

    private static int count(AnalysisResult result, Severity severity) {
        return (int) result.findings().stream().filter(f -> f.severity() == severity).count();
    }
}

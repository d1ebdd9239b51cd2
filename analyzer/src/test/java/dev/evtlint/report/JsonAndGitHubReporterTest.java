package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.BaselineComparison;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import dev.evtlint.suppress.SuppressedFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAndGitHubReporterTest {
    private static final SourceFile FILE = SourceFile.ofText("db/V1__login.sql",
            "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$\nBEGIN\n  INSERT INTO t VALUES (1);\nEND $$;\n"
                    + "CREATE EVENT TRIGGER f ON login EXECUTE FUNCTION f();\n");
    private static final RuleDescriptor EVT101 = new RuleDescriptor("EVT101", "login-write-without-recovery-guard",
            "Write in a login trigger without a recovery check", Severity.ERROR, Category.LOGIN, "0.1.0",
            List.of("correctness"), "high", "", "# EVT101");

    private static AnalysisResult result() {
        int insert = FILE.text().indexOf("INSERT");
        int trigger = FILE.text().indexOf("CREATE EVENT");
        Finding finding = new Finding(EVT101, Severity.ERROR, new Location(FILE, FILE.range(insert, insert + 24)),
                "INSERT, 100% sure: fails", "check pg_is_in_recovery() first",
                List.of(new RelatedLocation(new Location(FILE, FILE.range(trigger, trigger + 20)), "login trigger f")));
        return new AnalysisResult(List.of(finding), List.of(EVT101), List.of(FILE),
                List.of(new ToolNotification("bad.sql", "not valid UTF-8", false)));
    }

    private static String render(Reporter reporter) throws IOException {
        return render(reporter, result());
    }

    private static String render(Reporter reporter, AnalysisResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(new JsonReporter()));
        assertEquals(1, json.path("version").asInt());
        JsonNode finding = json.path("findings").path(0);
        assertEquals("EVT101", finding.path("ruleId").asText());
        assertEquals("error", finding.path("severity").asText());
        assertEquals("db/V1__login.sql", finding.path("path").asText());
        assertEquals(3, finding.path("start").path("line").asInt());
        assertEquals(3, finding.path("start").path("column").asInt());
        assertEquals(27, finding.path("end").path("column").asInt());
        assertEquals(5, finding.path("related").path(0).path("start").path("line").asInt());
        assertEquals("bad.sql", json.path("notifications").path(0).path("path").asText());
        assertEquals(1, json.path("summary").path("errors").asInt());
        assertEquals(0, json.path("summary").path("suppressed").asInt());
        assertTrue(json.path("summary").path("unchangedFromBaseline").isNull());
    }

    @Test
    void jsonCountsButDoesNotListSuppressedFindingsAndCountsBaselinedOnes() throws IOException {
        Finding finding = result().findings().get(0);
        AnalysisResult result = new AnalysisResult(List.of(), List.of(EVT101), List.of(FILE), List.of(),
                List.of(new SuppressedFinding(finding, "reviewed")), new BaselineComparison(3, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReporter().write(result, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(0, json.path("findings").size());
        assertEquals(1, json.path("summary").path("suppressed").asInt());
        assertEquals(3, json.path("summary").path("unchangedFromBaseline").asInt());
    }

    @Test
    void githubAnnotationsAreEscaped() throws IOException {
        assertEquals(List.of(
                "::error file=db/V1__login.sql,line=3,col=3,endLine=3,endColumn=27,"
                        + "title=EVT101 login-write-without-recovery-guard::INSERT, 100%25 sure: fails%0Acheck pg_is_in_recovery() first",
                "::error file=bad.sql::evtlint: not valid UTF-8"),
                render(new GitHubReporter()).lines().toList());
    }

    @Test
    void githubAnnotationsEscapeControlCharactersOfInputs() throws IOException {
        SourceFile file = SourceFile.ofText("db/a\u001B.sql", "SELECT 1;\n");
        Finding finding = new Finding(EVT101, Severity.WARNING, new Location(file, file.range(0, 6)),
                "trigger \"t\n::error::forged\u001B[2J\"", "", List.of());
        assertEquals(List.of("::warning file=db/a\\u001B.sql,line=1,col=1,endLine=1,endColumn=7,"
                        + "title=EVT101 login-write-without-recovery-guard::trigger \"t\\n::error::forged\\u001B[2J\""),
                render(new GitHubReporter(), new AnalysisResult(List.of(finding), List.of(EVT101), List.of(file), List.of()))
                        .lines().toList());
    }
}

package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evtlint.lsp.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server reports what {@code evtlint check} reports on the same project: the same
 * rules at the same ranges with the same messages, severities and related locations, with the
 * project's evtlint.toml and suppression comments applied the same way.
 */
class LanguageServerMatchesCheckTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void project() throws IOException {
        write("evtlint.toml", """
                [severity]
                login-write-without-recovery-guard = "warning"

                [per-path-ignores]
                "legacy/*" = ["EVT101"]
                """);
        write("db/V1__connection_log.sql", """
                CREATE TABLE connection_log (username text, connected_at timestamptz);

                CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO connection_log VALUES (session_user, now());
                END $$;
                """);
        write("db/V2__login_trigger.sql", "CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();\n");
        write("db/V3__audit.sql", """
                CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                  -- evtlint-ignore EVT101 the table is unlogged on purpose
                  INSERT INTO connection_log VALUES (session_user, now());
                  RAISE NOTICE 'ddl %', tg_tag;
                END $$;
                CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                CREATE EVENT TRIGGER audit_login ON login EXECUTE FUNCTION audit_ddl();
                """);
        write("legacy/old.sql", """
                CREATE FUNCTION old_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  UPDATE connection_log SET connected_at = now();
                END $$;
                CREATE EVENT TRIGGER old_login ON login EXECUTE FUNCTION old_login();
                """);
    }

    @Test
    void theServersDiagnosticsAreChecksFindings() throws IOException {
        project();
        CliRun check = CliRun.in(root, "check", "--format", "json", "--fail-on", "never");
        assertEquals(0, check.exitCode(), check.err());
        JsonNode findings = new ObjectMapper().readTree(check.out()).path("findings");
        TreeSet<String> expected = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (JsonNode finding : findings) {
            Path file = root.resolve(finding.path("path").asText());
            files.add(file);
            expected.add(describe(TestClient.uri(file), finding.path("ruleId").asText(), finding.path("severity").asText(),
                    position(finding), finding.path("message").asText(), related(finding.path("related"))));
        }
        assertTrue(findings.size() >= 3, check.out());
        assertTrue(check.out().contains("\"severity\" : \"warning\""), "the configured severity applies");
        assertTrue(expected.stream().anyMatch(e -> e.contains("related")), "some finding has related locations");
        try (TestClient client = TestClient.start(root)) {
            for (Path file : files) {
                long count = expected.stream().filter(e -> e.startsWith(TestClient.uri(file) + " ")).count();
                client.diagnostics(file, d -> d.size() == count);
            }
            TreeSet<String> actual = new TreeSet<>();
            for (Map.Entry<String, List<Diagnostic>> entry : client.published().entrySet()) {
                for (Diagnostic d : entry.getValue()) {
                    actual.add(describe(entry.getKey(), d.getCode().getLeft(), severity(d), position(d.getRange()),
                            d.getMessage(), related(d.getRelatedInformation())));
                }
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }
    }

    private static String describe(String uri, String rule, String severity, String position, String message, String related) {
        return uri + " " + rule + " " + severity + " " + position + " " + message + (related.isEmpty() ? "" : " related " + related);
    }

    /** check's 1-based lines and columns as LSP's 0-based ones. */
    private static String position(JsonNode located) {
        return (located.path("start").path("line").asInt() - 1) + ":" + (located.path("start").path("column").asInt() - 1) + "-"
                + (located.path("end").path("line").asInt() - 1) + ":" + (located.path("end").path("column").asInt() - 1);
    }

    private static String position(Range range) {
        return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-"
                + range.getEnd().getLine() + ":" + range.getEnd().getCharacter();
    }

    private String related(JsonNode related) {
        List<String> items = new ArrayList<>();
        for (JsonNode r : related) {
            items.add(TestClient.uri(root.resolve(r.path("path").asText())) + " " + position(r) + " " + r.path("message").asText());
        }
        return String.join("; ", items);
    }

    private static String related(List<DiagnosticRelatedInformation> related) {
        if (related == null) {
            return "";
        }
        return String.join("; ", related.stream().map(r -> r.getLocation().getUri() + " " + position(r.getLocation().getRange())
                + " " + r.getMessage()).toList());
    }

    private static String severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Error -> "error";
            case Warning -> "warning";
            case Information, Hint -> "note";
        };
    }
}

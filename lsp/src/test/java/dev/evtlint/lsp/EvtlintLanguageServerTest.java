package dev.evtlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server driven over pipes by LSP4J's client side, as an editor drives it. */
class EvtlintLanguageServerTest {
    private static final String UNGUARDED = """
            CREATE TABLE connection_log (username text, connected_at timestamptz);

            CREATE FUNCTION log_connection() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO connection_log VALUES (session_user, now());
            END $$;
            """;
    private static final String GUARDED = UNGUARDED.replace("BEGIN\n", "BEGIN\n  IF pg_is_in_recovery() THEN RETURN; END IF;\n");
    private static final String LOGIN_TRIGGER = "CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();\n";

    @TempDir
    Path root;

    private Path function;
    private Path trigger;

    private void project() throws IOException {
        function = root.resolve("V1__connection_log.sql");
        trigger = root.resolve("V2__login_trigger.sql");
        Files.writeString(function, UNGUARDED);
        Files.writeString(trigger, LOGIN_TRIGGER);
    }

    private static boolean has(List<Diagnostic> diagnostics, String rule) {
        return diagnostics.stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
    }

    private static Diagnostic the(List<Diagnostic> diagnostics, String rule) {
        return diagnostics.stream().filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }

    private static void change(TestClient client, Path file, int version, String text) {
        client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(TestClient.uri(file), version),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    @Test
    void aProjectFileGetsTheFindingWithRangeSeverityDocumentationAndTheRelatedTrigger() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            // Diagnostics come for files with findings, opened or not.
            Diagnostic diagnostic = the(client.diagnostics(function, d -> has(d, "EVT101")), "EVT101");
            assertEquals(new Range(new Position(4, 2), new Position(4, 57)), diagnostic.getRange());
            assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
            assertEquals("evtlint", diagnostic.getSource());
            Path page = Path.of(URI.create(diagnostic.getCodeDescription().getHref()));
            assertTrue(Files.readString(page).contains("EVT101"), page.toString());
            assertEquals(TestClient.uri(trigger), diagnostic.getRelatedInformation().get(0).getLocation().getUri());
            assertEquals(0, diagnostic.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
        }
    }

    @Test
    void aGuardTypedIntoOneFileClearsTheFindingAndClosingWithoutSavingBringsItBack() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            client.diagnostics(function, d -> has(d, "EVT101"));
            client.open(function, UNGUARDED);
            change(client, function, 2, GUARDED);
            client.diagnostics(function, d -> !has(d, "EVT101"));
            client.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(TestClient.uri(function))));
            client.diagnostics(function, d -> has(d, "EVT101"));
        }
    }

    @Test
    void anEditInTheTriggersFileReDecidesTheFindingInTheFunctionsFile() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            client.diagnostics(function, d -> has(d, "EVT101"));
            client.open(trigger, LOGIN_TRIGGER);
            change(client, trigger, 2, "-- no login trigger any more\n");
            client.diagnostics(function, d -> !has(d, "EVT101"));
            change(client, trigger, 3, LOGIN_TRIGGER);
            client.diagnostics(function, d -> has(d, "EVT101"));
        }
    }

    @Test
    void hoverOnAFindingShowsItsRulesDocumentation() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            client.diagnostics(function, d -> has(d, "EVT101"));
            Hover hover = TestClient.get(client.server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(TestClient.uri(function)), new Position(4, 10))));
            assertTrue(hover.getContents().getRight().getValue().contains("pg_is_in_recovery"), hover.toString());
            assertNull(TestClient.get(client.server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(TestClient.uri(function)), new Position(0, 0)))));
        }
    }

    @Test
    void theSuppressionQuickFixSilencesTheFindingOnceApplied() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            Diagnostic diagnostic = the(client.diagnostics(function, d -> has(d, "EVT101")), "EVT101");
            client.open(function, UNGUARDED);
            CodeAction suppress = actions(client, function, diagnostic).stream()
                    .filter(a -> a.getTitle().startsWith("Suppress EVT101")).findFirst().orElseThrow();
            List<TextEdit> edits = suppress.getEdit().getChanges().get(TestClient.uri(function));
            String fixed = LspEdits.apply(UNGUARDED, edits);
            assertTrue(fixed.contains("  -- evtlint-ignore EVT101 TODO: say why this is safe\n  INSERT INTO connection_log"), fixed);
            change(client, function, 2, fixed);
            client.diagnostics(function, d -> d.isEmpty());
        }
    }

    @Test
    void theDropFirstQuickFixMakesTheScriptRerunnable() throws IOException {
        String setup = """
                CREATE OR REPLACE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                END $$;
                CREATE EVENT TRIGGER "Audit DDL" ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                """;
        Path file = root.resolve("setup.sql");
        Files.writeString(file, setup);
        try (TestClient client = TestClient.start(root)) {
            Diagnostic diagnostic = the(client.diagnostics(file, d -> has(d, "EVT601")), "EVT601");
            client.open(file, setup);
            CodeAction dropFirst = actions(client, file, diagnostic).stream()
                    .filter(a -> a.getTitle().startsWith("Drop the event trigger")).findFirst().orElseThrow();
            String fixed = LspEdits.apply(setup, dropFirst.getEdit().getChanges().get(TestClient.uri(file)));
            assertTrue(fixed.contains("END $$;\nDROP EVENT TRIGGER IF EXISTS \"Audit DDL\";\nCREATE EVENT TRIGGER \"Audit DDL\""), fixed);
            change(client, file, 2, fixed);
            client.diagnostics(file, d -> !has(d, "EVT601"));
        }
    }

    @Test
    void theRecoveryGuardQuickFixClearsTheWriteInTheLoginFunction() throws IOException {
        project();
        try (TestClient client = TestClient.start(root)) {
            Diagnostic diagnostic = the(client.diagnostics(function, d -> has(d, "EVT101")), "EVT101");
            client.open(function, UNGUARDED);
            CodeAction guard = actions(client, function, diagnostic).stream()
                    .filter(a -> a.getTitle().startsWith("Return early on a standby")).findFirst().orElseThrow();
            String fixed = LspEdits.apply(UNGUARDED, guard.getEdit().getChanges().get(TestClient.uri(function)));
            assertEquals(GUARDED, fixed);
            change(client, function, 2, fixed);
            client.diagnostics(function, d -> !has(d, "EVT101"));
        }
    }

    @Test
    void theSearchPathQuickFixClearsTheSecurityDefinerFinding() throws IOException {
        String definer = """
                CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                  PERFORM 1 FROM pg_catalog.pg_class WHERE relname = 'x';
                  CREATE TEMP TABLE IF NOT EXISTS seen (tag text);
                  INSERT INTO seen VALUES (tg_tag);
                END $$;
                CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                """;
        Path file = root.resolve("V1__audit.sql");
        Files.writeString(file, definer);
        try (TestClient client = TestClient.start(root)) {
            Diagnostic diagnostic = the(client.diagnostics(file, d -> has(d, "EVT501")), "EVT501");
            client.open(file, definer);
            CodeAction setPath = actions(client, file, diagnostic).stream()
                    .filter(a -> a.getTitle().startsWith("Set search_path")).findFirst().orElseThrow();
            String fixed = LspEdits.apply(definer, setPath.getEdit().getChanges().get(TestClient.uri(file)));
            assertTrue(fixed.contains("SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$"), fixed);
            change(client, file, 2, fixed);
            client.diagnostics(file, d -> !has(d, "EVT501"));
        }
    }

    @Test
    void theNearestTagQuickFixClearsTheUnknownTag() throws IOException {
        String setup = """
                CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                END $$;
                CREATE EVENT TRIGGER audit_ddl ON ddl_command_end WHEN TAG IN ('CREATE TABEL') EXECUTE FUNCTION audit_ddl();
                """;
        Path file = root.resolve("V1__audit.sql");
        Files.writeString(file, setup);
        try (TestClient client = TestClient.start(root)) {
            Diagnostic diagnostic = the(client.diagnostics(file, d -> has(d, "EVT203")), "EVT203");
            client.open(file, setup);
            CodeAction nearest = actions(client, file, diagnostic).stream()
                    .filter(a -> a.getTitle().equals("Use the command tag 'CREATE TABLE'")).findFirst().orElseThrow();
            String fixed = LspEdits.apply(setup, nearest.getEdit().getChanges().get(TestClient.uri(file)));
            assertEquals(setup.replace("'CREATE TABEL'", "'CREATE TABLE'"), fixed);
            change(client, file, 2, fixed);
            client.diagnostics(file, d -> !has(d, "EVT203"));
        }
    }

    @Test
    void thePaddedNameQuickFixRenamesTheTriggerInItsOwnFile() throws IOException {
        Path first = root.resolve("V1__audit.sql");
        Path second = root.resolve("V2__check.sql");
        String audit = """
                CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'ddl: %', tg_tag;
                END $$;
                CREATE EVENT TRIGGER trg_2_audit ON ddl_command_end EXECUTE FUNCTION audit_ddl();
                """;
        Files.writeString(first, audit);
        Files.writeString(second, "CREATE EVENT TRIGGER trg_10_check ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n");
        try (TestClient client = TestClient.start(root)) {
            // The finding is on trg_10_check, which fires too early; the fix renames trg_2_audit.
            Diagnostic diagnostic = the(client.diagnostics(second, d -> has(d, "EVT302")), "EVT302");
            client.open(first, audit);
            CodeAction rename = actions(client, second, diagnostic).stream()
                    .filter(a -> a.getTitle().startsWith("Rename trg_2_audit to trg_02_audit")).findFirst().orElseThrow();
            assertEquals(List.of(TestClient.uri(first)), List.copyOf(rename.getEdit().getChanges().keySet()));
            String fixed = LspEdits.apply(audit, rename.getEdit().getChanges().get(TestClient.uri(first)));
            assertEquals(audit.replace("trg_2_audit", "trg_02_audit"), fixed);
            change(client, first, 2, fixed);
            client.diagnostics(second, d -> !has(d, "EVT302"));
        }
    }

    private static List<CodeAction> actions(TestClient client, Path file, Diagnostic diagnostic) {
        return TestClient.get(client.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(TestClient.uri(file)), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic))))).stream().map(Either::getRight).toList();
    }
}

package dev.evtlint.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/**
 * The latency an editor sees after one edit in a large project, warm: from didChange to the
 * diagnostics that reflect it. A main, not a test (timings on a shared machine prove nothing);
 * scripts/bench-lsp.sh runs it. Usage: WarmEditBenchmark [FILES [EDITS]].
 */
public final class WarmEditBenchmark {
    private static final String FUNCTION = """
            CREATE TABLE log_%1$d (username text, at timestamptz);

            CREATE FUNCTION on_login_%1$d() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
            %2$s  INSERT INTO log_%1$d VALUES (session_user, now());
              RAISE NOTICE 'login %%', session_user;
            END $$;

            CREATE FUNCTION on_ddl_%1$d() RETURNS event_trigger LANGUAGE plpgsql AS $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
                RAISE NOTICE '%% %%', r.command_tag, r.object_identity;
              END LOOP;
            END $$;
            """;
    private static final String TRIGGERS = """
            CREATE EVENT TRIGGER on_login_%1$d ON login EXECUTE FUNCTION on_login_%1$d();
            CREATE EVENT TRIGGER on_ddl_%1$d ON ddl_command_end EXECUTE FUNCTION on_ddl_%1$d();
            """;
    /** What most of a migration project is: tables, functions, data, with no event trigger. */
    private static final String MIGRATION = """
            CREATE TABLE item_%1$d (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());
            CREATE INDEX item_%1$d_name ON item_%1$d (name);

            CREATE FUNCTION touch_item_%1$d() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.created_at := now();
              RETURN NEW;
            END $$;
            CREATE TRIGGER touch_item_%1$d BEFORE UPDATE ON item_%1$d FOR EACH ROW EXECUTE FUNCTION touch_item_%1$d();

            INSERT INTO item_%1$d (id, name) VALUES (1, 'first'), (2, 'second');
            ALTER TABLE item_%1$d ADD COLUMN note text;
            CREATE VIEW item_%1$d_names AS SELECT id, name FROM item_%1$d;
            """;
    private static final String GUARD = "  IF pg_is_in_recovery() THEN RETURN; END IF;\n";

    private static final int TRIGGER_PAIRS = 5;

    private WarmEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path root = Files.createTempDirectory("evtlint-lsp-bench-");
        // A migration project: a few event triggers, their functions in other files than the
        // triggers (each edit decides findings in another file too), ordinary migrations around them.
        for (int i = 1; i <= TRIGGER_PAIRS; i++) {
            Files.writeString(root.resolve("V" + i + "__functions_" + i + ".sql"), function(i, false));
            Files.writeString(root.resolve("V" + (files - TRIGGER_PAIRS + i) + "__triggers_" + i + ".sql"), String.format(TRIGGERS, i));
        }
        for (int i = TRIGGER_PAIRS + 1; i <= files - TRIGGER_PAIRS; i++) {
            Files.writeString(root.resolve("V" + i + "__items_" + i + ".sql"), String.format(MIGRATION, i));
        }
        Path edited = root.resolve("V3__functions_3.sql");
        try (TestClient client = TestClient.start(root)) {
            client.diagnostics(edited, d -> has(d, "EVT101"));
            client.open(edited, function(3, false));
            List<Long> micros = new ArrayList<>();
            for (int edit = 1; edit <= edits; edit++) {
                boolean guarded = edit % 2 == 1;
                long start = System.nanoTime();
                client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(TestClient.uri(edited), edit + 1),
                        List.of(new TextDocumentContentChangeEvent(function(3, guarded)))));
                client.diagnostics(edited, d -> has(d, "EVT101") != guarded);
                micros.add((System.nanoTime() - start) / 1000);
            }
            // The first edits still warm the JIT up: only the second half counts.
            List<Long> warm = new ArrayList<>(micros.subList(micros.size() / 2, micros.size()));
            Collections.sort(warm);
            System.out.printf("%d files, %d warm edits: median %.1f ms, max %.1f ms%n", files, warm.size(),
                    warm.get(warm.size() / 2) / 1000.0, warm.get(warm.size() - 1) / 1000.0);
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static String function(int i, boolean guarded) {
        return String.format(FUNCTION, i, guarded ? GUARD : "");
    }

    private static boolean has(List<Diagnostic> diagnostics, String rule) {
        return diagnostics.stream().anyMatch(d -> rule.equals(d.getCode().getLeft()));
    }
}

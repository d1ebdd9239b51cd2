package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trigger inventory: definitions across files, enable states, and byte-order firing. */
class TriggersCommandTest {
    @TempDir
    Path folder;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(folder.resolve("V1__functions.sql"), """
                CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
                """);
        Files.writeString(folder.resolve("V2__triggers.sql"), """
                CREATE EVENT TRIGGER trg_10 ON ddl_command_end EXECUTE FUNCTION audit();
                CREATE EVENT TRIGGER trg_2 ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION audit();
                CREATE EVENT TRIGGER "Zed" ON ddl_command_end EXECUTE FUNCTION missing();
                CREATE EVENT TRIGGER old ON sql_drop EXECUTE FUNCTION audit();
                ALTER EVENT TRIGGER trg_2 ENABLE ALWAYS;
                DROP EVENT TRIGGER old;
                """);
    }

    @Test
    void textListsTriggersAndTheirFiringOrder() {
        CliRun run = CliRun.in(folder, "triggers");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("trg_2 on ddl_command_end when tag in (CREATE TABLE), always", lines.get(3));
        assertEquals("  executes audit(), defined at V1__functions.sql:1:1", lines.get(5));
        assertEquals("  executes missing(), which is not defined in the analysed files", lines.get(8));
        assertEquals("  ddl_command_end: Zed -> trg_10 -> trg_2", lines.get(11));
        assertEquals("  ddl_command_end with session_replication_role = replica: trg_2", lines.get(12));
        assertEquals(13, lines.size());
    }

    @Test
    void jsonHasTheSameFacts() throws IOException {
        CliRun run = CliRun.in(folder, "triggers", "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.path("triggers").size());
        assertEquals("V2__triggers.sql", json.path("triggers").path(0).path("definedAt").path("file").asText());
        assertEquals("Zed", json.path("firingOrder").path("ddl_command_end").path(0).asText());
    }

    /** A script that creates triggers in the database it runs against and, after \\connect, in another. */
    private Path twoDatabases() throws IOException {
        Path project = Files.createDirectories(folder.resolve("two"));
        Files.writeString(project.resolve("setup.sql"), """
                CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
                CREATE EVENT TRIGGER b_here ON ddl_command_end EXECUTE FUNCTION audit();
                \\connect app
                CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
                CREATE EVENT TRIGGER a_app ON ddl_command_end EXECUTE FUNCTION audit();
                CREATE EVENT TRIGGER c_app ON sql_drop EXECUTE FUNCTION audit();
                """);
        return project;
    }

    @Test
    void textGivesEachDatabaseItsOwnFiringOrder() throws IOException {
        CliRun run = CliRun.in(twoDatabases(), "triggers");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        String noReplica = " with session_replication_role = replica: (none enabled)";
        assertEquals(List.of("Firing order (by name, byte order), per database:",
                "  the database the script runs against:",
                "    ddl_command_end: b_here",
                "    ddl_command_end" + noReplica,
                "  database app:",
                "    ddl_command_end: a_app",
                "    ddl_command_end" + noReplica,
                "    sql_drop: c_app",
                "    sql_drop" + noReplica), lines.subList(lines.size() - 9, lines.size()));
    }

    @Test
    void jsonGivesEachDatabaseItsOwnFiringOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRun.in(twoDatabases(), "triggers", "--format", "json").out());
        assertEquals(3, json.path("triggers").size());
        assertEquals(false, json.has("firingOrder"));
        JsonNode app = json.path("databases").path(1);
        assertEquals("database app", app.path("database").asText());
        assertEquals("[\"a_app\",\"c_app\"]", app.path("triggers").toString());
        assertEquals("[\"a_app\"]", app.path("firingOrder").path("ddl_command_end").toString());
        assertEquals("[\"b_here\"]", json.path("databases").path(0).path("firingOrder").path("ddl_command_end").toString());
    }
}

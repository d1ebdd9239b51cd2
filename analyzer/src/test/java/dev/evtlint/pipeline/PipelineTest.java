package dev.evtlint.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evtlint.api.TriggerInventory;
import dev.evtlint.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One request resolved once: the configuration file's settings reach every use, and buffers stand in for files. */
class PipelineTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(project.resolve(path).getParent());
        Files.writeString(project.resolve(path), text);
    }

    private List<String> triggerNames(CheckRequest request) throws Exception {
        return Pipeline.resolve(request).triggers().triggers().stream().map(TriggerInventory.Trigger::name).toList();
    }

    @Test
    void theConfigurationsRunOrderAndExcludesReachTheTriggerListing() throws Exception {
        Files.createDirectories(project.resolve(".git"));
        write("db/a_create.sql", "CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION audit();\n");
        write("db/b_drop.sql", "DROP EVENT TRIGGER IF EXISTS audit;\n");
        write("db/old/c_create.sql", "CREATE EVENT TRIGGER old ON ddl_command_end EXECUTE FUNCTION audit();\n");
        CheckRequest request = CheckRequest.builder(project).paths(List.of(project.resolve("db"))).build();
        assertEquals(List.of("old"), triggerNames(request), "by path: created, then dropped");

        write("order.txt", "db/b_drop.sql\n");
        write("evtlint.toml", "order = \"order.txt\"\nexclude = [\"db/old\"]\n");
        assertEquals(List.of("audit"), triggerNames(request));
    }

    @Test
    void aBufferStandsInForTheFileItNames() throws Exception {
        write("db/V1__trigger.sql", "CREATE EVENT TRIGGER saved ON ddl_command_end EXECUTE FUNCTION audit();\n");
        CheckRequest request = CheckRequest.builder(project).paths(List.of(project.resolve("db")))
                .buffer("db/V1__trigger.sql", "CREATE EVENT TRIGGER unsaved ON sql_drop EXECUTE FUNCTION audit();\n")
                .build();
        TriggerInventory.Inventory inventory = Pipeline.resolve(request).triggers();
        assertEquals(List.of("unsaved"), inventory.triggers().stream().map(TriggerInventory.Trigger::name).toList());
        assertEquals("db/V1__trigger.sql", inventory.triggers().get(0).definedAt().file());
    }

    @Test
    void unknownRulesAndInvalidGlobsAreTheRequestsMistakes() throws IOException {
        assertEquals("unknown rule 'EVT999'; 'evtlint rules' lists them", assertThrows(InvalidRequest.class,
                () -> Pipeline.resolve(CheckRequest.builder(project).select(Set.of("EVT999")).build())).getMessage());
        assertThrows(InvalidRequest.class,
                () -> Pipeline.resolve(CheckRequest.builder(project).excludes(List.of("db/[a")).build()));
        write("evtlint.toml", "selct = []\n");
        assertThrows(ConfigException.class, () -> Pipeline.resolve(CheckRequest.builder(project).build()));
    }
}

package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulesAndExplainTest {
    private static final Path HERE = Path.of(".").toAbsolutePath().normalize();

    @Test
    void rulesListsTheCatalog() {
        CliRun run = CliRun.in(HERE, "rules");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("EVT101  login-write-without-recovery-guard")
                && line.contains("error") && line.endsWith("Write in a login trigger without a recovery check")), run.out());
    }

    @Test
    void rulesAsJson() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(CliRun.in(HERE, "rules", "--format", "json").out());
        JsonNode evt501 = null;
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals("EVT501")) {
                evt501 = rule;
            }
        }
        assertEquals("7.5", evt501.path("securitySeverity").asText());
        assertEquals("warning", evt501.path("severity").asText());
    }

    @Test
    void explainByIdOrName() {
        CliRun byId = CliRun.in(HERE, "explain", "evt102");
        CliRun byName = CliRun.in(HERE, "explain", "login-trigger-can-lock-out");
        assertTrue(byId.out().startsWith("# EVT102 login-trigger-can-lock-out"), byId.out());
        assertEquals(byId.out(), byName.out());
    }

    @Test
    void explainOfAnUnknownRuleIsAUsageError() {
        assertTrue(CliRun.in(HERE, "explain", "EVT999").isOneLineUsageError());
    }
}

package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget of the project-wide stages (docs/robustness.md, "Time budget per file, for the
 * model and per rule"), end to end: `evtlint check --file-timeout N` in a process of its own, so
 * that the work given up on ends with it. A stage past the budget is a notice and exit code 2.
 */
class TimeBudgetCliTest {
    private static final String UNGUARDED_LOGIN = "CREATE TABLE audit (id int);\n"
            + "CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit VALUES (1); END $$;\n"
            + "CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();\n";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out) {
    }

    private Run check(List<String> extraClassPath, String budget, String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, extraClassPath) + File.pathSeparator + System.getProperty("java.class.path"),
                EvtlintCommand.class.getName(), "check", "--file-timeout", budget));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), out);
        return new Run(process.exitValue(), out);
    }

    @Test
    void aRuleOverTheBudgetIsLeftOutWithANoticeAndTheOtherRulesFindingsAreKept() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("slow-rule"));
        Path services = Files.createDirectories(rules.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.evtlint.rule.Rule"), SlowRuleForTimeBudget.class.getName() + "\n");
        Path doc = Files.createDirectories(rules.resolve("dev/evtlint/cli")).resolve("SlowRuleForTimeBudget.md");
        // The registry checks a rule's metadata and documentation when it loads (RuleMetadata).
        Files.writeString(doc, "# EVT699 slow-rule-for-time-budget\n\n## What it does\nNever ends in time.\n\n"
                + "## Why is this bad?\nIt is a test's.\n\n## Example\nAny script.\n\n## Use instead\nNothing.\n\n"
                + "## Options\nNone.\n\n## References\nNone.\n");
        Files.writeString(dir.resolve("login.sql"), UNGUARDED_LOGIN);
        // A budget that parsing, the model and the other rules meet on a loaded machine too: only
        // the slow rule may run out of it.
        Run run = check(List.of(rules.toString()), "5", "login.sql");
        assertTrue(run.out().contains("EVT699 not run to the end: it takes longer than the time budget of 5 s "
                + "(--file-timeout); its findings are left out"), run.out());
        assertTrue(run.out().contains("[EVT101 login-write-without-recovery-guard]"), run.out());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
    }

    /**
     * A script that calls a ladder of installers shaped as diamonds, the last of which creates an
     * event trigger: f_i calls a_i and b_i, both call f_(i+1). The model runs each body where it
     * is called, as the script would, so the 40 steps of the ladder are 2^40 bodies to run: no
     * budget is long enough, and the model stops at it. The functions are spread over files of 10
     * steps, each parsed well within the budget of a file.
     */
    @Test
    void aModelOverTheBudgetIsANoticeWithoutFindings() throws Exception {
        int steps = 40;
        Files.writeString(dir.resolve("a_login.sql"), UNGUARDED_LOGIN);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            script.append(installer("f_" + i, "PERFORM a_" + i + "(); PERFORM b_" + i + "();"))
                    .append(installer("a_" + i, "PERFORM f_" + (i + 1) + "();"))
                    .append(installer("b_" + i, "PERFORM f_" + (i + 1) + "();"));
            if (i % 10 == 9) {
                Files.writeString(dir.resolve(String.format("b_%02d.sql", i / 10)), script);
                script.setLength(0);
            }
        }
        Files.writeString(dir.resolve("c_install.sql"), installer("f_" + steps,
                "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log_login();") + "SELECT f_0();\n");
        Run run = check(List.of(), "2", ".");
        assertTrue(run.out().contains("not analysed: building the project model takes longer than the time budget of 2 s "
                + "(--file-timeout)"), run.out());
        assertTrue(!run.out().contains("[EVT"), run.out());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
    }

    private static String installer(String name, String body) {
        return "CREATE FUNCTION " + name + "() RETURNS void LANGUAGE plpgsql AS $$ BEGIN " + body + " END $$;\n";
    }
}

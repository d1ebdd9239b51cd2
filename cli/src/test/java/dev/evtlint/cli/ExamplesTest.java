package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's first command, end to end: what `evtlint check examples/` reports and how it exits. */
class ExamplesTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theManualsExampleAndItsUnguardedVariant() {
        CliRun run = CliRun.in(REPOSITORY, "check", "examples/");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        List<String> findings = run.out().lines().filter(line -> line.startsWith("examples/")).toList();
        assertEquals(List.of(
                "examples/login-audit-unguarded.sql:14:3: error: INSERT in login function log_connection() runs on hot "
                        + "standbys too, where it fails and every connection is refused [EVT101 login-write-without-recovery-guard]",
                "examples/login-audit-unguarded.sql:18:1: note: CREATE EVENT TRIGGER log_connection fails when "
                        + "login-audit-unguarded.sql runs again: event trigger \"log_connection\" already exists [EVT601 event-trigger-not-rerunnable]",
                "examples/login-audit.sql:14:25: warning: SECURITY DEFINER trigger function init_session() has no SET "
                        + "search_path; it runs with its owner's rights for every user who connects [EVT501 security-definer-without-search-path]",
                "examples/login-audit.sql:23:5: warning: RAISE EXCEPTION in login function init_session() refuses the "
                        + "connection to everyone, superusers included: an error in a login trigger is FATAL [EVT102 login-trigger-can-lock-out]",
                privilegeChange(34, "REVOKE ROLE"),
                privilegeChange(35, "GRANT ROLE"),
                privilegeChange(37, "REVOKE ROLE"),
                privilegeChange(38, "GRANT ROLE"),
                "examples/login-audit.sql:50:1: note: CREATE EVENT TRIGGER init_session fails when login-audit.sql "
                        + "runs again: event trigger \"init_session\" already exists [EVT601 event-trigger-not-rerunnable]"),
                findings);
        assertTrue(run.out().contains("9 findings (1 error, 2 warnings, 6 notes) in 2 files"), run.out());
    }

    /** The manual's example hands out roles at login: EVT503 notes each GRANT and REVOKE it EXECUTEs. */
    private static String privilegeChange(int line, String tag) {
        return "examples/login-audit.sql:" + line + ":5: note: " + tag + " in init_session() changes privileges on every "
                + "login (event trigger init_session); the change stays after the session [EVT503 privilege-change-in-trigger]";
    }

    @Test
    void failOnWarningCountsTheManualsExampleToo() {
        assertEquals(ExitCodes.FINDINGS, CliRun.in(REPOSITORY, "check", "--fail-on", "warning", "examples/login-audit.sql").exitCode());
        assertEquals(ExitCodes.OK, CliRun.in(REPOSITORY, "check", "examples/login-audit.sql").exitCode());
    }

    @Test
    void theManualsExampleHasNoStandbyWrite() {
        CliRun run = CliRun.in(REPOSITORY, "check", "examples/login-audit.sql");
        assertFalse(run.out().contains("EVT101"), run.out());
    }

    @Test
    void standardInputWithTheNameToReport() throws IOException {
        byte[] script = Files.readAllBytes(REPOSITORY.resolve("examples/login-audit-unguarded.sql"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try (PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            code = EvtlintCommand.run(new String[] {"check", "-", "--stdin-filename", "db/V7__login.sql"}, printer, printer,
                    new Environment(REPOSITORY, false, false, new ByteArrayInputStream(script)));
        }
        assertEquals(ExitCodes.FINDINGS, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("db/V7__login.sql:14:3: error: INSERT"));
    }
}

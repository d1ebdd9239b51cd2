package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped subcommand, option or rule is a one-line usage error with the nearest right spelling. */
class DidYouMeanTest {
    @TempDir
    Path dir;

    private String error(String... args) {
        CliRun run = CliRun.in(dir, args);
        assertTrue(run.isOneLineUsageError(), run.toString());
        return run.err().strip();
    }

    @Test
    void aSubcommand() {
        assertEquals("evtlint: error: Unmatched argument at index 0: 'chek'; did you mean check?", error("chek"));
        assertEquals("evtlint: error: Unmatched argument at index 0: 'lint'", error("lint"));
    }

    @Test
    void anOptionOfTheSubcommandItWasGivenTo() {
        assertEquals("evtlint: error: Unknown option: '--formt'; did you mean --format?", error("check", "--formt", "text"));
        assertEquals("evtlint: error: Unknown option: '--fail-onn=never'; did you mean --fail-on?",
                error("check", "--fail-onn=never", "."));
    }

    @Test
    void aRuleIdOrNameEveryNearestOne() {
        assertEquals("evtlint: error: unknown rule 'EVT10'; did you mean EVT101, EVT102, EVT103, EVT104 or EVT105? "
                + "'evtlint rules' lists them", error("check", "--select", "EVT10", "."));
        assertEquals("evtlint: error: unknown rule 'EVT9999'; 'evtlint rules' lists them",
                error("check", "--ignore", "EVT9999", "."));
        assertEquals("evtlint: error: unknown rule 'login-write-without-recovery-gaurd'; did you mean "
                + "login-write-without-recovery-guard? 'evtlint rules' lists them",
                error("explain", "login-write-without-recovery-gaurd"));
    }
}

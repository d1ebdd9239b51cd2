package dev.evtlint.groundtruth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifyDirectiveTest {

    @Test
    void readsTheCheckAndTheRestOfTheLineAsItsArgument() {
        String text = "-- fixture: rules=EVT401\n-- verify: command  ALTER TABLE t ADD c int  \nCREATE TABLE t ();\n";
        assertEquals(Optional.of(new VerifyDirective("command", "ALTER TABLE t ADD c int")), VerifyDirective.find(text));
    }

    @Test
    void aFixtureWithoutVerifyLineIsNotChecked() {
        assertTrue(VerifyDirective.find("-- expect: EVT101\nSELECT 1;\n").isEmpty());
    }

    @Test
    void twoVerifyLinesAreAMistake() {
        assertThrows(IllegalArgumentException.class, () -> VerifyDirective.find("-- verify: login\n-- verify: creation\n"));
    }

    @Test
    void anUnknownCheckNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.of(new VerifyDirective("logon", "")));
        assertTrue(e.getMessage().contains("standby-login"), e.getMessage());
    }
}

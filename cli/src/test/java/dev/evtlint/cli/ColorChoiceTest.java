package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour on a terminal only, unless NO_COLOR, FORCE_COLOR or CLICOLOR_FORCE say otherwise. */
class ColorChoiceTest {
    @TempDir
    Path dir;

    private static ColorChoice of(Map<String, String> variables) {
        return ColorChoice.of(variables::get);
    }

    @Test
    void withoutVariablesColourFollowsTheTerminal() {
        assertEquals(ColorChoice.AUTO, of(Map.of()));
        assertTrue(ColorChoice.AUTO.color(true));
        assertFalse(ColorChoice.AUTO.color(false));
    }

    @Test
    void noColorTurnsItOffAndWinsOverForcing() {
        assertEquals(ColorChoice.NEVER, of(Map.of("NO_COLOR", "1")));
        assertEquals(ColorChoice.NEVER, of(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1", "CLICOLOR_FORCE", "1")));
        assertEquals(ColorChoice.AUTO, of(Map.of("NO_COLOR", "")), "set to the empty string it asks nothing");
        assertFalse(ColorChoice.NEVER.color(true));
    }

    @Test
    void forceColorOrClicolorForceTurnItOnWithoutATerminalUnlessZeroOrFalse() {
        assertEquals(ColorChoice.ALWAYS, of(Map.of("FORCE_COLOR", "1")));
        assertEquals(ColorChoice.ALWAYS, of(Map.of("FORCE_COLOR", "true")));
        assertEquals(ColorChoice.ALWAYS, of(Map.of("CLICOLOR_FORCE", "1")));
        assertEquals(ColorChoice.AUTO, of(Map.of("FORCE_COLOR", "0")));
        assertEquals(ColorChoice.AUTO, of(Map.of("FORCE_COLOR", "false", "CLICOLOR_FORCE", "0")));
        assertTrue(ColorChoice.ALWAYS.color(false));
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertFalse(ColorChoice.isTerminal(null));
    }

    @Test
    void forcedColourReachesTheReportOnAPipe() {
        assertTrue(check(ColorChoice.ALWAYS).contains("\u001b["));
        assertFalse(check(ColorChoice.AUTO).contains("\u001b"));
    }

    /** What {@code evtlint check} prints on standard output when it is no terminal. */
    private String check(ColorChoice colors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        EvtlintCommand.run(new String[] {"check"}, stream, stream,
                new Environment(dir, false, colors, InputStream.nullInputStream(), false));
        return out.toString(StandardCharsets.UTF_8);
    }
}

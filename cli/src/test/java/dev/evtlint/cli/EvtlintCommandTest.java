package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evtlint.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvtlintCommandTest {
    @TempDir
    Path dir;

    @Test
    void version() {
        CliRun run = CliRun.in(dir, "--version");
        assertEquals(0, run.exitCode());
        assertEquals("evtlint " + ToolInfo.version() + "\n", run.out());
    }

    @Test
    void helpListsTheCommandAndTheExitCodes() {
        CliRun run = CliRun.in(dir, "--help");
        assertEquals(0, run.exitCode());
        // Only the named subcommand is built for speed: help, which names none, must still list them all.
        for (String command : new String[] {"check", "parse", "triggers", "rules", "explain"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command);
        }
        assertTrue(run.out().contains("Exit codes:"), run.out());
        for (String code : ExitCodes.HELP.keySet()) {
            assertTrue(run.out().contains("  " + code + "   " + ExitCodes.HELP.get(code)), run.out());
        }
    }

    @Test
    void checkHelpListsOptionsAndExitCodes() {
        CliRun run = CliRun.in(dir, "check", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--format", "--output", "--fail-on", "--pg-version", "--source-root",
            "--select", "--ignore", "--order", "--jobs", "text, json, sarif, github", "error, warning, note, never",
            "Exit codes:"}) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        assertTrue(CliRun.in(dir).isOneLineUsageError());
    }

    @Test
    void cleanFolderExitsWithZero() {
        CliRun run = CliRun.in(dir, "check");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("No findings in "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void missingPathIsOneLineOnStandardError() throws IOException {
        Files.writeString(dir.resolve("present.sql"), "SELECT 1;\n");
        CliRun run = CliRun.in(dir, "check", "present.sql", "missing.sql");
        assertTrue(run.isOneLineUsageError(), run.err());
        assertEquals("evtlint: error: no such file or directory: missing.sql\n", run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=xml", "--fail-on=fatal", "--pg-version=12", "--pg-version=19",
        "--pg-version=seventeen", "--no-such-option", "--source-root=missing-dir", "--output"})
    void badOptionsAreOneLineUsageErrors(String option) {
        CliRun run = CliRun.in(dir, "check", option);
        assertTrue(run.isOneLineUsageError(), option + " gave " + run);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--format=TEXT", "--format=sarif", "--fail-on=never", "--fail-on=Warning",
        "--fail-on=note", "--pg-version=13", "--pg-version=17", "--pg-version=18", "--source-root=."})
    void goodOptionsAreAccepted(String option) throws IOException {
        // A folder named must hold a script.
        Files.writeString(dir.resolve("clean.sql"), "SELECT 1;\n");
        CliRun run = CliRun.in(dir, "check", option, ".");
        assertEquals(0, run.exitCode(), option + " gave " + run);
        assertEquals("", run.err());
    }

    @Test
    void sarifToAnOutputFile() throws IOException {
        CliRun run = CliRun.in(dir, "check", "--format", "sarif", "--output", "reports/evtlint.sarif");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out(), "the report goes to the file only");
        Path report = dir.resolve("reports/evtlint.sarif");
        JsonNode log = new ObjectMapper().readTree(report.toFile());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals("evtlint", log.path("runs").path(0).path("tool").path("driver").path("name").asText());
        assertEquals(dir.toRealPath().toUri().toString(),
                log.path("runs").path(0).path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(new Environment(dir, true, false).color());
        assertFalse(new Environment(dir, true, true).color());
        assertFalse(new Environment(dir, false, false).color());
        assertTrue(CliRun.in(dir, true, "check").out().contains("\u001b["));
        assertFalse(CliRun.in(dir, false, "check").out().contains("\u001b"));
    }

    @Test
    void outputFileIsReplacedAndNeverColoured() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "old content that is longer than the new report\n".repeat(10));
        CliRun run = CliRun.in(dir, true, "check", "--output", "report.txt");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("No findings in "), text);
        assertFalse(text.contains("\u001b"));
    }

    @Test
    void outputThatCannotBeWrittenIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("taken/x"));
        CliRun run = CliRun.in(dir, "check", "--output", "taken");
        assertTrue(run.isOneLineUsageError(), run.toString());
        assertTrue(run.err().startsWith("evtlint: error: cannot write taken: "), run.err());
    }

    @Test
    void sourceRootDefaultsToTheGitRepository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Path sub = Files.createDirectories(dir.resolve("db/migrations"));
        CliRun run = CliRun.in(sub, "check", "--format", "sarif");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertEquals(dir.toRealPath().toUri().toString(),
                log.path("runs").path(0).path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
    }
}

package dev.evtlint.config;

import dev.evtlint.api.EvtlintConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.api.FailOn;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the configuration of a run, as the command line and the Maven plugin both do. */
class ConfigFileAndRunOrderTest {
    @TempDir
    Path repository;

    @Test
    void theNearestFileAboveTheWorkingDirectoryAppliesAndTheCallersOwnSettingsWin() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve("evtlint.toml"), "pg-version = 16\nfail-on = \"warning\"\n");
        Path module = Files.createDirectories(repository.resolve("db"));
        EvtlintConfig config = ConfigFile.load(null, module, RuleRegistry.load());
        assertEquals(16, config.pgVersion(null));
        assertEquals(17, config.pgVersion(17));
        assertEquals(FailOn.WARNING, config.failOn(null));
        assertEquals(FailOn.NEVER, config.failOn(FailOn.NEVER));
    }

    @Test
    void withoutAFileTheDefaultsApply() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        EvtlintConfig config = ConfigFile.load(null, repository, RuleRegistry.load());
        assertSame(EvtlintConfig.NONE, config);
        assertEquals(18, config.pgVersion(null));
        assertEquals(FailOn.ERROR, config.failOn(null));
    }

    @Test
    void aNamedFileMustExistAndMistakesNameItRelativeToTheWorkingDirectory() throws IOException {
        Path module = Files.createDirectories(repository.resolve("db"));
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigFile.load(Path.of("strict.toml"), module, RuleRegistry.load()));
        assertEquals("strict.toml: no such file", missing.getMessage());
        Files.writeString(repository.resolve("typo.toml"), "selct = []\n");
        ConfigException typo = assertThrows(ConfigException.class,
                () -> ConfigFile.load(repository.resolve("typo.toml"), module, RuleRegistry.load()));
        assertTrue(typo.getMessage().startsWith("../typo.toml:1:1: unknown key 'selct'"), typo.getMessage());
    }

    @Test
    void aRunOrderFileListsScriptsRelativeToItsFolder() throws Exception {
        Path db = Files.createDirectories(repository.resolve("db"));
        Files.writeString(db.resolve("b.sql"), "SELECT 1;\n");
        Files.writeString(db.resolve("a.sql"), "SELECT 1;\n");
        Files.writeString(db.resolve("order.txt"), "# first b, then a\nb.sql\n\na.sql\n");
        assertEquals(List.of(db.resolve("b.sql"), db.resolve("a.sql")),
                RunOrderFile.read(Path.of("db/order.txt"), repository));
        assertEquals(List.of(), RunOrderFile.read(null, repository));
        Files.writeString(db.resolve("order.txt"), "b.sql\nc.sql\n");
        ConfigException e = assertThrows(ConfigException.class, () -> RunOrderFile.read(Path.of("db/order.txt"), repository));
        assertEquals("db/order.txt:2:1: no such file: c.sql", e.getMessage());
    }
}

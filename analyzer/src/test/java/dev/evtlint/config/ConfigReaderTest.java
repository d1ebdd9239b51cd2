package dev.evtlint.config;

import dev.evtlint.api.KnownFunction;
import dev.evtlint.api.EvtlintConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading evtlint.toml: every key, and every kind of mistake pointing at its line and column. */
class ConfigReaderTest {
    @TempDir
    Path folder;

    /** The analyzer has no rules of its own; these stand in for the registry the reader checks names against. */
    private static final List<RuleDescriptor> RULES = List.of(rule("EVT101", "login-write-without-recovery-guard"),
            rule("EVT102", "login-trigger-can-lock-out"), rule("EVT601", "event-trigger-not-rerunnable"));

    private final ConfigReader reader = new ConfigReader(key -> RULES.stream()
            .filter(r -> r.id().equalsIgnoreCase(key) || r.name().equals(key)).findFirst());

    @Test
    void readsEveryKey() throws Exception {
        Files.writeString(folder.resolve("order.txt"), "a.sql\n");
        EvtlintConfig config = reader.read("""
                select = ["EVT101", "event-trigger-not-rerunnable"]
                ignore = ["evt102"]
                pg-version = 17
                order = "order.txt"
                fail-on = "warning"
                known-functions = ["audit.log_event(text)", "notify_ops"]
                exclude = ["db/legacy/**", "vendor"]

                [severity]
                EVT101 = "warning"

                [per-path-ignores]
                "db/legacy/**" = ["EVT601"]
                """, folder, "evtlint.toml");
        assertEquals(Set.of("EVT101", "EVT601"), config.select());
        assertEquals(Set.of("EVT102"), config.ignore());
        assertEquals(17, config.pgVersion().getAsInt());
        assertEquals(Optional.of(folder.resolve("order.txt")), config.order());
        assertEquals(Optional.of("warning"), config.failOn());
        assertEquals(Map.of("EVT101", Severity.WARNING), config.severity());
        assertEquals(List.of(new KnownFunction("audit", "log_event", "audit.log_event(text)"),
                new KnownFunction(null, "notify_ops", "notify_ops")), config.knownFunctions());
        assertTrue(config.ignoredFor("EVT601", folder.resolve("db/legacy/old/V1__a.sql")));
        assertFalse(config.ignoredFor("EVT601", folder.resolve("db/V1__a.sql")));
        assertFalse(config.ignoredFor("EVT101", folder.resolve("db/legacy/V1__a.sql")));
        assertEquals(Set.of("EVT102"), config.select(Set.of("EVT102")), "the caller's own rules win");
        assertEquals(List.of("db/legacy/**", "vendor"), config.exclude());
        assertTrue(config.excludes().get(0).matches(folder.resolve("db/legacy/V0__a.sql")));
        assertTrue(config.excludes().get(1).matches(folder.resolve("vendor")), "a folder, relative to evtlint.toml");
        assertFalse(config.excludes().get(1).matches(folder.resolve("db/vendor")));
    }

    @Test
    void anEmptyFileConfiguresNothing() throws Exception {
        EvtlintConfig config = reader.read("# nothing yet\n", folder, "evtlint.toml");
        assertEquals(Set.of(), config.select());
        assertTrue(config.pgVersion().isEmpty());
        assertTrue(config.failOn().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            select = ["EVT101"|1:19|Premature end of file
            select = []\\nselct = ["EVT101"]|2:1|unknown key 'selct'
            select = "EVT101"|1:1|'select' must be an array
            ignore = ["EVT101", "EVT1O1"]|1:21|unknown rule 'EVT1O1'
            pg-version = "17"|1:1|'pg-version' must be a whole number from 13 to 18, not "17"
            pg-version = 12|1:1|'pg-version' must be a whole number
            fail-on = "critical"|1:1|'fail-on' must be one of error, warning, note, never
            order = "missing.txt"|1:1|no such file: missing.txt
            known-functions = ["audit.log event(text)"]|1:20|not a function
            # severity\\n[severity]\\n  EVT999 = "error"|3:3|unknown rule 'EVT999'
            [severity]\\nEVT101 = "fatal"|2:1|the severity of EVT101 must be "error", "warning" or "note"
            [per-path-ignores]\\n"db/**" = "EVT601"|2:1|'db/**' must be an array
            severity = 3|1:1|'severity' must be a table
            exclude = "db/legacy/**"|1:1|'exclude' must be an array of globs
            exclude = ["ok/**", 3]|1:1|'exclude' must hold globs, not 3
            exclude = ["db/[a"]|1:12|not a valid glob
            """)
    void mistakesAreOneLineWithLineAndColumn(String toml, String position, String message) {
        ConfigException error = assertThrows(ConfigException.class,
                () -> reader.read(toml.replace("\\n", "\n"), folder, "evtlint.toml"));
        assertTrue(error.getMessage().startsWith("evtlint.toml:" + position + ": "), error.getMessage());
        assertTrue(message == null || error.getMessage().contains(message), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line");
    }

    @Test
    void foundInTheWorkingDirectoryOrAboveButNotAboveTheRepository() throws IOException {
        Path repo = Files.createDirectories(folder.resolve("outer/repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("db/migration"));
        Files.writeString(folder.resolve("outer/evtlint.toml"), "");
        assertEquals(Optional.empty(), ConfigFile.find(deep), "a file above the repository does not apply");
        Files.writeString(repo.resolve("evtlint.toml"), "");
        assertEquals(Optional.of(repo.resolve("evtlint.toml")), ConfigFile.find(deep));
        Files.writeString(deep.resolve("evtlint.toml"), "");
        assertEquals(Optional.of(deep.resolve("evtlint.toml")), ConfigFile.find(deep));
    }

    @Test
    void knownFunctionsMatchQualifiedAndUnqualifiedReferences() {
        KnownFunction audit = KnownFunction.parse("audit.Log_Event(text, int)");
        assertTrue(audit.matches("audit", "log_event"));
        assertTrue(audit.matches(null, "LOG_EVENT"));
        assertFalse(audit.matches("public", "log_event"));
        assertFalse(audit.matches("audit", "log_events"));
        assertEquals(null, KnownFunction.parse("a.b.c()"));
        assertEquals(null, KnownFunction.parse("f(text"));
    }

    private static RuleDescriptor rule(String id, String name) {
        return new RuleDescriptor(id, name, "s", Severity.ERROR, Category.LOGIN, "0.1.0", List.of(), "high", "", "");
    }
}

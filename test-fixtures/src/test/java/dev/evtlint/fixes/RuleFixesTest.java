package dev.evtlint.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Progress;
import dev.evtlint.pipeline.CheckRequest;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule's fix applied to a project on disk, then the project checked again, as a person taking
 * the quick fix would: the finding is gone, every other finding is still there and none is new.
 * Also which fixes are offered at all, and how safe each says it is.
 */
class RuleFixesTest {
    private static final String AUDIT_FUNCTION = """
            CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE NOTICE 'ddl: %', tg_tag;
            END $$;
            """;

    @TempDir
    Path root;

    private AnalysisResult check() {
        try {
            return Pipeline.resolve(CheckRequest.builder(root).paths(List.of(root)).jobs(1).build()).check(Progress.NONE).reported();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text);
    }

    private static Finding the(AnalysisResult result, String rule) {
        List<Finding> found = result.findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
        assertEquals(1, found.size(), result.findings().toString());
        return found.get(0);
    }

    /** The rule IDs of the findings, one per finding, sorted. */
    private static List<String> rules(AnalysisResult result) {
        return result.findings().stream().map(f -> f.rule().id()).sorted().toList();
    }

    /** Applies the finding's only rule fix to the files, checks again and returns that check; asserts the fix's effect. */
    private AnalysisResult applyOnlyFix(String rule, Fix.Applicability expected) throws IOException {
        AnalysisResult before = check();
        Finding finding = the(before, rule);
        List<Fix> fixes = before.fixes().of(finding);
        assertEquals(1, fixes.size(), fixes.toString());
        assertEquals(expected, fixes.get(0).applicability(), fixes.get(0).title());
        Map<Path, List<TextEdit>> byFile = new LinkedHashMap<>();
        fixes.get(0).edits().forEach(edit -> byFile.computeIfAbsent(edit.file().path(), p -> new ArrayList<>()).add(edit));
        for (Map.Entry<Path, List<TextEdit>> file : byFile.entrySet()) {
            StringBuilder text = new StringBuilder(Files.readString(file.getKey()));
            file.getValue().stream().sorted(Comparator.comparingInt(TextEdit::startOffset).reversed())
                    .forEach(edit -> text.replace(edit.startOffset(), edit.endOffset(), edit.newText()));
            Files.writeString(file.getKey(), text);
        }
        AnalysisResult after = check();
        List<String> expectedRules = new ArrayList<>(rules(before));
        expectedRules.remove(rule);
        assertEquals(expectedRules, rules(after), "the finding is gone and nothing new appears: " + after.findings());
        return after;
    }

    private List<Fix> fixesOf(String rule) {
        AnalysisResult result = check();
        return result.fixes().of(the(result, rule));
    }

    @Test
    void aTypoInATagBecomesTheNearestTagAsAGuess() throws IOException {
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end\n"
                + "  WHEN TAG IN ('CREATE TABEL') EXECUTE FUNCTION audit_ddl();\n");
        applyOnlyFix("EVT203", Fix.Applicability.UNSAFE);
        assertTrue(Files.readString(root.resolve("setup.sql")).contains("WHEN TAG IN ('CREATE TABLE') EXECUTE"));
    }

    @Test
    void aTagWrittenWithAnUnderscoreOrTwoSpacesIsSafelyRespelt() throws IOException {
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end\n"
                + "  WHEN TAG IN (E'create_table') EXECUTE FUNCTION audit_ddl();\n");
        applyOnlyFix("EVT203", Fix.Applicability.SAFE);
        assertTrue(Files.readString(root.resolve("setup.sql")).contains("WHEN TAG IN ('CREATE TABLE') EXECUTE"));
    }

    @Test
    void aValueAsNearToTwoTagsGetsNoFix() throws IOException {
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end\n"
                + "  WHEN TAG IN ('CREATE VIST') EXECUTE FUNCTION audit_ddl();\n");
        AnalysisResult result = check();
        Finding finding = the(result, "EVT203");
        assertTrue(finding.help().startsWith("did you mean 'CREATE CAST' or 'CREATE VIEW'? "), finding.help());
        assertEquals(List.of(), result.fixes().of(finding));
    }

    @Test
    void aValueWhoseNearestTagTheListAlreadyNamesGetsNoFix() throws IOException {
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end\n"
                + "  WHEN TAG IN ('CREATE TABLE', 'CREATE TABEL') EXECUTE FUNCTION audit_ddl();\n");
        assertEquals(List.of(), fixesOf("EVT203"));
    }

    @Test
    void aTagThatOlderVersionsLackIsNoFix() throws IOException {
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end\n"
                + "  WHEN TAG IN ('REINDX') EXECUTE FUNCTION audit_ddl();\n");
        assertEquals(List.of(), fixesOf("EVT203"));
    }

    private static final String NUMBERED_TRIGGERS = AUDIT_FUNCTION
            + "CREATE EVENT TRIGGER trg_2_audit ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n"
            + "CREATE EVENT TRIGGER trg_10_check ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n";

    @Test
    void numbersOfDifferentLengthsArePaddedSoThatByteOrderIsTheOrderMeant() throws IOException {
        write("V1__triggers.sql", NUMBERED_TRIGGERS);
        applyOnlyFix("EVT302", Fix.Applicability.UNSAFE);
        assertEquals(NUMBERED_TRIGGERS.replace("trg_2_audit", "trg_02_audit"), Files.readString(root.resolve("V1__triggers.sql")));
    }

    @Test
    void theRenameReachesTheTriggerInAnotherFile() throws IOException {
        write("V1__audit.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER trg_2_audit ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n");
        write("V2__check.sql", "CREATE EVENT TRIGGER trg_10_check ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n");
        applyOnlyFix("EVT302", Fix.Applicability.UNSAFE);
        assertTrue(Files.readString(root.resolve("V1__audit.sql")).contains("CREATE EVENT TRIGGER trg_02_audit ON"));
    }

    @Test
    void noRenameWhenAnotherStatementNamesTheOldName() throws IOException {
        for (String reference : List.of("ALTER EVENT TRIGGER trg_2_audit ENABLE ALWAYS;\n",
                "COMMENT ON EVENT TRIGGER trg_2_audit IS 'audits DDL';\n",
                "SELECT evtenabled FROM pg_event_trigger WHERE evtname = 'trg_2_audit';\n")) {
            write("V1__triggers.sql", NUMBERED_TRIGGERS);
            write("V2__more.sql", reference);
            assertEquals(List.of(), fixesOf("EVT302"), reference);
        }
    }

    @Test
    void noRenameToANameTheProjectAlreadyUses() throws IOException {
        write("V1__triggers.sql", NUMBERED_TRIGGERS + "CREATE TABLE trg_02_audit (id int);\n");
        assertEquals(List.of(), fixesOf("EVT302"));
    }

    @Test
    void noRenameWhereCaseNotNumbersMisleads() throws IOException {
        write("V1__triggers.sql", AUDIT_FUNCTION
                + "CREATE EVENT TRIGGER \"Zeta\" ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n"
                + "CREATE EVENT TRIGGER alpha ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n");
        assertEquals(List.of(), fixesOf("EVT302"));
    }

    private static final String DEFINER = """
            CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
              %s
            END $$;
            CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
            """;

    @Test
    void aSearchPathForABodyThatNamesOnlyBuiltInsIsSafe() throws IOException {
        write("V1__audit.sql", DEFINER.formatted("RAISE NOTICE 'ddl: % by %', tg_tag, current_user::text;"));
        applyOnlyFix("EVT501", Fix.Applicability.SAFE);
        assertTrue(Files.readString(root.resolve("V1__audit.sql"))
                .contains("SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$"));
    }

    @Test
    void aSearchPathThatHidesWhatTheBodyNamesIsUnsafe() throws IOException {
        for (String statement : List.of("INSERT INTO audit_log VALUES (tg_tag);", "PERFORM log_ddl(tg_tag);",
                "PERFORM nextval('audit_seq');", "EXECUTE 'SELECT ' || tg_tag;",
                "PERFORM 1 FROM pg_catalog.pg_class WHERE oid = 'audit_log'::regclass;")) {
            write("V1__audit.sql", DEFINER.formatted(statement));
            List<Fix> fixes = fixesOf("EVT501");
            assertEquals(List.of(Fix.Applicability.UNSAFE), fixes.stream().map(Fix::applicability).toList(), statement);
        }
    }

    @Test
    void theRecoveryGuardAndTheDropFirstAreUnsafe() throws IOException {
        write("V1__login.sql", """
                CREATE FUNCTION log_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO login_log VALUES (session_user);
                END $$;
                CREATE EVENT TRIGGER log_login ON login EXECUTE FUNCTION log_login();
                """);
        applyOnlyFix("EVT101", Fix.Applicability.UNSAFE);
        write("setup.sql", AUDIT_FUNCTION + "CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();\n");
        applyOnlyFix("EVT601", Fix.Applicability.UNSAFE);
    }
}

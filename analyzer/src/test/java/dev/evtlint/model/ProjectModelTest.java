package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScriptParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectModelTest {

    private static ProjectModel model(String... namesAndTexts) {
        ScriptParser parser = new ScriptParser();
        List<ScriptFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(parser.parse(SourceFile.ofText(namesAndTexts[i], namesAndTexts[i + 1])));
        }
        return ProjectModel.build(files);
    }

    private static ExecutedStatement first(ProjectModel model, String commandTag) {
        return model.executedStatements().stream()
                .filter(e -> e.statement().commandTag().equals(commandTag)).findFirst().orElseThrow();
    }

    @Test
    void executedStatementsFollowDoBlocksWithTheirConditionsAndHandlers() {
        ProjectModel model = model("a.sql", "SELECT 1;\n"
                + "DO $$\nBEGIN\n"
                + "  IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE evtname = 'audit') THEN\n"
                + "    EXECUTE 'CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION f()';\n"
                + "  END IF;\n"
                + "  BEGIN\n"
                + "    DROP EVENT TRIGGER other;\n"
                + "  EXCEPTION WHEN undefined_object THEN NULL;\n"
                + "  END;\n"
                + "END $$;\n");
        assertEquals(List.of("SELECT", "DO", "CREATE EVENT TRIGGER", "DROP EVENT TRIGGER"),
                model.executedStatements().stream().map(e -> e.statement().commandTag()).toList());
        ExecutedStatement create = first(model, "CREATE EVENT TRIGGER");
        assertTrue(create.checksEventTrigger("audit"));
        assertFalse(create.checksEventTrigger("other"));
        assertFalse(create.caught("undefined_object"));
        ExecutedStatement drop = first(model, "DROP EVENT TRIGGER");
        assertTrue(drop.caught("undefined_object"));
        assertFalse(drop.checksEventTrigger("audit"));
        assertTrue(first(model, "SELECT").conditions().isEmpty());
    }

    @Test
    void anEarlierIfThatReturnsIsAConditionOfTheStatementsAfterIt() {
        ProjectModel model = model("a.sql", "DO $$\nBEGIN\n"
                + "  IF EXISTS (SELECT FROM pg_event_trigger WHERE evtname = 'audit') THEN\n"
                + "    RETURN;\n"
                + "  END IF;\n"
                + "  IF EXISTS (SELECT FROM pg_event_trigger WHERE evtname = 'other') THEN\n"
                + "    RAISE NOTICE 'other exists';\n"
                + "  END IF;\n"
                + "  CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "END $$;\n");
        ExecutedStatement create = first(model, "CREATE EVENT TRIGGER");
        assertTrue(create.checksEventTrigger("audit"));
        assertFalse(create.checksEventTrigger("other"));
    }

    @Test
    void dropSchemaCascadeDropsTheTriggersWhoseFunctionIsInIt() {
        ProjectModel model = model(
                "V1__f.sql", "CREATE FUNCTION audit.f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION audit.f();\n",
                "V2__drop.sql", "DROP SCHEMA audit CASCADE;\nDROP EVENT TRIGGER t;\nDROP FUNCTION audit.f();\n");
        List<EventTriggerDef> dropped = model.eventTriggersDroppedBy(first(model, "DROP SCHEMA"));
        assertEquals(List.of("t"), names(dropped));
        assertEquals("audit", dropped.get(0).function().schema());
        assertTrue(model.eventTriggersDroppedBy(first(model, "DROP EVENT TRIGGER")).isEmpty());
        assertTrue(model.eventTriggersDroppedBy(first(model, "DROP FUNCTION")).isEmpty());
        assertTrue(model.eventTriggers().isEmpty());
        assertTrue(model.files().get(0).isFlywayVersioned());
    }

    @Test
    void aCreateFunctionWithoutOrReplaceOfAnExistingSignatureReplacesNothing() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'SELECT';\n"
                        + "CREATE FUNCTION f(n int) RETURNS void LANGUAGE sql AS 'SELECT';\n");
        assertEquals(2, model.functions().size());
        FunctionDef inForce = model.eventTriggers().get(0).function();
        assertTrue(inForce.returnsEventTrigger());
        assertEquals(1, inForce.definition().range().startLine());
    }

    @Test
    void inAnotherFileALaterDefinitionWinsAsFilesMayBeAlternatives() {
        String v1 = "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;\n";
        String v2 = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n";
        ProjectModel model = model("ext--1.0.sql", v1, "ext--2.0.sql", v2);
        assertEquals(1, model.functions().size());
        assertTrue(model.eventTriggers().get(0).function().returnsEventTrigger());
    }

    @Test
    void createOrReplaceReplacesTheDefinitionInForce() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "CREATE OR REPLACE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;\n");
        assertEquals(1, model.functions().size());
        assertEquals(3, model.eventTriggers().get(0).function().definition().range().startLine());
    }

    @Test
    void aQualifiedEventTriggerReturnTypeIsEventTrigger() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS pg_catalog.event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE FUNCTION g() RETURNS pg_catalog.text LANGUAGE sql AS 'SELECT 1';\n");
        assertEquals(List.of(true, false), model.functions().stream().map(FunctionDef::returnsEventTrigger).toList());
    }

    @Test
    void aDropWithoutCascadeLeavesTheTriggerWithoutItsFunction() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "DROP FUNCTION f();\n");
        assertNull(model.eventTriggers().get(0).function());
        assertTrue(model.eventTriggersDroppedBy(first(model, "DROP FUNCTION")).isEmpty());
        assertFalse(model.files().get(0).isFlywayVersioned());
    }

    @Test
    void extensionScriptsAreKnownByTheirNames() {
        ProjectModel model = model("sql/audit_trail--1.0.sql", "SELECT 1;", "sql/audit_trail--1.0--1.1.sql", "SELECT 1;",
                "V1__x.sql", "SELECT 1;", "-- comment.sql", "SELECT 1;");
        assertEquals(Arrays.asList("audit_trail", "audit_trail", null, null),
                model.files().stream().map(f -> ScriptFile.extensionName(f.source())).toList());
    }

    @Test
    void dropExtensionDropsItsMembers() {
        ProjectModel model = model(
                "ext/audit--1.0.sql", "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER member ON sql_drop EXECUTE FUNCTION log_ddl();\n",
                "uninstall.sql", "DROP EXTENSION audit;\n");
        assertTrue(model.eventTriggers().isEmpty());
        assertTrue(model.functions().isEmpty());
    }

    @Test
    void cascadeDropsTheTriggersOfDroppedFunctionsAndExtensionsTheirMembers() {
        ProjectModel model = model(
                "ext/audit--1.0.sql", "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER member ON sql_drop EXECUTE FUNCTION log_ddl();\n",
                "V1__use.sql", "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE EVENT TRIGGER uses_f ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "CREATE EVENT TRIGGER uses_ext ON ddl_command_end EXECUTE FUNCTION log_ddl();\n"
                        + "DROP FUNCTION f();\n"
                        + "DROP EXTENSION audit CASCADE;\n");
        List<ExecutedStatement> executed = model.executedStatements();
        assertTrue(model.eventTriggersDroppedBy(executed.get(5)).isEmpty());
        List<EventTriggerDef> dropped = model.eventTriggersDroppedBy(executed.get(6));
        assertEquals(List.of("member", "uses_ext"), names(dropped));
        assertEquals("log_ddl", dropped.get(1).function().name());
        assertEquals(List.of("uses_f"), names(model.eventTriggers()));
        assertNull(model.eventTriggers().get(0).function());
    }

    private static List<String> names(List<EventTriggerDef> triggers) {
        return triggers.stream().map(EventTriggerDef::name).toList();
    }
}

package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The earlier definitions of trigger functions that the model's doors to trigger functions expose. */
class RetiredDefinitionsTest {
    private static final String BODY = " RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN %s END $$;\n";

    private static ProjectModel model(String... namesAndTexts) {
        return TestProjects.model(namesAndTexts);
    }

    private static String function(String orReplace, String name, String body) {
        return "CREATE " + orReplace + "FUNCTION " + name + "()" + BODY.formatted(body);
    }

    /** Where each trigger function the model exposes starts: file and line. */
    private static List<String> triggerFunctions(ProjectModel model) {
        return model.triggerFunctions().stream()
                .map(f -> f.file().displayPath() + ":" + f.definition().range().startLine()).toList();
    }

    @Test
    void aDefinitionATriggerRanUntilALaterOneReplacedItIsATriggerFunctionWithTheTriggersThatRanIt() {
        ProjectModel model = model(
                "001.sql", function("", "f", "RAISE NOTICE 'v1';") + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n",
                "002.sql", function("OR REPLACE ", "f", "RAISE NOTICE 'v2';"));
        assertEquals(List.of("002.sql:1", "001.sql:1"), triggerFunctions(model));
        assertEquals(1, model.functions().size());
        FunctionDef retired = model.triggerFunctions().get(1);
        List<EventTriggerDef> ran = model.triggersReaching(retired);
        assertEquals(List.of("t"), ran.stream().map(EventTriggerDef::name).toList());
        assertSame(retired, ran.get(0).function());
        assertEquals(List.of(retired), model.definitions().subList(1, 2));
        assertTrue(model.triggerRuns().stream().anyMatch(trigger -> trigger.function() == retired));
    }

    @Test
    void aRetiredDefinitionEndsAtTheStatementThatReplacesOrDropsIt() {
        ProjectModel model = model(
                "001.sql", function("", "f", "RAISE NOTICE 'v1';") + function("", "g", "RAISE NOTICE 'g';")
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "CREATE EVENT TRIGGER u ON ddl_command_end EXECUTE FUNCTION g();\n",
                "002.sql", "DROP FUNCTION g() CASCADE;\n" + function("OR REPLACE ", "f", "RAISE NOTICE 'v2';"));
        // The final f, then g's definition (dropped first), then f's first one.
        FunctionDef dropped = model.triggerFunctions().get(1);
        FunctionDef first = model.triggerFunctions().get(2);
        assertEquals(List.of("f", "g", "f"), model.triggerFunctions().stream().map(FunctionDef::name).toList());
        DefinitionEnd replaced = model.definitionEndAround(first.file(), first.definition().body().range()).orElseThrow();
        assertEquals("002.sql:2", replaced.file().displayPath() + ":" + replaced.statement().range().startLine());
        assertFalse(replaced.dropped());
        assertTrue(model.definitionEndAround(dropped.file(), dropped.definition().range()).orElseThrow().dropped());
        FunctionDef live = model.functions().get(0);
        assertTrue(model.definitionEndAround(live.file(), live.definition().range()).isEmpty());
    }

    @Test
    void aDefinitionReplacedBeforeAnyTriggerRanItIsNone() {
        ProjectModel model = model(
                "001.sql", function("", "f", "RAISE NOTICE 'v1';"),
                "002.sql", function("OR REPLACE ", "f", "RAISE NOTICE 'v2';") + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n");
        assertEquals(List.of("002.sql:1"), triggerFunctions(model));
        assertEquals(model.functions(), model.definitions());
    }

    @Test
    void aDefinitionStandingOnlyWhileItsTriggersAreDroppedOrDisabledIsNone() {
        ProjectModel model = model("a.sql",
                function("", "f", "RAISE NOTICE 'v1';")
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "ALTER EVENT TRIGGER t DISABLE;\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'v2';")
                        + "ALTER EVENT TRIGGER t ENABLE;\n"
                        + "DROP EVENT TRIGGER t;\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'v3';")
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'v4';")
                        + "CREATE EVENT TRIGGER u ON ddl_command_end EXECUTE FUNCTION f();\n");
        // v1 ran under t, v2 once t was enabled again, v3 under no trigger, v4 under u to the end.
        assertEquals(List.of("a.sql:8", "a.sql:1", "a.sql:4"), triggerFunctions(model));
    }

    @Test
    void aDropOfTheFunctionEndsItsDefinitionToo() {
        ProjectModel model = model("a.sql",
                function("", "f", "RAISE NOTICE 'v1';")
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "DROP FUNCTION f() CASCADE;\n");
        assertTrue(model.functions().isEmpty());
        assertEquals(List.of("a.sql:1"), triggerFunctions(model));
    }

    @Test
    void alternativesInTheBranchesOfADoBlockDoNotReplaceOneAnother() {
        ProjectModel model = model("a.sql",
                "DO $do$ BEGIN\n"
                        + "IF current_setting('server_version_num')::int < 100000 THEN\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'old';")
                        + "ELSE\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'new';")
                        + "END IF;\n"
                        + "END $do$;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n",
                "b.sql", function("OR REPLACE ", "f", "RAISE NOTICE 'again';"));
        assertEquals(List.of("b.sql:1"), triggerFunctions(model));
    }

    @Test
    void aRetiredDefinitionsCallsAreResolvedAsTheyStoodWhenItRan() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION helper() RETURNS void LANGUAGE sql AS 'SELECT 1';\n"
                        + function("", "f", "PERFORM helper();")
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'inline';")
                        + "DROP FUNCTION helper();\n");
        FunctionDef retired = model.triggerFunctions().get(1);
        assertEquals(2, retired.definition().range().startLine());
        FunctionDef helper = model.callees(retired).get(0).callee();
        assertEquals("helper", helper.name());
        assertTrue(model.unresolvedCalls(retired).isEmpty());
        assertEquals(List.of("a.sql:4", "a.sql:2", "a.sql:1"), triggerFunctions(model));
        assertEquals(List.of("t"), model.triggersReaching(helper).stream().map(EventTriggerDef::name).toList());
    }

    @Test
    void aTriggerTheScriptsAlterBeforeTheyCreateItRanTheDefinitionsInBetween() {
        ProjectModel model = model(
                "001.sql", function("OR REPLACE ", "f", "RAISE NOTICE 'v1';"),
                "002.sql", "ALTER EVENT TRIGGER t DISABLE;\nCREATE TABLE x ();\nALTER EVENT TRIGGER t ENABLE;\n",
                "003.sql", function("OR REPLACE ", "f", "RAISE NOTICE 'v2';")
                        + "DROP EVENT TRIGGER IF EXISTS t;\nCREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n");
        assertEquals(List.of("003.sql:1", "001.sql:1"), triggerFunctions(model));
        assertEquals(List.of("t"), model.eventTriggers().stream().map(EventTriggerDef::name).toList());
    }

    @Test
    void anAlterOfATriggerDroppedBeforePresumesNothing() {
        ProjectModel model = model("a.sql",
                "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "DROP EVENT TRIGGER t;\n"
                        + function("", "f", "RAISE NOTICE 'v1';")
                        + "ALTER EVENT TRIGGER t ENABLE;\n"
                        + function("OR REPLACE ", "f", "RAISE NOTICE 'v2';"));
        assertTrue(triggerFunctions(model).isEmpty());
    }
}

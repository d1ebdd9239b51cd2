package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.concurrent.SmallStack;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.layout.Flyway;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectModelTest {

    private static ProjectModel model(String... namesAndTexts) {
        return TestProjects.model(namesAndTexts);
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
        assertTrue(create.handlers().isEmpty());
        ExecutedStatement drop = first(model, "DROP EVENT TRIGGER");
        assertEquals(List.of("undefined_object"), drop.handlers().get(0).conditions());
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
        assertTrue(Flyway.isVersioned(model.files().get(0).source()));
    }

    @Test
    void anInstallerIsFoundAtTheEndOfACallChainOfAnyLengthWithoutRecursion() throws InterruptedException {
        // Long enough to overflow the small stack by recursion.
        int length = 1_500;
        ScriptFile parsed = new ScriptParser().parse(SourceFile.ofText("install.sql", installerChain(length)));
        ProjectModel model = SmallStack.call(() -> ProjectModel.build(List.of(parsed)));
        assertEquals(List.of("t"), names(model.eventTriggers()));
    }

    /** f_0 calls f_1 ... calls f_length, which creates an event trigger; the script calls f_0. */
    private static String installerChain(int length) {
        return installerChain(length, "%s");
    }

    /** As {@link #installerChain(int)}, each body making its call ({@code PERFORM f_(i+1)();}) where {@code around}'s %s stands. */
    private static String installerChain(int length, String around) {
        StringBuilder script = new StringBuilder(
                "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n");
        for (int i = 0; i < length; i++) {
            script.append("CREATE FUNCTION f_").append(i).append("() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ")
                    .append(around.formatted("PERFORM f_" + (i + 1) + "();")).append(" END $$;\n");
        }
        script.append("CREATE FUNCTION f_").append(length).append("() RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log_ddl(); END $$;\n");
        return script + "SELECT f_0();\n";
    }

    @Test
    void theBodiesOfAChainOfInstallersCalledUnderConditionsAndHandlersShareTheirCallsConditionsAndHandlers() {
        // A copy of the call's conditions and handlers per statement of a body made such a chain N squared.
        int length = 300;
        ProjectModel model = ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("install.sql", installerChain(length,
                "BEGIN IF current_setting('app.install') = 'on' THEN %s END IF; EXCEPTION WHEN duplicate_object THEN NULL; END;")))));
        List<ExecutedStatement> bodies = model.executedStatements().stream().filter(e -> e.function() != null).toList();
        assertEquals(length + 1, bodies.size());
        for (int i = 1; i < bodies.size(); i++) {
            ExecutedStatement called = bodies.get(i);
            ExecutedStatement call = bodies.get(i - 1);
            assertEquals(Math.min(i + 1, length), called.conditions().size());
            assertEquals(Math.min(i + 1, length), called.handlers().size());
            if (i < length) {
                assertSame(call.conditions(), ((AppendedList<Node>) called.conditions()).front());
                assertSame(call.handlers(), ((PrependedList<Part.PlExceptionHandler>) called.handlers()).rest());
            } else {
                // f_length's CREATE stands at the top of its body: it runs under its call's very lists.
                assertSame(call.conditions(), called.conditions());
                assertSame(call.handlers(), called.handlers());
            }
        }
        // outermost first, innermost first
        ExecutedStatement create = bodies.get(length);
        assertSame(bodies.get(0).conditions().get(0), create.conditions().get(0));
        assertSame(bodies.get(0).handlers().get(0), create.handlers().get(length - 1));
        assertEquals(List.of("t"), names(model.eventTriggers()));
    }

    @Test
    void aChainOfInstallersIsLookedIntoOnceThoughTheWalkRunsEachOfTheirBodies() {
        // Each body the walk runs calls the next installer: a closure per call looked into
        // length + (length - 1) + ... bodies.
        int length = 300;
        ScriptFile parsed = new ScriptParser().parse(SourceFile.ofText("install.sql", installerChain(length)));
        Replay replay = new Replay((function, tag) -> false, new AtomicInteger(), List.of());
        ScriptWalk.Walked walked = ScriptWalk.of(List.of(parsed), Inclusions.NONE, new ScriptWalk.Runner() {
            @Override
            public void run(ExecutedStatement statement) {
                replay.apply(statement);
            }

            @Override
            public List<FunctionDef> installersCalledBy(ExecutedStatement statement) {
                return replay.installersCalledBy(statement);
            }
        });
        assertEquals(length + 1, walked.calledInstallers().size());
        assertEquals(List.of("t"), names(replay.resolvedTriggers()));
        // Every body but the last one's, which creates the trigger itself.
        assertEquals(length, replay.bodiesLookedIntoForInstallers());
        // Each PERFORM of f_i stands where f_i's body runs from, the PERFORM of f_(i-1): its sites share theirs.
        List<ExecutedStatement> performs = walked.statements().stream().filter(e -> e.function() != null).toList();
        assertEquals(length, performs.size() - 1);
        for (int i = 1; i < performs.size(); i++) {
            assertEquals(i + 1, performs.get(i).sites().size());
            assertSame(performs.get(i - 1).sites(), ((PrependedList<ExecutedStatement.Site>) performs.get(i).sites()).rest());
        }
    }

    @Test
    void triggersRunningOneFunctionWalkItsCallsOnceAndTheFunctionsTheyReachShareOneList() {
        // A walk per trigger, and a list of every trigger per function, made this N squared.
        int n = 200;
        StringBuilder script = new StringBuilder("CREATE FUNCTION f_0() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM f_1(); END $$;\n");
        for (int i = 1; i < n; i++) {
            script.append("CREATE FUNCTION f_").append(i).append("() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM f_").append(i + 1)
                    .append("(); END $$;\n");
        }
        script.append("CREATE FUNCTION f_").append(n).append("() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;\n");
        // g runs f_(n/2), and so reaches the second half of the chain as well
        script.append("CREATE FUNCTION g() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM f_").append(n / 2).append("(); END $$;\n");
        for (int i = 0; i < n; i++) {
            script.append("CREATE EVENT TRIGGER t_").append(i).append(" ON ddl_command_end EXECUTE FUNCTION f_0();\n");
        }
        script.append("CREATE EVENT TRIGGER u ON sql_drop EXECUTE FUNCTION g();\n");
        ProjectModel model = model("shared.sql", script.toString());
        Map<String, FunctionDef> byName = new HashMap<>();
        model.functions().forEach(function -> byName.put(function.name(), function));
        assertEquals((n + 1) + (n / 2 + 2), model.functionsWalkedForReachability());
        List<EventTriggerDef> firstHalf = model.triggersReaching(byName.get("f_1"));
        assertEquals(model.eventTriggers().subList(0, n), firstHalf);
        assertSame(firstHalf, model.triggersReaching(byName.get("f_" + (n / 2 - 1))));
        List<EventTriggerDef> secondHalf = model.triggersReaching(byName.get("f_" + (n / 2)));
        assertEquals(model.eventTriggers(), secondHalf);
        assertSame(secondHalf, model.triggersReaching(byName.get("f_" + n)));
        assertEquals(List.of("u"), names(model.triggersReaching(byName.get("g"))));
    }

    @Test
    void theFirstTriggerOfEachEventReachingAFunctionIsKeptOncePerSharedList() {
        // Rules ask this of every function triggers run; a scan of the shared list per function made
        // N triggers of one function calling a chain of N functions N squared.
        ProjectModel model = model("first.sql", """
                CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM h(); END $$;
                CREATE FUNCTION h() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM k(); END $$;
                CREATE FUNCTION k() RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE FUNCTION g() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM k(); END $$;
                CREATE EVENT TRIGGER b_end ON ddl_command_end EXECUTE FUNCTION f();
                CREATE EVENT TRIGGER a_start ON ddl_command_start EXECUTE FUNCTION f();
                CREATE EVENT TRIGGER c_end ON ddl_command_end EXECUTE FUNCTION f();
                CREATE EVENT TRIGGER d_drop ON sql_drop EXECUTE FUNCTION g();
                """);
        Map<String, FunctionDef> byName = new HashMap<>();
        model.functions().forEach(function -> byName.put(function.name(), function));
        Map<String, EventTriggerDef> triggers = new HashMap<>();
        model.eventTriggers().forEach(trigger -> triggers.put(trigger.name(), trigger));
        for (String reachedFromF : List.of("f", "h")) {
            assertSame(triggers.get("b_end"), model.firstTriggerReaching(byName.get(reachedFromF), "ddl_command_end"));
            assertSame(triggers.get("a_start"), model.firstTriggerReaching(byName.get(reachedFromF), "ddl_command_start"));
            assertNull(model.firstTriggerReaching(byName.get(reachedFromF), "sql_drop"));
        }
        assertSame(triggers.get("b_end"), model.firstTriggerReaching(byName.get("k"), "ddl_command_end"));
        assertSame(triggers.get("d_drop"), model.firstTriggerReaching(byName.get("k"), "sql_drop"));
        assertNull(model.firstTriggerReaching(byName.get("g"), "ddl_command_end"));
        assertNull(model.firstTriggerReaching(byName.get("k"), "login"));
    }

    @Test
    void aSecondCreateOfATriggerNameFailsAndTheFirstTriggerStays() {
        // PostgreSQL: ERROR: event trigger "t" already exists; a dangerous login trigger must not vanish behind it.
        ProjectModel model = model("a.sql", "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE FUNCTION g() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION f();\n"
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION g();\n");
        assertEquals(List.of("t"), names(model.eventTriggers()));
        assertEquals("login", model.eventTriggers().get(0).event());
        assertEquals("f", model.eventTriggers().get(0).function().name());
    }

    /**
     * The line of audit()'s definition in force after a replacement on line 3 whose new body is
     * {@code body}, under an unfiltered ddl_command_end trigger that executes audit().
     */
    private static int definitionAfterReplacementBy(String body) {
        ScriptFile script = new ScriptParser().parse(SourceFile.ofText("replace.sql",
                "CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'old'; END $$;\n"
                        + "CREATE EVENT TRIGGER audit ON ddl_command_end EXECUTE FUNCTION audit();\n"
                        + "CREATE OR REPLACE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + body + " END $$;\n"));
        ProjectModel model = ProjectModel.build(List.of(script), Inclusions.NONE, FlowAnalysis::neverReturnsFor);
        return model.functions().get(0).definition().range().startLine();
    }

    @Test
    void aReplacementWhoseNewBodyFailsAtItsOwnEndKeepsTheOldDefinition() {
        // The trigger runs the new body at the replacement's own ddl_command_end: certain to raise, it undoes it.
        assertEquals(1, definitionAfterReplacementBy("RAISE EXCEPTION 'no';"));
        assertEquals(1, definitionAfterReplacementBy("IF tg_tag = 'CREATE FUNCTION' THEN RAISE EXCEPTION 'no'; END IF;"));
        // Whether it raises depends on data, or not for CREATE FUNCTION: the replacement counts as done.
        assertEquals(3, definitionAfterReplacementBy("IF current_setting('app.strict', true) = 'on' THEN RAISE EXCEPTION 'no'; END IF;"));
        assertEquals(3, definitionAfterReplacementBy("IF tg_tag = 'DROP TABLE' THEN RAISE EXCEPTION 'no'; END IF;"));
    }

    @Test
    void aDropThatATriggerVetoesAtDdlCommandStartDropsNothing() {
        ScriptFile guard = new ScriptParser().parse(SourceFile.ofText("guard.sql",
                "CREATE FUNCTION guard.refuse() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                        + "BEGIN RAISE EXCEPTION 'command % is disabled', tg_tag; END $$;\n"
                        + "CREATE EVENT TRIGGER no_drop ON ddl_command_start WHEN TAG IN ('DROP SCHEMA') EXECUTE FUNCTION guard.refuse();\n"
                        + "DROP SCHEMA guard CASCADE;\n"
                        + "DROP FUNCTION guard.refuse() CASCADE;\n"));
        ProjectModel model = ProjectModel.build(List.of(guard), Inclusions.NONE, FlowAnalysis::neverReturnsFor);
        assertTrue(model.eventTriggersDroppedBy(first(model, "DROP SCHEMA")).isEmpty());
        assertEquals(List.of("no_drop"), names(model.eventTriggersDroppedBy(first(model, "DROP FUNCTION"))));
        assertTrue(model.eventTriggers().isEmpty());
    }

    @Test
    void anOrReplaceThatChangesTheReturnTypeReplacesNothing() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE OR REPLACE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE FUNCTION g() RETURNS SETOF text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE OR REPLACE FUNCTION g() RETURNS text LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION h() RETURNS audit.entry LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE OR REPLACE FUNCTION h() RETURNS entry LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION k(OUT a int) LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE OR REPLACE FUNCTION k(OUT a int) RETURNS int LANGUAGE sql AS 'SELECT 2';\n");
        assertEquals(List.of("event_trigger", "text", "entry", "int"), model.functions().stream()
                .map(f -> f.definition().returnType() == null ? "-" : f.definition().returnType().name()).toList());
        assertTrue(model.functions().get(1).definition().returnType().setOf());
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
    void aDropWithoutCascadeFailsWhileATriggerExecutesTheFunctionAndChangesNothing() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE FUNCTION f(integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                        + "DROP FUNCTION f(integer);\n"
                        + "DROP FUNCTION f();\n");
        ExecutedStatement overload = model.executedStatements().get(3);
        ExecutedStatement used = model.executedStatements().get(4);
        assertTrue(model.eventTriggersBlocking(overload).isEmpty());
        assertEquals(List.of("t"), names(model.eventTriggersBlocking(used)));
        assertTrue(model.eventTriggersDroppedBy(used).isEmpty());
        assertEquals("f", model.eventTriggers().get(0).function().name());
        assertEquals(1, model.functions().size());
        assertFalse(Flyway.isVersioned(model.files().get(0).source()));
    }

    @Test
    void extensionScriptsAreKnownByTheirNames() {
        ProjectModel model = model("sql/audit_trail--1.0.sql", "SELECT 1;", "sql/audit_trail--1.0--1.1.sql", "SELECT 1;",
                "V1__x.sql", "SELECT 1;", "-- comment.sql", "SELECT 1;");
        assertEquals(Arrays.asList("audit_trail", "audit_trail", null, null),
                model.files().stream().map(f -> ExtensionScripts.extensionName(f.source())).toList());
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
        assertEquals(List.of("uses_f"), names(model.eventTriggersBlocking(executed.get(5))));
        List<EventTriggerDef> dropped = model.eventTriggersDroppedBy(executed.get(6));
        assertEquals(List.of("member", "uses_ext"), names(dropped));
        assertEquals("log_ddl", dropped.get(1).function().name());
        assertEquals(List.of("uses_f"), names(model.eventTriggers()));
        assertEquals("f", model.eventTriggers().get(0).function().name());
    }

    @Test
    void createExtensionBringsBackWhatDropExtensionRemoved() {
        ProjectModel model = model(
                "ext/audit--1.0.sql", "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n",
                "install.sql", "DROP EXTENSION IF EXISTS audit CASCADE;\nCREATE EXTENSION audit;\n"
                        + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log_ddl();\n");
        assertEquals("log_ddl", model.eventTriggers().get(0).function().name());
        ScriptFile install = model.files().get(1);
        Statement.DropObject drop = (Statement.DropObject) install.statements().get(0);
        assertEquals(Set.of("t"), model.eventTriggersDroppedOnRerun(install, drop, Database.DEFAULT));
        assertEquals(Set.of(), model.eventTriggersDroppedOnRerun(model.files().get(0), drop, Database.DEFAULT));
    }

    @Test
    void aCalledInstallerCreatesItsTriggersWhereItIsCalled() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE FUNCTION install() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                        + "  IF NOT EXISTS (SELECT FROM pg_event_trigger WHERE evtname = 't') THEN\n"
                        + "    EXECUTE 'CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f()';\n"
                        + "  END IF;\nEND $$;\n"
                        + "DROP FUNCTION f();\n"
                        + "SELECT install();\n"
                        + "DROP FUNCTION f();\n");
        assertEquals(List.of("CREATE FUNCTION", "CREATE FUNCTION", "DROP FUNCTION", "SELECT", "CREATE EVENT TRIGGER",
                "DROP FUNCTION"), model.executedStatements().stream().map(e -> e.statement().commandTag()).toList());
        ExecutedStatement created = first(model, "CREATE EVENT TRIGGER");
        assertEquals("install", created.function().name());
        assertEquals(List.of(created.function()), model.installersCalledBy(first(model, "SELECT").statement()));
        assertTrue(model.installersCalledBy(first(model, "DROP FUNCTION").statement()).isEmpty());
        assertTrue(created.checksEventTrigger("t"));
        assertTrue(model.eventTriggersBlocking(model.executedStatements().get(2)).isEmpty());
        assertEquals(List.of("t"), names(model.eventTriggersBlocking(model.executedStatements().get(5))));
        assertFalse(model.eventTriggers().get(0).possible());
        assertEquals(List.of("t"), names(model.firingOrder("ddl_command_end", false, Database.DEFAULT)));
    }

    @Test
    void anInstallerNobodyCallsCreatesPossibleTriggersOnly() {
        ProjectModel model = model("a.sql",
                "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                        + "CREATE FUNCTION install() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                        + "  CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION f();\n"
                        + "END $$;\n"
                        + "DROP FUNCTION f();\n");
        assertTrue(model.eventTriggersBlocking(first(model, "DROP FUNCTION")).isEmpty());
        EventTriggerDef possible = model.eventTriggers().get(0);
        assertTrue(possible.possible());
        assertNull(possible.function());
        assertTrue(model.firingOrder("login", false, Database.DEFAULT).isEmpty());
        assertEquals(List.of("CREATE FUNCTION", "CREATE FUNCTION", "DROP FUNCTION"),
                model.executedStatements().stream().map(e -> e.statement().commandTag()).toList());
    }

    @Test
    void tablesKeepTheKeysAndIndexesTheScriptsDeclare() {
        ProjectModel model = model("a.sql", "CREATE TABLE s.t (id int PRIMARY KEY, code text UNIQUE, a int, b int,\n"
                + "  CONSTRAINT t_ab UNIQUE (a, b), CHECK (a > 0));\n"
                + "CREATE TABLE u (x int, y int, z int);\n"
                + "ALTER TABLE ONLY u ADD CONSTRAINT u_pkey PRIMARY KEY (x);\n"
                + "CREATE INDEX ON u (y, lower(z::text));\n"
                + "CREATE INDEX u_partial ON u (z) WHERE z > 0;\n"
                + "CREATE TABLE gone (k int PRIMARY KEY);\n"
                + "DROP TABLE gone;\n");
        TableDef t = model.table(qualified("t"), Database.DEFAULT);
        assertEquals(List.of(List.of("id"), List.of("code"), List.of("a", "b")), t.indexes());
        assertEquals("s", t.schema());
        assertEquals(List.of(List.of("x"), List.of("y"), List.of()), model.table(qualified("u"), Database.DEFAULT).indexes());
        // the partial index may serve any query: evtlint does not judge lookups on u
        assertTrue(model.table(qualified("u"), Database.DEFAULT).isLookedUpBy(Set.of("z")));
        assertTrue(model.table(qualified("s", "t"), Database.DEFAULT).isLookedUpBy(Set.of("a", "code")));
        assertFalse(model.table(qualified("s", "t"), Database.DEFAULT).isLookedUpBy(Set.of("b")));
        assertNull(model.table(qualified("gone"), Database.DEFAULT));
        assertNull(model.table(qualified("other"), Database.DEFAULT));
    }

    private static Part.QualifiedName qualified(String... parts) {
        return new Part.QualifiedName(null, Arrays.stream(parts).map(part -> new Part.Identifier(null, part, false)).toList());
    }

    private static List<String> names(List<EventTriggerDef> triggers) {
        return triggers.stream().map(EventTriggerDef::name).toList();
    }

    @Test
    void psqlConnectMovesTheSessionToAnotherDatabaseWithItsOwnTriggersFunctionsAndSearchPath() {
        String function = "() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n";
        ProjectModel model = model("a.sql", "SET search_path = audit;\n"
                + "CREATE FUNCTION f" + function + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "\\c app\n"
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "CREATE FUNCTION g" + function + "CREATE EVENT TRIGGER u ON ddl_command_end EXECUTE FUNCTION g();\n"
                + "DROP EVENT TRIGGER t;\n"
                + "\\c :other\n"
                + "CREATE FUNCTION h" + function
                + "\\connect app\n"
                + "CREATE FUNCTION k" + function,
                "b.sql", "CREATE FUNCTION m" + function);
        List<Database> databases = model.databases();
        assertEquals(3, databases.size(), databases.toString());
        Database start = databases.get(0);
        Database app = databases.get(1);
        assertEquals(Database.DEFAULT, start);
        assertEquals("database app", app.toString());
        // t of the first database is kept: the DROP ran in app
        assertEquals(List.of("t"), names(model.firingOrder("ddl_command_end", false, start)));
        assertEquals(List.of("u"), names(model.firingOrder("ddl_command_end", false, app)));
        assertEquals("audit", function(model, "f").schema());
        assertNull(function(model, "g").schema(), "a new connection starts with the default search_path");
        assertEquals(start, model.databaseOf(function(model, "f")));
        assertEquals(app, model.databaseOf(function(model, "g")));
        assertEquals(databases.get(2), model.databaseOf(function(model, "h")));
        assertEquals(app, model.databaseOf(function(model, "k")), "the same name is the same database");
        assertEquals(start, model.databaseOf(function(model, "m")), "each script starts in the database it is run against");
    }

    private static FunctionDef function(ProjectModel model, String name) {
        return model.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}

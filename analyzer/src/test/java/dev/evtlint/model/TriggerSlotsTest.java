package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The replay's triggers as DROPs ask them: by the function they execute, kept in step with every change. */
class TriggerSlotsTest {
    private static final String FUNCTION =
            "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'x'; END $$;\n";

    /** What each DROP of {@code script} drops and is blocked by: "dropped [..] blocking [..]". */
    private static List<String> drops(Replay replay, String script) {
        ScriptFile parsed = new ScriptParser().parse(SourceFile.ofText("drops.sql", script));
        List<String> outcomes = new ArrayList<>();
        ScriptWalk.of(List.of(parsed), Inclusions.NONE, new ScriptWalk.Runner() {
            @Override
            public void run(ExecutedStatement statement) {
                Replay.TriggerDependents dependents = replay.apply(statement);
                if (statement.statement() instanceof Statement.DropObject) {
                    outcomes.add("dropped " + names(dependents.dropped()) + " blocking " + names(dependents.blocking()));
                }
            }

            @Override
            public List<FunctionDef> installersCalledBy(ExecutedStatement statement) {
                return List.of();
            }
        });
        return outcomes;
    }

    private static List<String> names(List<EventTriggerDef> triggers) {
        return triggers.stream().map(EventTriggerDef::name).toList();
    }

    private static Replay replay(BiPredicate<FunctionDef, String> neverReturnsFor) {
        return new Replay(neverReturnsFor, new AtomicInteger(), List.of());
    }

    @Test
    void eachBlockedDropLooksOnlyAtTheTriggersOfTheFunctionItDrops() {
        // A scan of every trigger per DROP looked at count squared triggers.
        int count = 300;
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < count; i++) {
            script.append(FUNCTION.formatted("f_" + i))
                    .append("CREATE EVENT TRIGGER t_").append(i).append(" ON ddl_command_end EXECUTE FUNCTION f_").append(i).append("();\n");
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            script.append("DROP FUNCTION f_").append(i).append("();\n");
            expected.add("dropped [] blocking [t_" + i + "]");
        }
        Replay replay = replay((function, tag) -> false);
        assertEquals(expected, drops(replay, script.toString()));
        assertEquals(count, replay.triggersLookedAtByDrops());
        assertEquals(count, replay.resolvedTriggers().size());
    }

    @Test
    void theTriggersOfAFunctionFollowRenamesStateChangesCascadesAndFunctionsDefinedLater() {
        String script = "CREATE EVENT TRIGGER early ON ddl_command_end EXECUTE FUNCTION f();\n" // f defined below: found by name
                + FUNCTION.formatted("f") + FUNCTION.formatted("g")
                + "CREATE EVENT TRIGGER b ON ddl_command_end EXECUTE FUNCTION g();\n"
                + "CREATE EVENT TRIGGER a ON sql_drop EXECUTE FUNCTION f();\n"
                + "ALTER EVENT TRIGGER early RENAME TO late;\n"
                + "ALTER EVENT TRIGGER a ENABLE ALWAYS;\n"
                + "DROP FUNCTION f();\n"
                + "DROP FUNCTION f() CASCADE;\n"
                + "DROP FUNCTION f();\n" // gone: names a function the project no longer defines, which no trigger executes
                + "DROP FUNCTION g(), h();\n"
                + "ALTER EVENT TRIGGER b RENAME TO c;\n"
                + "DROP FUNCTION g() CASCADE;\n";
        assertEquals(List.of("dropped [] blocking [a, late]", "dropped [a, late] blocking []", "dropped [] blocking []",
                "dropped [] blocking [b]", "dropped [c] blocking []"), drops(replay((function, tag) -> false), script));
    }

    @Test
    void onlyATriggerAtCommandStartWhoseFunctionNeverReturnsVetoesADrop() {
        String script = FUNCTION.formatted("guard") + FUNCTION.formatted("f")
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "CREATE EVENT TRIGGER no_drops ON ddl_command_start WHEN TAG IN ('DROP FUNCTION') EXECUTE FUNCTION guard();\n"
                + "DROP FUNCTION f() CASCADE;\n"
                + "ALTER EVENT TRIGGER no_drops DISABLE;\n"
                + "DROP FUNCTION f() CASCADE;\n";
        assertEquals(List.of("dropped [] blocking []", "dropped [t] blocking []"),
                drops(replay((function, tag) -> function.name().equals("guard")), script));
    }
}

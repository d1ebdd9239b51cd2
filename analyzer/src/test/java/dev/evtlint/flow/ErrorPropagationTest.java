package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether an error reaches the trigger through the callers of its function, and what following it costs. */
class ErrorPropagationTest {

    private static ProjectModel model(String text) {
        return ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("t.sql", text))));
    }

    private static FunctionDef function(ProjectModel model, String name) {
        return model.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static String plpgsql(String name, String returns, String body) {
        return "CREATE FUNCTION " + name + "() RETURNS " + returns + " LANGUAGE plpgsql AS $$ BEGIN " + body + " END $$;\n";
    }

    /** A login trigger's function that calls {@code first}, catching every error when {@code catches}. */
    private static String loginCalling(String first, boolean catches) {
        String call = "PERFORM " + first + "();";
        return plpgsql("on_login", "event_trigger", catches
                ? "BEGIN " + call + " EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'caught'; END;" : call)
                + "CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION on_login();\n";
    }

    /** A ladder of diamonds: f_i calls a_i and b_i, both call f_(i+1); f_count raises and writes. */
    private static String diamonds(int count) {
        StringBuilder script = new StringBuilder("CREATE TABLE log (id int);\n");
        for (int i = 0; i < count; i++) {
            script.append(plpgsql("f_" + i, "void", "PERFORM a_" + i + "(); PERFORM b_" + i + "();"));
            script.append(plpgsql("a_" + i, "void", "PERFORM f_" + (i + 1) + "();"));
            script.append(plpgsql("b_" + i, "void", "PERFORM f_" + (i + 1) + "();"));
        }
        return script + plpgsql("f_" + count, "void", "INSERT INTO log VALUES (1); RAISE EXCEPTION 'bottom';");
    }

    private static Node statement(FlowAnalysis flow, FunctionDef function, Class<? extends PlStatement> kind) {
        return flow.statements(function).stream().filter(kind::isInstance).findFirst().orElseThrow();
    }

    @Test
    void anErrorCaughtAboveALadderOfDiamondsIsFollowedOutOfEachFunctionOnce() {
        // 2^40 paths of callers lead from the bottom to the top: a walk of paths would not end.
        int count = 40;
        ProjectModel model = model(diamonds(count) + loginCalling("f_0", true));
        FlowAnalysis flow = new FlowAnalysis(model);
        ErrorPropagation errors = new ErrorPropagation(model, flow, new StandbyWrites(flow.builtins()));
        FunctionDef bottom = function(model, "f_" + count);
        assertFalse(errors.reachesTrigger(bottom, statement(flow, bottom, PlStatement.Raise.class), "raise_exception", false));
        assertFalse(errors.reachesTrigger(bottom, statement(flow, bottom, PlStatement.Sql.class),
                ErrorConditions.READ_ONLY_SQL_TRANSACTION, true));
        // Each question follows the error out of the 3 * count + 1 functions of the ladder once.
        assertEquals(2 * (3 * count + 1), errors.functionsFollowed());
        errors.reachesTrigger(bottom, statement(flow, bottom, PlStatement.Raise.class), "raise_exception", false);
        assertEquals(2 * (3 * count + 1), errors.functionsFollowed());
    }

    @Test
    void anErrorNoCallerCatchesReachesTheTriggerThroughTheLadder() {
        ProjectModel model = model(diamonds(5) + loginCalling("f_0", false));
        FlowAnalysis flow = new FlowAnalysis(model);
        FunctionDef bottom = function(model, "f_5");
        assertTrue(flow.errorReachesTrigger(bottom, statement(flow, bottom, PlStatement.Raise.class), "raise_exception"));
        assertTrue(flow.standbyFailureReachesTrigger(bottom, statement(flow, bottom, PlStatement.Sql.class)));
    }

    @Test
    void anErrorThatLeavesARecursionReachesTheTriggerEvenWhenTheTriggerCatchesIt() {
        ProjectModel model = model(plpgsql("f", "void", "PERFORM g();")
                + plpgsql("g", "void", "IF random() < 0.5 THEN PERFORM f(); END IF; RAISE EXCEPTION 'deep';")
                + loginCalling("f", true));
        FlowAnalysis flow = new FlowAnalysis(model);
        FunctionDef g = function(model, "g");
        assertTrue(flow.errorReachesTrigger(g, statement(flow, g, PlStatement.Raise.class), "raise_exception"));
    }
}

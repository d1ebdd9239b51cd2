package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.SmallStack;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rules ask of the flow analysis: per statement, its effects and whether it runs while recovery may be true. */
class FlowAnalysisTest {

    private static ProjectModel model(String text) {
        return ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("t.sql", text))));
    }

    private static FunctionDef function(ProjectModel model, String name) {
        return model.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** The first line of each statement with a standby write, and whether it runs while recovery may be true. */
    private static List<String> writes(FlowAnalysis flow, FunctionDef function) {
        return flow.statements(function).stream()
                .filter(s -> flow.effects(function, s).standbyWrite() != null)
                .map(s -> s.range().startLine() + (flow.reachableInRecovery(function, s) ? " standby" : " primary only"))
                .toList();
    }

    private static String loginTrigger(String function) {
        return "CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION " + function + "();\n";
    }

    /** A login trigger's function calling f_1, which calls f_2 ... f_length, which writes. */
    private static String loginChain(int length) {
        StringBuilder script = new StringBuilder("CREATE TABLE log (id int);\n");
        for (int i = 0; i < length; i++) {
            script.append("CREATE FUNCTION f_").append(i).append("() RETURNS ").append(i == 0 ? "event_trigger" : "void")
                    .append(" LANGUAGE plpgsql AS $$ BEGIN PERFORM f_").append(i + 1).append("(); END $$;\n");
        }
        script.append("CREATE FUNCTION f_").append(length)
                .append("() RETURNS void LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (1); END $$;\n");
        return script + loginTrigger("f_0");
    }

    @Test
    void anErrorLeavesAChainOfCallersOfAnyLengthWithoutRecursion() throws InterruptedException {
        int length = 5_000;
        ProjectModel model = model(loginChain(length));
        FlowAnalysis flow = new FlowAnalysis(model);
        FunctionDef writer = function(model, "f_" + length);
        Node insert = flow.statements(writer).get(1);
        assertEquals(true, SmallStack.call(() -> flow.standbyFailureReachesTrigger(writer, insert)));
    }

    @Test
    void loopsRunToAFixedPointOverTheirConditions() {
        ProjectModel model = model("CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "DECLARE standby boolean := pg_is_in_recovery();\n"
                + "BEGIN\n"
                + "  WHILE NOT standby LOOP\n"
                + "    INSERT INTO log VALUES (1);\n"
                + "    standby := pg_is_in_recovery();\n"
                + "  END LOOP;\n"
                + "  INSERT INTO log VALUES (2);\n"
                + "END $$;\n" + loginTrigger("f"));
        FlowAnalysis flow = new FlowAnalysis(model);
        assertEquals(List.of("5 primary only", "8 standby"), writes(flow, function(model, "f")));
    }

    @Test
    void aHandlerStartsFromTheStateBeforeTheStatementThatRaised() {
        ProjectModel model = model("CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "  IF pg_is_in_recovery() THEN\n"
                + "    RAISE EXCEPTION 'standby';\n"
                + "  END IF;\n"
                + "  INSERT INTO log VALUES (1);\n"
                + "EXCEPTION WHEN others THEN\n"
                + "  INSERT INTO errors VALUES (1);\n"
                + "END $$;\n" + loginTrigger("f"));
        FlowAnalysis flow = new FlowAnalysis(model);
        assertEquals(List.of("6 primary only", "8 standby"), writes(flow, function(model, "f")));
        assertEquals(List.of(4), flow.statements(function(model, "f")).stream()
                .filter(s -> flow.effects(function(model, "f"), s).raisesError()).map(s -> s.range().startLine()).toList());
    }

    @Test
    void aSqlFunctionRunsWithWhatHoldsWhereItIsCalled() {
        ProjectModel model = model("CREATE FUNCTION w() RETURNS void LANGUAGE sql AS $$\n"
                + "  SELECT 1;\n"
                + "  UPDATE users SET seen = now();\n"
                + "$$;\n"
                + "CREATE FUNCTION guarded() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "  IF NOT pg_is_in_recovery() THEN\n"
                + "    PERFORM w();\n"
                + "  END IF;\n"
                + "END $$;\n" + loginTrigger("guarded"));
        FlowAnalysis flow = new FlowAnalysis(model);
        FunctionDef writer = function(model, "w");
        assertEquals(List.of("3 primary only"), writes(flow, writer));
        Node perform = flow.statements(function(model, "guarded")).get(2);
        Effects effects = flow.effects(function(model, "guarded"), perform);
        assertEquals(List.of(writer), effects.calls().stream().map(c -> c.callee()).toList());
        assertNull(effects.standbyWrite());
    }

    @Test
    void aFunctionNoTriggerReachesHasNoReachableStatement() {
        ProjectModel model = model("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n  INSERT INTO log VALUES (1);\nEND $$;\n");
        FlowAnalysis flow = new FlowAnalysis(model);
        assertEquals(List.of("3 primary only"), writes(flow, function(model, "f")));
    }
}

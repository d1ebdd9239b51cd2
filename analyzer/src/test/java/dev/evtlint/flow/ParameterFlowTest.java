package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.SmallStack;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parameters receive a value a root function starts, through chains and cycles of calls. */
class ParameterFlowTest {

    private static ProjectModel model(String text) {
        return ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("t.sql", text))));
    }

    private static FunctionDef function(ProjectModel model, String name) {
        return model.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static String plpgsql(String name, String parameters, String body) {
        return "CREATE FUNCTION " + name + "(" + parameters + ") RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
                + body + " END $$;\n";
    }

    /** The value starts at current_query() and is carried by the receiving parameters, read as they are. */
    private static ParameterFlow commandText(ProjectModel model, FunctionDef root) {
        return ParameterFlow.of(model, List.of(root), (function, parameters) -> argument ->
                AstVisitor.collect(argument, Expr.FunctionCall.class).stream().anyMatch(call -> call.calls("current_query"))
                        || argument instanceof Expr.ColumnRef column && parameters.contains(column.lastName()));
    }

    @Test
    void aValueIsFollowedDownAChainOfCallsWithoutAFramePerLink() throws InterruptedException {
        // A recursion per link overflows the small stack long before the chain's end.
        int count = 3000;
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < count; i++) {
            script.append(plpgsql("h_" + i, "unused int, p text", "PERFORM h_" + (i + 1) + "(1, p);"));
        }
        script.append(plpgsql("h_" + count, "unused int, p text", "EXECUTE p;"));
        script.append(plpgsql("root", "", "PERFORM h_0(0, current_query());"));
        ProjectModel model = model(script.toString());
        ParameterFlow flow = SmallStack.call(() -> commandText(model, function(model, "root")));
        FunctionDef last = function(model, "h_" + count);
        assertEquals(Set.of("p"), flow.parameters(last));
        assertSame(function(model, "h_" + (count - 1)), flow.passedBy(last, "p").caller());
        assertEquals(count + 1, flow.receivers().size());
    }

    @Test
    void aCycleOfCallsEndsAndOnlyTheArgumentsThatCarryTheValueArePassed() {
        ProjectModel model = model(plpgsql("ping", "a text, b text", "PERFORM pong(b, a);")
                + plpgsql("pong", "c text, d text", "PERFORM ping(c, 'fixed');")
                + plpgsql("other", "x text, y text", "EXECUTE y;")
                + plpgsql("named", "e text", "EXECUTE e;")
                + plpgsql("root", "", "PERFORM ping('fixed', current_query()); PERFORM other('fixed', current_query());"
                        + " PERFORM named(e => current_query());"));
        ParameterFlow flow = commandText(model, function(model, "root"));
        // root passes b; ping passes b on as pong's c; pong passes c back as ping's a, which ping
        // then passes as pong's d.
        assertEquals(Set.of("a", "b"), flow.parameters(function(model, "ping")));
        assertEquals(Set.of("c", "d"), flow.parameters(function(model, "pong")));
        assertEquals(Set.of("y"), flow.parameters(function(model, "other")));
        // Named arguments need not follow the parameters' order: nothing is passed.
        assertTrue(flow.parameters(function(model, "named")).isEmpty());
        assertTrue(flow.parameters(function(model, "root")).isEmpty());
    }
}

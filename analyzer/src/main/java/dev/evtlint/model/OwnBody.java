package dev.evtlint.model;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The nodes of a function's body (PL/pgSQL, or the statements of a LANGUAGE sql body) that the
 * function itself runs: the bodies of functions and DO blocks its statements create (say, through
 * EXECUTE) belong to those, not to it.
 */
public final class OwnBody {
    private OwnBody() {
    }

    /** Calls {@code action} for every node of the body in source order, nested bodies left out. */
    public static void forEach(FunctionDef function, Consumer<Node> action) {
        List<? extends Node> roots = function.body() != null ? List.of(function.body()) : function.sqlStatements();
        for (Node root : roots) {
            root.accept(node -> {
                if (node instanceof Statement.CreateFunction || node instanceof Statement.Do) {
                    return false;
                }
                action.accept(node);
                return true;
            });
        }
    }

    /** The function calls the body makes itself, in source order. */
    public static List<Expr.FunctionCall> calls(FunctionDef function) {
        List<Expr.FunctionCall> calls = new ArrayList<>();
        forEach(function, node -> {
            if (node instanceof Expr.FunctionCall call) {
                calls.add(call);
            }
        });
        return calls;
    }
}

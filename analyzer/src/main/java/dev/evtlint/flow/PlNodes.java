package dev.evtlint.flow;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.PlStatementWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Navigation in PL/pgSQL bodies: every statement, and the parts a statement evaluates itself. */
public final class PlNodes {
    private PlNodes() {
    }

    /** Calls {@code action} for every PL/pgSQL statement in {@code root}, in source order, nested ones included. */
    public static void forEachStatement(PlStatement root, Consumer<PlStatement> action) {
        PlStatementWalker.statementsIn(root).forEach(action);
    }

    /**
     * The SQL parts a statement evaluates itself, without the statements nested in it: an IF's
     * conditions but not its branches, a block's declarations but not its body.
     */
    public static List<Node> ownParts(PlStatement statement) {
        List<Node> parts = new ArrayList<>();
        if (statement instanceof PlStatement.Block block) {
            block.declarations().forEach(d -> addIfPresent(parts, d.initialValue()));
        } else if (statement instanceof PlStatement.If ifStatement) {
            ifStatement.branches().forEach(b -> addIfPresent(parts, b.condition()));
        } else if (statement instanceof PlStatement.Case caseStatement) {
            addIfPresent(parts, caseStatement.subject());
            caseStatement.whens().forEach(b -> addIfPresent(parts, b.condition()));
        } else if (statement instanceof PlStatement.Loop loop) {
            addIfPresent(parts, loop.condition());
            addIfPresent(parts, loop.query());
            parts.addAll(loop.expressions());
        } else {
            parts.addAll(statement.children());
        }
        return parts;
    }

    private static void addIfPresent(List<Node> parts, Node node) {
        if (node != null) {
            parts.add(node);
        }
    }
}

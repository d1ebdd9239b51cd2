package dev.evtlint.rules.login;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.Cfg;
import dev.evtlint.flow.PlNodes;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Why a LOOP or WHILE loop may never end: it has no way out at all, or every way out waits for
 * the result of a query to change (the state of some table, which another session may never
 * change), with no counter or deadline in the conditions that decide it. FOR loops end with their
 * range or query.
 */
final class LoopBounds {
    /** Clocks that move during a transaction: a condition on them is a deadline. */
    private static final Set<String> CLOCKS = Set.of("clock_timestamp", "timeofday");

    private LoopBounds() {
    }

    /** What keeps {@code loop} going, or null when something bounds it or evtlint cannot tell. */
    static String unbounded(PlStatement.Loop loop, Cfg cfg) {
        if (loop.kind() != PlStatement.LoopKind.LOOP && loop.kind() != PlStatement.LoopKind.WHILE) {
            return null;
        }
        if (hasNoExit(loop)) {
            return "the loop has no EXIT, RETURN or RAISE and no condition that ends it";
        }
        return waitsOnTables(loop, cfg) ? "the loop ends only when a query's result changes: no counter or "
                + "deadline bounds it, and the state it waits for may never come" : null;
    }

    private static boolean hasNoExit(PlStatement.Loop loop) {
        boolean endless = loop.kind() == PlStatement.LoopKind.LOOP
                || loop.condition() instanceof Expr.Literal literal
                && literal.kind() == Expr.LiteralKind.BOOLEAN && literal.value().equals("true");
        if (!endless) {
            return false;
        }
        for (PlStatement inner : AstVisitor.collect(loop, PlStatement.class)) {
            if (inner instanceof PlStatement.Exit exit && !exit.continueLoop() || inner instanceof PlStatement.Return
                    || inner instanceof PlStatement.Raise raise && raise.raisesError()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Over the loop's control-flow graph: every path out of it passes a condition; some condition
     * reads a table; and no condition reads a variable the loop assigns or a clock.
     */
    private static boolean waitsOnTables(PlStatement.Loop loop, Cfg cfg) {
        Set<Cfg.Vertex> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        PlNodes.forEachStatement(loop, statement -> inside.add(cfg.vertex(statement)));
        if (leavesWithoutCondition(cfg.vertex(loop), inside, cfg)) {
            return false;
        }
        Set<String> assigned = assignedIn(loop);
        boolean readsTable = false;
        for (Cfg.Vertex vertex : inside) {
            for (Cfg.Edge edge : cfg.successors(vertex)) {
                for (Cfg.Guard guard : edge.guards()) {
                    if (guard.condition() == null || changesInLoop(guard.condition(), assigned)) {
                        return false;
                    }
                    readsTable |= AstVisitor.collect(guard.condition(), Statement.Select.class).stream()
                            .anyMatch(select -> !select.from().isEmpty());
                }
            }
        }
        return readsTable;
    }

    /** Whether a path from the loop's head leaves it along edges without conditions (errors aside). */
    private static boolean leavesWithoutCondition(Cfg.Vertex head, Set<Cfg.Vertex> inside, Cfg cfg) {
        Set<Cfg.Vertex> seen = new HashSet<>();
        Deque<Cfg.Vertex> work = new ArrayDeque<>(List.of(head));
        while (!work.isEmpty()) {
            Cfg.Vertex vertex = work.pop();
            if (!inside.contains(vertex)) {
                return true;
            }
            if (seen.add(vertex)) {
                cfg.successors(vertex).stream().filter(edge -> edge.guards().isEmpty() && !edge.exceptional())
                        .forEach(edge -> work.push(edge.to()));
            }
        }
        return false;
    }

    private static boolean changesInLoop(Expr condition, Set<String> assigned) {
        boolean readsAssigned = AstVisitor.collect(condition, Expr.ColumnRef.class).stream()
                .anyMatch(column -> assigned.contains(column.names().get(0).name()));
        boolean readsClock = AstVisitor.collect(condition, Expr.FunctionCall.class).stream()
                .anyMatch(call -> CLOCKS.contains(call.name().name()));
        return readsAssigned || readsClock;
    }

    /** The variables the loop's statements assign: :=, INTO, GET DIAGNOSTICS, FOR targets. */
    private static Set<String> assignedIn(PlStatement.Loop loop) {
        Set<String> names = new HashSet<>();
        PlNodes.forEachStatement(loop, statement -> {
            List<Part.QualifiedName> targets = List.of();
            if (statement instanceof PlStatement.Assign assign) {
                targets = List.of(assign.target());
            } else if (statement instanceof PlStatement.Sql sql) {
                targets = sql.into();
            } else if (statement instanceof PlStatement.Execute execute) {
                targets = execute.into();
            } else if (statement instanceof PlStatement.GetDiagnostics diagnostics) {
                targets = diagnostics.targets();
            } else if (statement instanceof PlStatement.Loop inner) {
                targets = inner.targets();
            }
            targets.forEach(target -> names.add(target.parts().get(0).name()));
        });
        return names;
    }
}

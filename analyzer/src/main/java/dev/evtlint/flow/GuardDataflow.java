package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guard facts as a forward dataflow over a body's {@link Cfg}: the {@link GuardState} before every
 * statement and at every call, given the state on entry. Conditions on edges refine the state (an
 * IF's branch, a WHILE's test, EXIT WHEN, ASSERT); assignments and SELECT INTO bind variables to
 * facts; paths join where they meet; loops run to a fixed point, which the finite lattice of facts
 * and variables guarantees.
 */
final class GuardDataflow {
    private final Conditions conditions;

    GuardDataflow(Conditions conditions) {
        this.conditions = conditions;
    }

    /** The states before each statement and at each call of the body of {@code cfg}, entered with {@code entry}. */
    record Result(Map<PlStatement, GuardState> before, Map<Expr.FunctionCall, GuardState> atCall) {
    }

    Result analyse(Cfg cfg, GuardState entry) {
        Map<Cfg.Vertex, GuardState> in = new IdentityHashMap<>();
        in.put(cfg.entry(), entry);
        Deque<Cfg.Vertex> work = new ArrayDeque<>(List.of(cfg.entry()));
        while (!work.isEmpty()) {
            Cfg.Vertex vertex = work.poll();
            GuardState before = in.get(vertex);
            GuardState after = vertex.statement() == null ? before : transfer(vertex.statement(), before);
            for (Cfg.Edge edge : cfg.successors(vertex)) {
                GuardState state = edge.exceptional() ? before : after;
                for (Cfg.Guard guard : edge.guards()) {
                    state = conditions.refine(guard.condition(), guard.truth(), state);
                }
                GuardState previous = in.get(edge.to());
                GuardState joined = previous == null ? state : previous.join(state);
                if (joined.reachable() && !joined.equals(previous)) {
                    in.put(edge.to(), joined);
                    work.add(edge.to());
                }
            }
        }
        Map<PlStatement, GuardState> states = new IdentityHashMap<>();
        Map<Expr.FunctionCall, GuardState> atCall = new IdentityHashMap<>();
        for (Cfg.Vertex vertex : cfg.vertices()) {
            if (vertex.statement() != null) {
                GuardState state = in.getOrDefault(vertex, GuardState.unreachable());
                states.put(vertex.statement(), state);
                for (Node part : PlNodes.ownParts(vertex.statement())) {
                    AstVisitor.collect(part, Expr.FunctionCall.class).forEach(call -> atCall.put(call, state));
                }
            }
        }
        return new Result(states, atCall);
    }

    /** What a statement itself does to the state: binding variables to facts, or forgetting what they held. */
    private GuardState transfer(PlStatement statement, GuardState state) {
        if (statement instanceof PlStatement.Block block) {
            GuardState current = state;
            for (Part.PlDeclaration declaration : block.declarations()) {
                FactLiteral literal = declaration.initialValue() == null ? null : conditions.literal(declaration.initialValue(), current);
                current = current.bind(declaration.name().name(), literal);
            }
            return current;
        } else if (statement instanceof PlStatement.Assign assign) {
            Fact counted = assign.value() instanceof Expr.Subquery subquery && subquery.kind() == Expr.SubqueryKind.SCALAR
                    ? RowCount.countedRows(subquery.query()) : null;
            return counted != null ? state.bindRowCount(assign.target().toString(), counted)
                    : state.bind(assign.target().toString(), conditions.literal(assign.value(), state));
        } else if (statement instanceof PlStatement.Sql sql) {
            return selectInto(sql, state);
        } else if (statement instanceof PlStatement.Execute execute) {
            return unbind(execute.into(), state);
        } else if (statement instanceof PlStatement.GetDiagnostics diagnostics) {
            return unbind(diagnostics.targets(), state);
        } else if (statement instanceof PlStatement.Loop loop) {
            return unbind(loop.targets(), state);
        }
        return state;
    }

    /**
     * {@code SELECT pg_is_in_recovery() INTO rec}: the variable now holds the fact;
     * {@code SELECT count(*) INTO n FROM pg_event_trigger_ddl_commands()}: it holds the row count;
     * {@code SELECT rolsuper INTO is_super FROM pg_roles WHERE ...}: it holds what a lookup over a
     * table can stand for ({@link Conditions#selectedFromTable}).
     */
    private GuardState selectInto(PlStatement.Sql sql, GuardState state) {
        if (sql.into().isEmpty()) {
            return state;
        }
        Fact counted = sql.statement() instanceof Statement.Select select && sql.into().size() == 1
                ? RowCount.countedRows(select) : null;
        if (counted != null) {
            return state.bindRowCount(sql.into().get(0).toString(), counted);
        }
        if (sql.statement() instanceof Statement.Select select && select.targets().size() == sql.into().size()) {
            GuardState result = state;
            for (int i = 0; i < select.targets().size(); i++) {
                Expr target = select.targets().get(i);
                FactLiteral literal = select.from().isEmpty() ? conditions.literal(target, state)
                        : conditions.selectedFromTable(select, target);
                result = result.bind(sql.into().get(i).toString(), literal);
            }
            return result;
        }
        return unbind(sql.into(), state);
    }

    private static GuardState unbind(List<Part.QualifiedName> targets, GuardState state) {
        GuardState result = state;
        for (Part.QualifiedName target : targets) {
            result = result.bind(target.toString(), null);
        }
        return result;
    }
}

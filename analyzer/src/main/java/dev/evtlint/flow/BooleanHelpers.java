package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The project's boolean functions read as guards: what holds when a function returns true and what
 * holds when it returns false. A helper {@code is_standby()} that returns {@code pg_is_in_recovery()}
 * (or {@code is_primary()} returning {@code NOT pg_is_in_recovery() AND ...}) then guards exactly
 * as the call it wraps. A PL/pgSQL function is read over its own dataflow, each RETURN's value on
 * the paths that reach it; a LANGUAGE sql function from its last statement, a SELECT of one value.
 */
final class BooleanHelpers {

    /** What holds on the paths where the function returns true, and where it returns false. */
    record Outcome(GuardState whenTrue, GuardState whenFalse) {

        /** The fact the result stands for, when it is known to be one value on one side and the other on the other. */
        FactLiteral asLiteral() {
            for (Fact fact : Fact.values()) {
                Boolean onTrue = whenTrue.known(fact);
                Boolean onFalse = whenFalse.known(fact);
                if (onTrue != null && onFalse != null && !onTrue.equals(onFalse)) {
                    return new FactLiteral(fact, onTrue);
                }
            }
            return null;
        }
    }

    private final Map<Expr.FunctionCall, FunctionDef> callees = new IdentityHashMap<>();
    private final Map<FunctionDef, Optional<Outcome>> outcomes = new IdentityHashMap<>();
    /** Functions being read, so that a recursive helper is taken as telling nothing. */
    private final Set<FunctionDef> reading = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Function<FunctionDef, Cfg> graphs;
    private final Conditions conditions;
    private final GuardDataflow dataflow;

    BooleanHelpers(ProjectModel model, BuiltinFunctions builtins, Function<FunctionDef, Cfg> graphs) {
        this.graphs = graphs;
        model.definitions().forEach(function -> model.callees(function).forEach(site -> callees.put(site.call(), site.callee())));
        this.conditions = new Conditions(builtins, this);
        this.dataflow = new GuardDataflow(conditions);
    }

    /** The reader of conditions that knows these helpers. */
    Conditions conditions() {
        return conditions;
    }

    /** What a call of one of the project's functions tells, or null when it tells nothing evtlint can read. */
    Outcome of(Expr.FunctionCall call) {
        FunctionDef function = callees.get(call);
        if (function == null || reading.contains(function)) {
            return null;
        }
        Optional<Outcome> known = outcomes.get(function);
        if (known == null) {
            reading.add(function);
            known = Optional.ofNullable(function.body() != null ? ofPlPgSql(function) : ofSql(function.sqlStatements()));
            reading.remove(function);
            outcomes.put(function, known);
        }
        return known.orElse(null);
    }

    /**
     * Joins, over every RETURN that a path reaches, the state there refined by its value being true
     * (or false). A RETURN without a value (OUT parameters) or a set-returning one tells nothing.
     */
    private Outcome ofPlPgSql(FunctionDef function) {
        Cfg cfg = graphs.apply(function);
        GuardDataflow.Result result = dataflow.analyse(cfg, GuardState.unknown());
        GuardState whenTrue = GuardState.unreachable();
        GuardState whenFalse = GuardState.unreachable();
        boolean returns = false;
        for (Map.Entry<PlStatement, GuardState> entry : result.before().entrySet()) {
            if (!(entry.getKey() instanceof PlStatement.Return leave) || !entry.getValue().reachable()) {
                continue;
            }
            if (leave.kind() != PlStatement.ReturnKind.RETURN || leave.value() == null) {
                return null;
            }
            returns = true;
            whenTrue = whenTrue.join(conditions.refine(leave.value(), true, entry.getValue()).withoutVariables());
            whenFalse = whenFalse.join(conditions.refine(leave.value(), false, entry.getValue()).withoutVariables());
        }
        // a function that never returns (it always raises) is left alone rather than made to cut paths off
        return returns ? new Outcome(whenTrue, whenFalse) : null;
    }

    private Outcome ofSql(List<Statement> statements) {
        if (statements.isEmpty() || !(statements.get(statements.size() - 1) instanceof Statement.Select select)
                || !select.from().isEmpty() || select.where() != null || select.targets().size() != 1 || !select.setOperands().isEmpty()) {
            return null;
        }
        Expr value = select.targets().get(0);
        return new Outcome(conditions.refine(value, true, GuardState.unknown()),
                conditions.refine(value, false, GuardState.unknown()));
    }
}

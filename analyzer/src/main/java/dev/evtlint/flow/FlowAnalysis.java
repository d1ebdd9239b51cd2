package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guard facts for every function an event trigger reaches: a trigger's own function starts with
 * nothing known; a function it calls starts with what holds at its call sites, so a guard in a
 * caller protects the callee. PL/pgSQL bodies are analysed over their {@link Cfg}; the statements
 * of a LANGUAGE sql body run one after the other with what holds on entry. Computed once per run,
 * to a fixed point over the call graph.
 */
public final class FlowAnalysis {
    private final ProjectModel model;
    private final BuiltinFunctions builtins;
    private final StandbyWrites standbyWrites;
    private final GuardDataflow dataflow;
    private final ErrorPropagation errors;
    /** The graphs of PL/pgSQL bodies, functions' and DO blocks', by the body's identity. */
    private final Map<PlStatement.Block, Cfg> graphs = new IdentityHashMap<>();
    private final Map<FunctionDef, GuardState> entries = new IdentityHashMap<>();
    private final Map<FunctionDef, GuardDataflow.Result> results = new IdentityHashMap<>();

    public FlowAnalysis(ProjectModel model) {
        this.model = model;
        this.builtins = BuiltinFunctions.get();
        this.standbyWrites = new StandbyWrites(builtins);
        this.dataflow = new GuardDataflow(new BooleanHelpers(model, builtins, this::cfg).conditions());
        this.errors = new ErrorPropagation(model, this, standbyWrites);
        Deque<FunctionDef> work = new ArrayDeque<>();
        for (EventTriggerDef trigger : model.triggerRuns()) {
            if (trigger.function() != null && entries.put(trigger.function(), GuardState.unknown()) == null) {
                work.add(trigger.function());
            }
        }
        while (!work.isEmpty()) {
            FunctionDef function = work.poll();
            GuardDataflow.Result result = analyse(function);
            results.put(function, result);
            for (CallSite site : model.callees(function)) {
                GuardState atCall = result.atCall().getOrDefault(site.call(), GuardState.unreachable()).withoutVariables();
                GuardState previous = entries.get(site.callee());
                GuardState joined = previous == null ? atCall : previous.join(atCall);
                if (!joined.equals(previous)) {
                    entries.put(site.callee(), joined);
                    work.add(site.callee());
                }
            }
        }
    }

    private GuardDataflow.Result analyse(FunctionDef function) {
        GuardState entry = entries.get(function);
        Cfg cfg = cfg(function);
        if (cfg != null) {
            return dataflow.analyse(cfg, entry);
        }
        Map<Expr.FunctionCall, GuardState> atCall = new IdentityHashMap<>();
        for (Statement statement : function.sqlStatements()) {
            AstVisitor.collect(statement, Expr.FunctionCall.class).forEach(call -> atCall.put(call, entry));
        }
        return new GuardDataflow.Result(Map.of(), atCall);
    }

    /** The built-in function facts the analysis used. */
    public BuiltinFunctions builtins() {
        return builtins;
    }

    /**
     * Whether no path of a PL/pgSQL function's body returns when a command of {@code tag} fires it
     * ({@link Cfg#mayReturnFor}): for the model, which cannot ask the flow analysis it is built before.
     */
    public static boolean neverReturnsFor(FunctionDef function, String tag) {
        return function.body() != null && !Cfg.of(function.body()).mayReturnFor(tag);
    }

    /** The model the analysis reads. */
    ProjectModel model() {
        return model;
    }

    /**
     * The control-flow graph of a PL/pgSQL function, or null for other bodies. Synchronized: rules
     * run on several threads, and a graph not built by the analysis itself is built on first use.
     */
    public Cfg cfg(FunctionDef function) {
        return function.body() == null ? null : cfg(function.body());
    }

    /** The graph of a PL/pgSQL body, a function's or a DO block's. */
    synchronized Cfg cfg(PlStatement.Block body) {
        return graphs.computeIfAbsent(body, Cfg::of);
    }

    /**
     * The statements of a function's body that run on their own: every PL/pgSQL statement in
     * source order, nested ones included, or the statements of a LANGUAGE sql body.
     */
    public List<Node> statements(FunctionDef function) {
        List<Node> statements = new ArrayList<>();
        if (function.body() != null) {
            PlNodes.forEachStatement(function.body(), statements::add);
        } else {
            statements.addAll(function.sqlStatements());
        }
        return statements;
    }

    /**
     * What holds before {@code statement} of {@code function} (a PL/pgSQL statement, or a statement
     * of its SQL body), over every path from every trigger; unreachable when no trigger gets there.
     */
    public GuardState before(FunctionDef function, Node statement) {
        GuardDataflow.Result result = results.get(function);
        if (result == null) {
            return GuardState.unreachable();
        }
        if (statement instanceof PlStatement pl) {
            return result.before().getOrDefault(pl, GuardState.unreachable());
        }
        return function.sqlStatements().stream().anyMatch(s -> s == statement) ? entries.get(function) : GuardState.unreachable();
    }

    /** True when {@code statement} can run while {@code fact} may be true. */
    public boolean mayHold(FunctionDef function, Node statement, Fact fact) {
        return before(function, statement).mayHold(fact);
    }

    /** True when some trigger runs {@code statement} on a path where the server may be a hot standby. */
    public boolean reachableInRecovery(FunctionDef function, Node statement) {
        return mayHold(function, statement, Fact.IN_RECOVERY);
    }

    /**
     * True when the error a hot standby raises for {@code statement} of {@code function}
     * (read_only_sql_transaction) reaches the event trigger: no EXCEPTION handler on the way, in the
     * function or its callers, catches it for good ({@link ErrorPropagation}).
     */
    public boolean standbyFailureReachesTrigger(FunctionDef function, Node statement) {
        return errors.reachesTrigger(function, statement, ErrorConditions.READ_ONLY_SQL_TRANSACTION, true);
    }

    /** The same for {@code error} (a condition name or SQLSTATE) raised by {@code statement}, on any server. */
    public boolean errorReachesTrigger(FunctionDef function, Node statement, String error) {
        return errors.reachesTrigger(function, statement, error, false);
    }

    /**
     * Whether {@code error} (a condition name or SQLSTATE; null for one not known, such as what a
     * bare RAISE re-raises, which any handler may catch), raised by {@code statement}, leaves
     * {@code function}: no EXCEPTION handler around it catches it, or the one that does raises an
     * error that leaves in turn. The one answer to "is this error caught in its function".
     */
    public boolean errorEscapes(FunctionDef function, PlStatement statement, String error) {
        return errors.escapes(function, statement, error, false);
    }

    /**
     * The same for a statement a script runs in a DO block or an installer's body: whether
     * {@code error} leaves every body on the way, the script's own DO block last, and so stops the script.
     */
    public boolean errorEscapes(ExecutedStatement executed, String error) {
        return executed.sites().stream().allMatch(site -> errors.escapes(cfg(site.body()), site.at(), error, false));
    }

    /** What {@code statement}, a statement of {@code function}'s body, does itself. */
    public Effects effects(FunctionDef function, Node statement) {
        Set<Expr.FunctionCall> own = ownCalls(statement);
        List<CallSite> calls = model.callees(function).stream().filter(site -> own.contains(site.call())).toList();
        if (statement instanceof PlStatement pl) {
            return new Effects(standbyWrites.of(pl), calls, pl instanceof PlStatement.Raise raise && raise.raisesError());
        }
        return new Effects(standbyWrites.of((Statement) statement), calls, false);
    }

    /** The calls {@code statement} makes itself, those of the statements nested in it aside. */
    static Set<Expr.FunctionCall> ownCalls(Node statement) {
        Set<Expr.FunctionCall> calls = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> parts = statement instanceof PlStatement pl ? PlNodes.ownParts(pl) : List.of(statement);
        parts.forEach(part -> calls.addAll(AstVisitor.collect(part, Expr.FunctionCall.class)));
        return calls;
    }
}

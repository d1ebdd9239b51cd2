package dev.evtlint.flow;

import dev.evtlint.ast.PlStatement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Guard facts for every function an event trigger reaches: a trigger's own function starts with
 * nothing known; a function it calls starts with what holds at its call sites, so a guard in a
 * caller protects the callee. Computed once per run, to a fixed point over the call graph.
 */
public final class FlowAnalysis {
    private final BuiltinFunctions builtins;
    private final Conditions conditions;
    private final Map<FunctionDef, GuardState> entries = new IdentityHashMap<>();
    private final Map<FunctionDef, GuardAnalysis.Result> results = new IdentityHashMap<>();

    public FlowAnalysis(ProjectModel model) {
        this.builtins = BuiltinFunctions.get();
        this.conditions = new Conditions(builtins);
        Deque<FunctionDef> work = new ArrayDeque<>();
        for (EventTriggerDef trigger : model.eventTriggers()) {
            if (trigger.function() != null && entries.put(trigger.function(), GuardState.unknown()) == null) {
                work.add(trigger.function());
            }
        }
        while (!work.isEmpty()) {
            FunctionDef function = work.poll();
            if (function.body() == null) {
                continue;
            }
            GuardAnalysis.Result result = new GuardAnalysis(conditions).analyse(function.body(), entries.get(function));
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

    /** The built-in function facts the analysis used. */
    public BuiltinFunctions builtins() {
        return builtins;
    }

    /** What holds before {@code statement} of {@code function}, over every path from every trigger. */
    public GuardState before(FunctionDef function, PlStatement statement) {
        GuardAnalysis.Result result = results.get(function);
        if (result == null) {
            return GuardState.unreachable();
        }
        return result.before().getOrDefault(statement, GuardState.unreachable());
    }

    /** True when {@code statement} can run while {@code fact} may be true. */
    public boolean mayHold(FunctionDef function, PlStatement statement, Fact fact) {
        return before(function, statement).mayHold(fact);
    }
}

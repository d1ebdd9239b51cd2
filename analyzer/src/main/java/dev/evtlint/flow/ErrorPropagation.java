package dev.evtlint.flow;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an error a statement raises reaches the event trigger (and so fails the command, or the
 * login). It leaves the statement's function unless an EXCEPTION handler catches it and the
 * handler raises no error that leaves the function, nor, on a hot standby, writes (which fails
 * there in turn); it then leaves each caller the same way, at the call sites that can run. A
 * handler that catches it and does neither lets the trigger go on: the block's subtransaction
 * rolls back, also during recovery.
 */
final class ErrorPropagation {
    private final FlowAnalysis flow;
    private final StandbyWrites standbyWrites;
    private final Set<FunctionDef> triggerFunctions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<FunctionDef, List<CallSite>> callers = new IdentityHashMap<>();

    ErrorPropagation(ProjectModel model, FlowAnalysis flow, StandbyWrites standbyWrites) {
        this.flow = flow;
        this.standbyWrites = standbyWrites;
        model.triggerRuns().stream().map(EventTriggerDef::function).forEach(triggerFunctions::add);
        for (FunctionDef caller : model.definitions()) {
            model.callees(caller).forEach(site -> callers.computeIfAbsent(site.callee(), f -> new ArrayList<>()).add(site));
        }
    }

    /**
     * Whether {@code error} (a condition name or SQLSTATE), raised by {@code statement} of
     * {@code function}, reaches the trigger; {@code onStandby}: on a hot standby, where writes in
     * handlers fail too and only call sites that run there count.
     */
    boolean reachesTrigger(FunctionDef function, Node statement, String error, boolean onStandby) {
        // The functions on the current path of calls, where a recursive call counts as reaching the
        // trigger; they wait on a stack of their own rather than the thread's, as a chain of 80,000
        // callers overflowed a recursion.
        Set<FunctionDef> calling = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Caller> path = new ArrayDeque<>();
        Outcome first = leave(function, statement, error, onStandby, calling);
        if (first != Outcome.LEAVES) {
            return first == Outcome.REACHES_TRIGGER;
        }
        path.push(enter(function, calling));
        while (!path.isEmpty()) {
            Caller current = path.peek();
            if (!current.sites().hasNext()) {
                calling.remove(current.function());
                path.pop();
                continue;
            }
            CallSite site = current.sites().next();
            Node call = callingStatement(site);
            boolean runs = call != null && (onStandby ? flow.reachableInRecovery(site.caller(), call)
                    : flow.before(site.caller(), call).reachable());
            Outcome outcome = runs ? leave(site.caller(), call, error, onStandby, calling) : Outcome.CAUGHT;
            if (outcome == Outcome.REACHES_TRIGGER) {
                return true;
            }
            if (outcome == Outcome.LEAVES) {
                path.push(enter(site.caller(), calling));
            }
        }
        return false;
    }

    /** Where an error raised by a statement goes from its function. */
    private enum Outcome { CAUGHT, REACHES_TRIGGER, LEAVES }

    /** A function the error has left, and its call sites not yet followed. */
    private record Caller(FunctionDef function, Iterator<CallSite> sites) {
    }

    private Outcome leave(FunctionDef function, Node statement, String error, boolean onStandby, Set<FunctionDef> calling) {
        Cfg cfg = flow.cfg(function);
        if (cfg != null && statement instanceof PlStatement pl && !escapes(cfg, pl, error, onStandby)) {
            return Outcome.CAUGHT;
        }
        return triggerFunctions.contains(function) || calling.contains(function) ? Outcome.REACHES_TRIGGER : Outcome.LEAVES;
    }

    private Caller enter(FunctionDef function, Set<FunctionDef> calling) {
        calling.add(function);
        return new Caller(function, callers.getOrDefault(function, List.of()).iterator());
    }

    private Node callingStatement(CallSite site) {
        for (Node statement : flow.statements(site.caller())) {
            if (FlowAnalysis.ownCalls(statement).contains(site.call())) {
                return statement;
            }
        }
        return null;
    }

    /**
     * Whether {@code error}, raised by {@code statement} of {@code function}, leaves the function:
     * always for a body without a control-flow graph (LANGUAGE sql, which has no handlers).
     */
    boolean escapes(FunctionDef function, PlStatement statement, String error, boolean onStandby) {
        Cfg cfg = flow.cfg(function);
        return cfg == null || escapes(cfg, statement, error, onStandby);
    }

    /** Whether {@code error}, raised by {@code statement}, leaves the body of {@code cfg}. */
    boolean escapes(Cfg cfg, PlStatement statement, String error, boolean onStandby) {
        Part.PlExceptionHandler handler = cfg.handlerCatching(statement, error);
        if (handler == null) {
            return true;
        }
        List<PlStatement> inHandler = new ArrayList<>();
        handler.body().forEach(top -> PlNodes.forEachStatement(top, inHandler::add));
        for (PlStatement inside : inHandler) {
            if (inside instanceof PlStatement.Raise raise && raise.raisesError()) {
                String raised = ErrorConditions.raisedBy(raise);
                if (escapes(cfg, raise, raised == null ? error : raised, onStandby)) {
                    return true;
                }
            }
            if (onStandby && standbyWrites.of(inside) != null
                    && escapes(cfg, inside, ErrorConditions.READ_ONLY_SQL_TRANSACTION, true)) {
                return true;
            }
        }
        return false;
    }
}

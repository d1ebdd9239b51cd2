package dev.evtlint.flow;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the error a hot standby raises for a statement that needs a read-write transaction
 * (read_only_sql_transaction) reaches the event trigger, and so fails a login. It leaves the
 * statement's function unless an EXCEPTION handler catches it, and the handler neither raises an
 * error that leaves the function nor writes itself; it then leaves each caller the same way, at
 * the call sites that run on a standby. A handler that catches it and does neither lets the trigger
 * go on: the block's subtransaction rolls back, also during recovery.
 */
final class StandbyFailures {
    private final FlowAnalysis flow;
    private final StandbyWrites standbyWrites;
    private final Set<FunctionDef> triggerFunctions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<FunctionDef, List<CallSite>> callers = new IdentityHashMap<>();

    StandbyFailures(ProjectModel model, FlowAnalysis flow, StandbyWrites standbyWrites) {
        this.flow = flow;
        this.standbyWrites = standbyWrites;
        model.eventTriggers().stream().map(EventTriggerDef::function).forEach(triggerFunctions::add);
        for (FunctionDef caller : model.functions()) {
            model.callees(caller).forEach(site -> callers.computeIfAbsent(site.callee(), f -> new ArrayList<>()).add(site));
        }
    }

    boolean reachTrigger(FunctionDef function, Node statement) {
        return reachTrigger(function, statement, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** {@code calling}: the functions on the current path of calls, where a recursive call counts as reaching the trigger. */
    private boolean reachTrigger(FunctionDef function, Node statement, Set<FunctionDef> calling) {
        Cfg cfg = flow.cfg(function);
        if (cfg != null && statement instanceof PlStatement pl && !escapes(cfg, pl, ErrorConditions.READ_ONLY_SQL_TRANSACTION)) {
            return false;
        }
        if (triggerFunctions.contains(function) || !calling.add(function)) {
            return true;
        }
        try {
            for (CallSite site : callers.getOrDefault(function, List.of())) {
                Node call = callingStatement(site);
                if (call != null && flow.reachableInRecovery(site.caller(), call) && reachTrigger(site.caller(), call, calling)) {
                    return true;
                }
            }
            return false;
        } finally {
            calling.remove(function);
        }
    }

    private Node callingStatement(CallSite site) {
        for (Node statement : flow.statements(site.caller())) {
            if (FlowAnalysis.ownCalls(statement).contains(site.call())) {
                return statement;
            }
        }
        return null;
    }

    /** Whether {@code error}, raised by {@code statement}, leaves the body of {@code cfg}. */
    private boolean escapes(Cfg cfg, PlStatement statement, String error) {
        Part.PlExceptionHandler handler = cfg.handlerCatching(statement, error);
        if (handler == null) {
            return true;
        }
        List<PlStatement> inHandler = new ArrayList<>();
        handler.body().forEach(top -> PlNodes.forEachStatement(top, inHandler::add));
        for (PlStatement inside : inHandler) {
            if (inside instanceof PlStatement.Raise raise && raise.raisesError()) {
                String raised = ErrorConditions.raisedBy(raise);
                if (escapes(cfg, raise, raised == null ? error : raised)) {
                    return true;
                }
            }
            if (standbyWrites.of(inside) != null && escapes(cfg, inside, ErrorConditions.READ_ONLY_SQL_TRANSACTION)) {
                return true;
            }
        }
        return false;
    }
}

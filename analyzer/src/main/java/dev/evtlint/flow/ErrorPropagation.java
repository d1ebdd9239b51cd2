package dev.evtlint.flow;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.MemoisedReach;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an error a statement raises reaches the event trigger (and so fails the command, or the
 * login). It leaves the statement's function unless an EXCEPTION handler catches it and the
 * handler raises no error that leaves the function, nor, on a hot standby, writes (which fails
 * there in turn); it then leaves each caller the same way, at the call sites that can run. A
 * handler that catches it and does neither lets the trigger go on: the block's subtransaction
 * rolls back, also during recovery. A function that the error leaves and that it leaves again
 * through a chain of its callers (a recursion) counts as reaching the trigger.
 */
final class ErrorPropagation {
    private final FlowAnalysis flow;
    private final StandbyWrites standbyWrites;
    private final Set<FunctionDef> triggerFunctions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<FunctionDef, List<CallSite>> callers = new IdentityHashMap<>();
    /** The statement of its caller's body that makes each call, looked for once. */
    private final Map<CallSite, Optional<Node>> callingStatements = new IdentityHashMap<>();
    /**
     * Per error and server: which functions an error that left them goes on to the trigger from. A
     * walk of paths rather than functions took 2^N steps over a ladder of N diamonds of callers.
     */
    private final Map<Question, MemoisedReach<FunctionDef>> answers = new HashMap<>();

    /** An error, and whether it is raised on a hot standby. */
    private record Question(String error, boolean onStandby) {
    }

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
     * handlers fail too and only call sites that run there count. Synchronized: rules run on
     * several threads, and the answers are kept for all of them.
     */
    synchronized boolean reachesTrigger(FunctionDef function, Node statement, String error, boolean onStandby) {
        if (!leaves(function, statement, error, onStandby)) {
            return false;
        }
        if (triggerFunctions.contains(function)) {
            return true;
        }
        Question question = new Question(error, onStandby);
        return answers.computeIfAbsent(question, q -> new MemoisedReach<>(left -> callersLeft(left, q), triggerFunctions::contains, true))
                .reaches(function);
    }

    /** How many functions the error was followed out of, over every question asked so far: for tests of the cost. */
    synchronized int functionsFollowed() {
        return answers.values().stream().mapToInt(MemoisedReach::expanded).sum();
    }

    /** The callers of {@code function} that the error, having left it, leaves too: at a call site that runs, uncaught there. */
    private List<FunctionDef> callersLeft(FunctionDef function, Question question) {
        List<FunctionDef> left = new ArrayList<>();
        for (CallSite site : callers.getOrDefault(function, List.of())) {
            Node call = callingStatement(site);
            boolean runs = call != null && (question.onStandby() ? flow.reachableInRecovery(site.caller(), call)
                    : flow.before(site.caller(), call).reachable());
            if (runs && leaves(site.caller(), call, question.error(), question.onStandby())) {
                left.add(site.caller());
            }
        }
        return left;
    }

    /** Whether the error that {@code statement} raises leaves {@code function}: no handler there catches it for good. */
    private boolean leaves(FunctionDef function, Node statement, String error, boolean onStandby) {
        Cfg cfg = flow.cfg(function);
        return cfg == null || !(statement instanceof PlStatement pl) || escapes(cfg, pl, error, onStandby);
    }

    private Node callingStatement(CallSite site) {
        return callingStatements.computeIfAbsent(site, s -> {
            for (Node statement : flow.statements(s.caller())) {
                if (FlowAnalysis.ownCalls(statement).contains(s.call())) {
                    return Optional.of(statement);
                }
            }
            return Optional.empty();
        }).orElse(null);
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

package dev.evtlint.rules;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two triggers of one event whose result depends on which fires first, when byte order of their
 * names makes the wrong one fire first: an earlier trigger reads a table, sequence or setting that
 * a later one writes (so it never sees the write), or an earlier trigger does work a rollback cannot
 * undo (dblink, nextval) before a later one vetoes the command with an error.
 */
@RuleMeta(id = "EVT301", name = "order-dependent-triggers",
        summary = "Triggers of one event that depend on a firing order their names do not give",
        severity = Severity.WARNING, category = Category.ORDERING, since = "0.1.0", tags = {"correctness"})
public final class OrderDependentTriggers implements Rule {
    /** Sequence calls, whose effect a rollback of the command does not undo (network calls are BuiltinFunctions' NETWORK). */
    private static final Set<String> SEQUENCE_CALLS = Set.of("nextval", "setval");

    @Override
    public void check(RuleContext context) {
        Map<EventTriggerDef, StateAccess> accesses = new IdentityHashMap<>();
        Set<String> reported = new HashSet<>();
        for (String event : EventTriggerDef.EVENTS) {
            for (boolean replica : new boolean[] {false, true}) {
                List<EventTriggerDef> firing = context.model().firingOrder(event, replica);
                List<EventTriggerDef> readable = firing.stream()
                        .filter(trigger -> trigger.function() != null && trigger.function().body() != null).toList();
                for (int later = 1; later < readable.size(); later++) {
                    for (int earlier = 0; earlier < later; earlier++) {
                        EventTriggerDef first = readable.get(earlier);
                        EventTriggerDef second = readable.get(later);
                        if (sharesACommand(first, second) && reported.add(first.name() + "\0" + second.name())) {
                            check(context, firing, first, second, accesses);
                        }
                    }
                }
            }
        }
    }

    private static void check(RuleContext context, List<EventTriggerDef> firing, EventTriggerDef first,
                              EventTriggerDef second, Map<EventTriggerDef, StateAccess> accesses) {
        StateAccess early = accesses.computeIfAbsent(first, t -> StateAccess.of(context.model(), t.function()));
        StateAccess late = accesses.computeIfAbsent(second, t -> StateAccess.of(context.model(), t.function()));
        String order = "PostgreSQL fires " + first.event() + " triggers in byte order of their names: "
                + firing.stream().map(EventTriggerDef::name).collect(Collectors.joining(", "));
        // Two triggers that run the same function do the same to the state whichever fires first.
        // Any other earlier reader misses the later write, also when it writes the state itself
        // (it marks the rows it read, or reads back its own insert): what the later trigger adds
        // comes too late for it.
        if (first.function() == second.function()) {
            return;
        }
        for (StateAccess.Access write : late.writes()) {
            StateAccess.Access read = early.firstRead(write.state());
            if (read != null) {
                String what = write.state().describe();
                report(context, first, second)
                        .message("event trigger " + second.name() + " fires after " + first.name() + " on " + first.event()
                                + ", so " + first.name() + " reads " + what + " before " + second.name() + " writes it: "
                                + first.name() + " never sees that write (" + order + ")")
                        .help("rename the triggers so that " + second.name() + " sorts before " + first.name()
                                + " in byte order (e.g. a common prefix with padded numbers: trg_01_..., trg_02_...)")
                        .related(read.function().file(), read.at(), first.name() + " reads " + what + " here")
                        .related(write.function().file(), write.at(), second.name() + " writes " + what + " here");
                return;
            }
        }
        Node sideEffect = firstIrreversibleCall(context, first);
        Node veto = sideEffect == null ? null : firstVeto(context, second);
        if (veto != null) {
            report(context, first, second)
                    .message("event trigger " + second.name() + " can veto the command with an error, but fires after "
                            + first.name() + " on " + first.event() + ", whose " + describe(sideEffect) + " a rollback "
                            + "does not undo: the vetoed command leaves that effect behind (" + order + ")")
                    .help("rename the triggers so that " + second.name() + " sorts before " + first.name()
                            + " in byte order, so the veto comes before work that cannot be rolled back")
                    .related(first.function().file(), sideEffect, first.name() + " works outside the transaction here")
                    .related(second.function().file(), veto, second.name() + " raises here");
        }
    }

    private static FindingBuilder report(RuleContext context, EventTriggerDef first, EventTriggerDef second) {
        return context.report(second.file(), second.definition())
                .related(first.file(), first.definition(), "event trigger " + first.name() + ", which fires first");
    }

    /** Whether some command fires both: no tag filter, or a tag in both filters. */
    private static boolean sharesACommand(EventTriggerDef a, EventTriggerDef b) {
        Set<String> tagsOfA = tags(a);
        Set<String> tagsOfB = tags(b);
        return tagsOfA.isEmpty() || tagsOfB.isEmpty() || tagsOfA.stream().anyMatch(tagsOfB::contains);
    }

    private static Set<String> tags(EventTriggerDef trigger) {
        return trigger.tags().stream().map(literal -> CommandTagFacts.asciiUpper(literal.value())).collect(Collectors.toSet());
    }

    /** The first call in the trigger's functions whose effect outlives a rollback: network access, nextval, setval. */
    private static Node firstIrreversibleCall(RuleContext context, EventTriggerDef trigger) {
        BuiltinFunctions builtins = context.flow().builtins();
        for (FunctionDef function : StateAccess.reachable(context.model(), trigger.function())) {
            for (Expr.FunctionCall call : OwnBody.calls(function)) {
                if (builtins.has(call, BuiltinFunctions.Effect.NETWORK) || SEQUENCE_CALLS.stream().anyMatch(call::calls)) {
                    return call;
                }
            }
        }
        return null;
    }

    /** The first RAISE EXCEPTION or ASSERT in the trigger's functions that no EXCEPTION block around it catches. */
    private static Node firstVeto(RuleContext context, EventTriggerDef trigger) {
        for (FunctionDef function : StateAccess.reachable(context.model(), trigger.function())) {
            List<PlStatement> vetoes = new ArrayList<>();
            PlNodes.forEachUncaughtStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Raise raise && raise.raisesError() || statement instanceof PlStatement.Assert) {
                    vetoes.add(statement);
                }
            });
            if (!vetoes.isEmpty()) {
                return vetoes.get(0);
            }
        }
        return null;
    }

    private static String describe(Node call) {
        return call instanceof Expr.FunctionCall function ? function.name() + "() call" : "work";
    }
}

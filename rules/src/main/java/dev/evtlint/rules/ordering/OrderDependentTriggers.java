package dev.evtlint.rules.ordering;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.BuiltinFunctions;
import dev.evtlint.flow.ErrorConditions;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.flow.StateAccess;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.FindingBuilder;
import dev.evtlint.rule.MessageLists;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    /** What a failing ASSERT raises (SQLSTATE P0004); even WHEN OTHERS does not catch it. */
    private static final String ASSERT_FAILURE = "assert_failure";

    @Override
    public void check(RuleContext context) {
        check(context, new FunctionBehaviours(context));
    }

    /** The check, with what each trigger function does worked out in {@code functions}. */
    static void check(RuleContext context, FunctionBehaviours functions) {
        Map<EventTriggerDef, Behaviour> behaviours = new IdentityHashMap<>();
        // Only the triggers of one database fire on its commands.
        for (Database database : context.model().databases()) {
            Set<String> reported = new HashSet<>();
            for (String event : EventTriggerDef.EVENTS) {
                for (boolean replica : new boolean[] {false, true}) {
                    List<EventTriggerDef> firing = context.model().firingOrder(event, replica, database);
                    List<Behaviour> readable = firing.stream()
                            .filter(trigger -> trigger.function() != null && trigger.function().body() != null)
                            .map(trigger -> behaviours.computeIfAbsent(trigger, t -> new Behaviour(t, functions.of(t.function())))).toList();
                    String order = "PostgreSQL fires " + event + " triggers in byte order of their names: "
                            + firing.stream().map(EventTriggerDef::name).collect(MessageLists.joining());
                    check(context, readable, order, reported);
                }
            }
        }
    }

    /**
     * Each pair of triggers in firing order where the later one can affect the earlier one: it
     * writes state the earlier one reads, or vetoes work the earlier one cannot undo. The pairs are
     * found through an index of readers by state, not by comparing every trigger with every other:
     * 10,000 triggers of one event are 50 million pairs. Pairs of triggers that run one function are
     * not looked at ({@link EarlierTriggers}).
     */
    private static void check(RuleContext context, List<Behaviour> readable, String order, Set<String> reported) {
        EarlierTriggers earlierTriggers = new EarlierTriggers();
        for (int later = 0; later < readable.size(); later++) {
            Behaviour second = readable.get(later);
            FunctionDef own = second.trigger().function();
            // What each earlier trigger would be reported for: the first write of the later trigger it reads, or a veto.
            Map<Integer, StateAccess.Access> writeRead = new HashMap<>();
            for (StateAccess.Access write : second.access().writes()) {
                earlierTriggers.forEachReader(stateKey(write.state()), own, earlier -> {
                    if (readable.get(earlier).access().firstRead(write.state()) != null) {
                        writeRead.putIfAbsent(earlier, write);
                    }
                });
            }
            Set<Integer> candidates = new TreeSet<>(writeRead.keySet());
            if (second.veto() != null) {
                earlierTriggers.forEachIrreversible(own, candidates::add);
            }
            for (int earlier : candidates) {
                Behaviour first = readable.get(earlier);
                if (sharesACommand(first, second) && reported.add(first.trigger().name() + "\0" + second.trigger().name())) {
                    report(context, first, second, writeRead.get(earlier), order);
                }
            }
            int reader = later;
            second.access().reads().stream().map(read -> stateKey(read.state())).distinct()
                    .forEach(key -> earlierTriggers.addReader(key, own, reader));
            if (second.irreversibleCall() != null) {
                earlierTriggers.addIrreversible(own, later);
            }
        }
    }

    /** What a state is indexed by: its kind and name (a schema left out matches any, see {@link StateAccess.State#sameAs}). */
    private static String stateKey(StateAccess.State state) {
        return state.kind() + "\0" + state.name();
    }

    /** A trigger, its tags, and what its function does. */
    private record Behaviour(EventTriggerDef trigger, Set<String> tags, FunctionBehaviours.FunctionBehaviour function) {
        Behaviour(EventTriggerDef trigger, FunctionBehaviours.FunctionBehaviour function) {
            this(trigger, OrderDependentTriggers.tags(trigger), function);
        }

        StateAccess access() {
            return function.access();
        }

        Node irreversibleCall() {
            return function.irreversibleCall();
        }

        Node veto() {
            return function.veto();
        }
    }

    /**
     * What the trigger functions do, each worked out once per function definition, when first
     * asked: it depends on the function only, and N triggers of one function calling a chain of N
     * functions made N squared work when it was worked out per trigger.
     */
    static final class FunctionBehaviours {
        private final RuleContext context;
        private final Map<FunctionDef, FunctionBehaviour> byFunction = new IdentityHashMap<>();
        /** How many answers (accesses, irreversible calls, vetoes) were worked out: for tests of the cost. */
        private int answersWorkedOut;

        FunctionBehaviours(RuleContext context) {
            this.context = context;
        }

        FunctionBehaviour of(FunctionDef function) {
            return byFunction.computeIfAbsent(function, FunctionBehaviour::new);
        }

        int answersWorkedOut() {
            return answersWorkedOut;
        }

        /** The accesses, first irreversible call and first veto of one function and the functions it calls. */
        private final class FunctionBehaviour {
            private final FunctionDef function;
            private StateAccess access;
            private Optional<Node> irreversibleCall;
            private Optional<Node> veto;

            FunctionBehaviour(FunctionDef function) {
                this.function = function;
            }

            StateAccess access() {
                if (access == null) {
                    answersWorkedOut++;
                    access = StateAccess.of(context.model(), function);
                }
                return access;
            }

            Node irreversibleCall() {
                if (irreversibleCall == null) {
                    answersWorkedOut++;
                    irreversibleCall = Optional.ofNullable(firstIrreversibleCall(context, function));
                }
                return irreversibleCall.orElse(null);
            }

            Node veto() {
                if (veto == null) {
                    answersWorkedOut++;
                    veto = Optional.ofNullable(firstVeto(context, function));
                }
                return veto.orElse(null);
            }
        }
    }

    /**
     * The finding for a pair: a read that misses the later write ({@code write}, when the earlier
     * trigger reads what it writes), else a veto that comes after work a rollback cannot undo.
     */
    private static void report(RuleContext context, Behaviour earlier, Behaviour later, StateAccess.Access write, String order) {
        EventTriggerDef first = earlier.trigger();
        EventTriggerDef second = later.trigger();
        // Two triggers that run the same function do the same to the state whichever fires first:
        // such pairs are never candidates. Any other earlier reader misses the later write, also
        // when it writes the state itself (it marks the rows it read, or reads back its own
        // insert): what the later trigger adds comes too late for it.
        if (write != null) {
            StateAccess.Access read = earlier.access().firstRead(write.state());
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
        Node sideEffect = earlier.irreversibleCall();
        Node veto = later.veto();
        report(context, first, second)
                .message("event trigger " + second.name() + " can veto the command with an error, but fires after "
                        + first.name() + " on " + first.event() + ", whose " + describe(sideEffect) + " a rollback "
                        + "does not undo: the vetoed command leaves that effect behind (" + order + ")")
                .help("rename the triggers so that " + second.name() + " sorts before " + first.name()
                        + " in byte order, so the veto comes before work that cannot be rolled back")
                .related(first.function().file(), sideEffect, first.name() + " works outside the transaction here")
                .related(second.function().file(), veto, second.name() + " raises here");
    }

    private static FindingBuilder report(RuleContext context, EventTriggerDef first, EventTriggerDef second) {
        return context.report(second.file(), second.definition())
                .related(first.file(), first.definition(), "event trigger " + first.name() + ", which fires first");
    }

    /** Whether some command fires both: no tag filter, or a tag in both filters. */
    private static boolean sharesACommand(Behaviour a, Behaviour b) {
        return a.tags.isEmpty() || b.tags.isEmpty() || a.tags.stream().anyMatch(b.tags::contains);
    }

    private static Set<String> tags(EventTriggerDef trigger) {
        return trigger.tags().stream().map(literal -> CommandTagFacts.asciiUpper(literal.value())).collect(Collectors.toSet());
    }

    /** The first call in a trigger function and those it calls whose effect outlives a rollback: network access, nextval, setval. */
    private static Node firstIrreversibleCall(RuleContext context, FunctionDef root) {
        BuiltinFunctions builtins = context.flow().builtins();
        for (FunctionDef function : StateAccess.reachable(context.model(), root)) {
            for (Expr.FunctionCall call : OwnBody.calls(function)) {
                if (builtins.has(call, BuiltinFunctions.Effect.NETWORK) || SEQUENCE_CALLS.stream().anyMatch(call::calls)) {
                    return call;
                }
            }
        }
        return null;
    }

    /** The first RAISE EXCEPTION or ASSERT in a trigger function and those it calls whose error leaves its function. */
    private static Node firstVeto(RuleContext context, FunctionDef root) {
        for (FunctionDef function : StateAccess.reachable(context.model(), root)) {
            List<PlStatement> vetoes = new ArrayList<>();
            PlNodes.forEachStatement(function.body(), statement -> {
                if (statement instanceof PlStatement.Raise raise && raise.raisesError()
                        && context.flow().errorEscapes(function, raise, ErrorConditions.raisedBy(raise))
                        || statement instanceof PlStatement.Assert assertion
                        && context.flow().errorEscapes(function, assertion, ASSERT_FAILURE)) {
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

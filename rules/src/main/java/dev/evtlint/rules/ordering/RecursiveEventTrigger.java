package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.flow.PlNodes;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.MessageLists;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A trigger function that runs DDL its own trigger fires on, with no recursion guard, on a path
 * that every nested firing takes again: the DDL fires the trigger, which runs the DDL again, until
 * "stack depth limit exceeded". The DDL may stand in a function the trigger function calls. Where
 * the nested firing may take another path (the DDL runs for the rows of a query, or under a
 * condition over data the DDL may change), the recursion may well end, and the rule stays silent.
 */
@RuleMeta(id = "EVT305", name = "recursive-event-trigger",
        summary = "Trigger function running DDL that fires its own trigger again", severity = Severity.WARNING,
        category = Category.ORDERING, since = "0.1.0", tags = {"correctness", "availability"})
public final class RecursiveEventTrigger implements Rule {

    @Override
    public void check(RuleContext context) {
        check(context, new Searches(context));
    }

    /** The check, with the search from each trigger function kept in {@code searches}. */
    static void check(RuleContext context, Searches searches) {
        Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        // The triggers as the scripts leave them, not earlier definitions: a cycle runs through the
        // triggers a nested command fires, which are known for the final set only.
        for (EventTriggerDef trigger : context.model().eventTriggers()) {
            FunctionDef function = trigger.function();
            if (function != null && function.body() != null) {
                for (RunStep run : searches.from(function)) {
                    if (fires(trigger, run.ddl().commandTag(), context.pgVersion()) && reported.add(run.statement())) {
                        report(context, trigger, run.walk(), run.statement(), run.ddl().commandTag());
                    }
                }
            }
        }
    }

    /**
     * The DDL that runs again on every nested firing, found by a search from each trigger function
     * once per function definition, whichever trigger it fires: the search depends on the function
     * only, and N triggers of one function calling a chain of N functions made N squared steps when
     * it ran per trigger. Which trigger the DDL fires is the caller's filter.
     */
    static final class Searches {
        private final RuleContext context;
        private final Map<FunctionDef, List<RunStep>> byFunction = new IdentityHashMap<>();
        /** How many functions the searches entered: for tests of the cost. */
        private int functionsEntered;

        Searches(RuleContext context) {
            this.context = context;
        }

        /** The DDL found from {@code function}, in the order of the search. */
        List<RunStep> from(FunctionDef function) {
            return byFunction.computeIfAbsent(function, root -> search(context, Walk.from(root), this));
        }

        int functionsEntered() {
            return functionsEntered;
        }
    }

    /**
     * A way from the trigger's function down a chain of calls ({@code caller} is the way to the
     * function that calls this one, null for the trigger's function), and what must hold along it.
     * Each step shares the way before it instead of copying it: copies made a chain of N functions
     * cost N squared.
     */
    private record Walk(FunctionDef function, Walk caller, Conditions conditions, boolean dependsOnData) {
        static Walk from(FunctionDef function) {
            return new Walk(function, null, null, false);
        }

        Walk then(PathConditions.Path path) {
            Conditions more = conditions;
            for (PathConditions.Requirement requirement : path.requirements()) {
                more = new Conditions(new Condition(function, requirement), more);
            }
            return new Walk(function, caller, more, dependsOnData || path.dependsOnData());
        }

        Walk into(FunctionDef callee) {
            return new Walk(callee, this, conditions, dependsOnData);
        }

        /** The functions from the trigger's down to this one. */
        List<FunctionDef> chain() {
            List<FunctionDef> chain = new ArrayList<>();
            for (Walk step = this; step != null; step = step.caller) {
                chain.add(step.function);
            }
            Collections.reverse(chain);
            return chain;
        }

        /** The conditions along the way, latest first (all must hold: their order does not matter). */
        List<Condition> allConditions() {
            List<Condition> all = new ArrayList<>();
            for (Conditions link = conditions; link != null; link = link.rest()) {
                all.add(link.first());
            }
            return all;
        }
    }

    /** A list of conditions that shares its tail with the list it was made from. */
    private record Conditions(Condition first, Conditions rest) {
    }

    /** A requirement of a path in {@code function}'s body. */
    private record Condition(FunctionDef function, PathConditions.Requirement requirement) {
    }

    /**
     * Looks for DDL that runs again on every nested firing in the function at the end of
     * {@code start} and in the functions it calls, depth first, in the order of the statements.
     * Each function is searched once, by the first way that reaches it: a function called from many
     * places would otherwise be searched once per way there. The functions being searched wait on
     * a stack of their own rather than the thread's: a call chain of 20,000 functions overflowed a
     * recursion.
     */
    private static List<RunStep> search(RuleContext context, Walk start, Searches searches) {
        Set<FunctionDef> searched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RunStep> found = new ArrayList<>();
        Deque<Iterator<Step>> pending = new ArrayDeque<>();
        enter(context, start, searched, pending, searches);
        while (!pending.isEmpty()) {
            Iterator<Step> steps = pending.peek();
            if (!steps.hasNext()) {
                pending.pop();
                continue;
            }
            Step step = steps.next();
            if (step instanceof CallStep call) {
                enter(context, call.walk(), searched, pending, searches);
            } else if (step instanceof RunStep run && !run.walk().dependsOnData() && everyNestedFiringRepeats(run.walk(), run.ddl())) {
                found.add(run);
            }
        }
        return found;
    }

    /** Puts the steps of the function at the end of {@code walk} on {@code pending}, unless it needs no search. */
    private static void enter(RuleContext context, Walk walk, Set<FunctionDef> searched, Deque<Iterator<Step>> pending,
                              Searches searches) {
        FunctionDef function = walk.function();
        if (!hasRecursionGuard(function) && searched.add(function)) {
            searches.functionsEntered++;
            pending.push(steps(context, walk).iterator());
        }
    }

    /**
     * What a search does in the function at the end of {@code walk}, in order: for each statement a
     * path reaches, look at the DDL it runs, then go into each function it calls.
     */
    private static List<Step> steps(RuleContext context, Walk walk) {
        FunctionDef function = walk.function();
        PathConditions paths = PathConditions.of(function.body());
        List<Step> steps = new ArrayList<>();
        PlNodes.forEachStatement(function.body(), statement -> {
            PathConditions.Path path = paths.pathTo(statement);
            if (path == null) {
                return;
            }
            Walk here = walk.then(path);
            Statement ddl = statement instanceof PlStatement.Sql sql ? sql.statement()
                    : statement instanceof PlStatement.Execute execute ? execute.statement() : null;
            if (ddl != null) {
                steps.add(new RunStep(here, statement, ddl));
            }
            for (CallSite site : context.flow().effects(function, statement).calls()) {
                if (site.callee().body() != null) {
                    steps.add(new CallStep(here.into(site.callee())));
                }
            }
        });
        return steps;
    }

    /** One step of the search in a function: a statement that runs SQL, or a call to follow. */
    private sealed interface Step permits RunStep, CallStep {
    }

    /** A DDL statement the walk runs. */
    private record RunStep(Walk walk, PlStatement statement, Statement ddl) implements Step {
    }

    /** A call the walk follows into its callee. */
    private record CallStep(Walk walk) implements Step {
    }

    /**
     * Whether every condition on the way holds again when the DDL fires the trigger: decided by the
     * DDL's tag, or over values the DDL does not change; a condition that requires names of the
     * command's objects holds again only for DDL on an object of such a name.
     */
    private static boolean everyNestedFiringRepeats(Walk walk, Statement ddl) {
        Map<FunctionDef, NestedFiringCondition> values = new IdentityHashMap<>();
        Map<FunctionDef, ObjectNameGuards> names = new IdentityHashMap<>();
        for (Condition condition : walk.allConditions()) {
            Expr test = condition.requirement().condition();
            boolean truth = condition.requirement().truth();
            if (test == null) {
                // a condition that does not parse (EVT000) could be anything
                return false;
            }
            Set<String> required = names.computeIfAbsent(condition.function(), ObjectNameGuards::of).namesRequiredBy(test);
            if (!required.isEmpty()) {
                Part.QualifiedName object = objectOf(ddl);
                if (!truth || object == null || !required.contains(object.name())) {
                    return false;
                }
                continue;
            }
            NestedFiringCondition.Value value = values.computeIfAbsent(condition.function(), NestedFiringCondition::of)
                    .evaluate(test, ddl.commandTag());
            boolean holds = value == NestedFiringCondition.Value.SAME
                    || value == (truth ? NestedFiringCondition.Value.TRUE : NestedFiringCondition.Value.FALSE);
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static void report(RuleContext context, EventTriggerDef trigger, Walk walk, PlStatement statement, String tag) {
        FunctionDef function = walk.function();
        String cycle = trigger.name() + " -> " + walk.chain().stream().map(FunctionDef::signature).collect(MessageLists.joining(" -> "))
                + " -> " + tag + " -> " + trigger.name();
        context.report(function.file(), statement)
                .message(tag + " in " + function.signature() + " fires event trigger " + trigger.name() + " ("
                        + trigger.event() + ") again, which runs it again on every nested firing (" + cycle
                        + "): the recursion ends in \"stack depth limit exceeded\"")
                .help("guard it with a session setting: return early when "
                        + "current_setting('app.in_trigger', true) = 'on', and set it with "
                        + "set_config('app.in_trigger', 'on', true) before the DDL")
                .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name());
    }

    /**
     * Whether a command with {@code tag} fires {@code trigger} on the target version: its event and
     * its tag filter (REINDEX fires event triggers only from 17 on).
     */
    private static boolean fires(EventTriggerDef trigger, String tag, int pgVersion) {
        if (trigger.isLogin() || !trigger.firesIn(false) && !trigger.firesIn(true)) {
            return false;
        }
        boolean eventFires = CommandTagFacts.lookUp(tag)
                .map(facts -> facts.eventTriggerOk() && facts.since() <= pgVersion && facts.mayFire(trigger.event())
                        && (!trigger.event().equals("table_rewrite") || facts.tableRewriteOk()))
                .orElse(false);
        if (!eventFires) {
            return false;
        }
        List<Expr.Literal> tags = trigger.tags();
        return tags.isEmpty() || tags.stream().anyMatch(literal -> CommandTagFacts.asciiUpper(literal.value()).equals(tag));
    }

    /** The object a DDL statement creates, where evtlint reads its name. */
    private static Part.QualifiedName objectOf(Statement ddl) {
        return ddl instanceof Statement.CreateFunction create ? create.name()
                : ddl instanceof Statement.CreateTable create ? create.name() : null;
    }

    /** A function that both reads and sets a session setting is taken to guard itself against recursion. */
    private static boolean hasRecursionGuard(FunctionDef function) {
        List<Expr.FunctionCall> calls = AstVisitor.collect(function.body(), Expr.FunctionCall.class);
        boolean reads = calls.stream().anyMatch(call -> call.calls("current_setting"));
        boolean sets = calls.stream().anyMatch(call -> call.calls("set_config"))
                || AstVisitor.collect(function.body(), Statement.SetConfig.class).stream().anyMatch(set -> !set.reset());
        return reads && sets;
    }
}

package dev.evtlint.flow;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known on a path through a function: for each {@link Fact}, whether it is known true,
 * known false, or unknown; which variables hold a fact (after {@code rec := pg_is_in_recovery()});
 * or that the path cannot be taken at all. Immutable; {@link #join} merges paths.
 */
public final class GuardState {
    private static final GuardState UNREACHABLE = new GuardState(false, Map.of(), Map.of());
    private static final GuardState UNKNOWN = new GuardState(true, Map.of(), Map.of());

    private final boolean reachable;
    /** Known facts; a fact that is absent is unknown. */
    private final Map<Fact, Boolean> facts;
    private final Map<String, FactLiteral> variables;
    /**
     * Variables that hold the number of rows of an event function ({@code SELECT count(*) INTO n
     * FROM pg_event_trigger_ddl_commands()}), by the fact a comparison of that number decides.
     */
    private final Map<String, Fact> rowCounts;

    private GuardState(boolean reachable, Map<Fact, Boolean> facts, Map<String, FactLiteral> variables) {
        this(reachable, facts, variables, Map.of());
    }

    private GuardState(boolean reachable, Map<Fact, Boolean> facts, Map<String, FactLiteral> variables,
                       Map<String, Fact> rowCounts) {
        this.reachable = reachable;
        this.facts = facts;
        this.variables = variables;
        this.rowCounts = rowCounts;
    }

    public static GuardState unknown() {
        return UNKNOWN;
    }

    public static GuardState unreachable() {
        return UNREACHABLE;
    }

    public boolean reachable() {
        return reachable;
    }

    /** True when the path is reachable and {@code fact} may be true on it. */
    public boolean mayHold(Fact fact) {
        return reachable && !Boolean.FALSE.equals(facts.get(fact));
    }

    /** True when the path is reachable and {@code fact} is known to be true on it. */
    public boolean holds(Fact fact) {
        return reachable && Boolean.TRUE.equals(facts.get(fact));
    }

    /** The state after learning that {@code fact} has {@code value}; unreachable if that contradicts it. */
    public GuardState assume(Fact fact, boolean value) {
        if (!reachable) {
            return this;
        }
        Boolean known = facts.get(fact);
        if (known != null) {
            return known == value ? this : UNREACHABLE;
        }
        Map<Fact, Boolean> updated = new EnumMap<>(Fact.class);
        updated.putAll(facts);
        updated.put(fact, value);
        GuardState assumed = new GuardState(true, updated, variables, rowCounts);
        FactLiteral implied = fact.implied(value);
        return implied == null ? assumed : assumed.assume(implied.fact(), implied.positive());
    }

    /** The state after learning every fact {@code known} holds; unreachable if they contradict it or it is unreachable. */
    public GuardState assumeAll(GuardState known) {
        GuardState result = known.reachable ? this : UNREACHABLE;
        for (Map.Entry<Fact, Boolean> fact : known.facts.entrySet()) {
            result = result.assume(fact.getKey(), fact.getValue());
        }
        return result;
    }

    /** The fact known on this path, or null when it is unknown. */
    Boolean known(Fact fact) {
        return facts.get(fact);
    }

    /** The fact a variable holds, or null. */
    public FactLiteral variable(String name) {
        return variables.get(name);
    }

    /** The state after {@code name} is assigned a value that means {@code literal} (null: nothing known). */
    public GuardState bind(String name, FactLiteral literal) {
        if (!reachable || Objects.equals(variables.get(name), literal) && !rowCounts.containsKey(name)) {
            return this;
        }
        Map<String, FactLiteral> updated = new HashMap<>(variables);
        if (literal == null) {
            updated.remove(name);
        } else {
            updated.put(name, literal);
        }
        Map<String, Fact> counts = new HashMap<>(rowCounts);
        counts.remove(name);
        return new GuardState(true, facts, updated, counts);
    }

    /** The fact decided by comparing the number a variable holds, when it holds an event function's row count; or null. */
    public Fact rowCount(String name) {
        return rowCounts.get(name);
    }

    /** The state after {@code name} is assigned the number of rows of the event function whose size {@code fact} is about. */
    GuardState bindRowCount(String name, Fact fact) {
        GuardState unbound = bind(name, null);
        if (!reachable || fact.equals(rowCounts.get(name))) {
            return this;
        }
        Map<String, Fact> counts = new HashMap<>(unbound.rowCounts);
        counts.put(name, fact);
        return new GuardState(true, unbound.facts, unbound.variables, counts);
    }

    /** The state on entry to a called function: the facts carry over, the caller's variables do not. */
    public GuardState withoutVariables() {
        return !reachable || variables.isEmpty() && rowCounts.isEmpty() ? this : new GuardState(true, facts, Map.of());
    }

    /** What holds on either path. */
    public GuardState join(GuardState other) {
        if (!other.reachable) {
            return this;
        }
        if (!reachable) {
            return other;
        }
        if (this.equals(other)) {
            return this;
        }
        Map<Fact, Boolean> common = new EnumMap<>(Fact.class);
        facts.forEach((fact, value) -> {
            if (value.equals(other.facts.get(fact))) {
                common.put(fact, value);
            }
        });
        Map<String, FactLiteral> commonVariables = new HashMap<>();
        variables.forEach((name, literal) -> {
            if (literal.equals(other.variables.get(name))) {
                commonVariables.put(name, literal);
            }
        });
        Map<String, Fact> commonCounts = new HashMap<>();
        rowCounts.forEach((name, fact) -> {
            if (fact.equals(other.rowCounts.get(name))) {
                commonCounts.put(name, fact);
            }
        });
        return new GuardState(true, common, commonVariables, commonCounts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuardState other && reachable == other.reachable && facts.equals(other.facts)
                && variables.equals(other.variables) && rowCounts.equals(other.rowCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reachable, facts, variables, rowCounts);
    }

    @Override
    public String toString() {
        return reachable ? "GuardState" + facts + variables + rowCounts : "GuardState[unreachable]";
    }
}

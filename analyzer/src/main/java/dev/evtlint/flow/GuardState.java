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

    private GuardState(boolean reachable, Map<Fact, Boolean> facts, Map<String, FactLiteral> variables) {
        this.reachable = reachable;
        this.facts = facts;
        this.variables = variables;
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
        GuardState assumed = new GuardState(true, updated, variables);
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
        if (!reachable || Objects.equals(variables.get(name), literal)) {
            return this;
        }
        Map<String, FactLiteral> updated = new HashMap<>(variables);
        if (literal == null) {
            updated.remove(name);
        } else {
            updated.put(name, literal);
        }
        return new GuardState(true, facts, updated);
    }

    /** The state on entry to a called function: the facts carry over, the caller's variables do not. */
    public GuardState withoutVariables() {
        return !reachable || variables.isEmpty() ? this : new GuardState(true, facts, Map.of());
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
        return new GuardState(true, common, commonVariables);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuardState other && reachable == other.reachable && facts.equals(other.facts)
                && variables.equals(other.variables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reachable, facts, variables);
    }

    @Override
    public String toString() {
        return reachable ? "GuardState" + facts + variables : "GuardState[unreachable]";
    }
}

package dev.evtlint.rules.ordering;

import dev.evtlint.model.FunctionDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The triggers of one event seen so far in firing order (by their index), by the states they read
 * and the irreversible work they do, each grouped by the function it runs: a later trigger finds the
 * earlier ones it can affect without looking at those that run its own function. Two triggers of one
 * function do the same to the state whichever fires first, so such a pair gives no finding, and
 * 10,000 triggers of one function that reads and writes one table are 50 million such pairs.
 */
final class EarlierTriggers {
    private final Map<String, Map<FunctionDef, List<Integer>>> readersByState = new HashMap<>();
    private final Map<FunctionDef, List<Integer>> irreversible = new IdentityHashMap<>();
    private long visited;

    /** Adds the trigger at {@code index}, which runs {@code function}, as a reader of the state of {@code stateKey}. */
    void addReader(String stateKey, FunctionDef function, int index) {
        readersByState.computeIfAbsent(stateKey, key -> new IdentityHashMap<>())
                .computeIfAbsent(function, f -> new ArrayList<>()).add(index);
    }

    /** Adds the trigger at {@code index}, which runs {@code function}, as one whose work a rollback does not undo. */
    void addIrreversible(FunctionDef function, int index) {
        irreversible.computeIfAbsent(function, f -> new ArrayList<>()).add(index);
    }

    /** Hands {@code action} the earlier readers of the state of {@code stateKey} that run another function than {@code own}. */
    void forEachReader(String stateKey, FunctionDef own, IntConsumer action) {
        forEachOf(readersByState.getOrDefault(stateKey, Map.of()), own, action);
    }

    /** Hands {@code action} the earlier triggers with irreversible work that run another function than {@code own}. */
    void forEachIrreversible(FunctionDef own, IntConsumer action) {
        forEachOf(irreversible, own, action);
    }

    /** How many earlier triggers were handed out so far: for tests of the cost. */
    long visited() {
        return visited;
    }

    private void forEachOf(Map<FunctionDef, List<Integer>> byFunction, FunctionDef own, IntConsumer action) {
        byFunction.forEach((function, indexes) -> {
            if (function != own) {
                visited += indexes.size();
                indexes.forEach(action::accept);
            }
        });
    }
}

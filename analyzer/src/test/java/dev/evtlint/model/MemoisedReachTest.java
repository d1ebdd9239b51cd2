package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.concurrent.SmallStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reachability with answers kept per node: what it answers on cycles and joins, and that it looks at each node once. */
class MemoisedReachTest {

    /** Nodes 0 .. size - 1 and their successors; the node objects are the boxed indexes, one per node. */
    private static final class Graph {
        final List<Integer> nodes = new ArrayList<>();
        final List<List<Integer>> successors = new ArrayList<>();

        Graph(int size) {
            for (int i = 0; i < size; i++) {
                nodes.add(Integer.valueOf(i + 1_000_000));
                successors.add(new ArrayList<>());
            }
        }

        Graph edge(int from, int to) {
            successors.get(from).add(nodes.get(to));
            return this;
        }

        Integer node(int i) {
            return nodes.get(i);
        }

        MemoisedReach<Integer> reach(boolean cycleHolds, int... holding) {
            List<Integer> holds = new ArrayList<>();
            for (int i : holding) {
                holds.add(nodes.get(i));
            }
            return new MemoisedReach<>(node -> successors.get(node - 1_000_000), node -> holds.stream().anyMatch(h -> h == node), cycleHolds);
        }
    }

    /** A ladder of diamonds: node 3i leads to 3i + 1 and 3i + 2, both lead to 3i + 3. */
    private static Graph diamonds(int count) {
        Graph graph = new Graph(3 * count + 1);
        for (int i = 0; i < count; i++) {
            graph.edge(3 * i, 3 * i + 1).edge(3 * i, 3 * i + 2).edge(3 * i + 1, 3 * i + 3).edge(3 * i + 2, 3 * i + 3);
        }
        return graph;
    }

    @Test
    void aNodeReachesWhatItsSuccessorsReachAndNothingElse() {
        Graph graph = new Graph(4).edge(0, 1).edge(1, 2);
        MemoisedReach<Integer> reach = graph.reach(false, 2);
        assertTrue(reach.reaches(graph.node(0)));
        assertTrue(reach.reaches(graph.node(2)));
        assertFalse(reach.reaches(graph.node(3)));
        Graph away = new Graph(3).edge(1, 0).edge(1, 2);
        assertFalse(away.reach(false, 1).reaches(away.node(0)));
    }

    @Test
    void everyNodeOfACycleGetsTheAnswerOfTheWholeCycle() {
        // 0 -> 1 -> 2 -> 0, and 2 -> 3, which holds: 1 is finished inside the cycle before 3 is seen.
        Graph graph = new Graph(5).edge(0, 1).edge(1, 2).edge(2, 0).edge(2, 3).edge(4, 1);
        MemoisedReach<Integer> reach = graph.reach(false, 3);
        assertTrue(reach.reaches(graph.node(0)));
        assertTrue(reach.reaches(graph.node(1)));
        assertTrue(reach.reaches(graph.node(4)));
        Graph closed = new Graph(4).edge(0, 1).edge(1, 0).edge(2, 0).edge(3, 3);
        MemoisedReach<Integer> noTarget = closed.reach(false);
        assertFalse(noTarget.reaches(closed.node(2)));
        assertFalse(noTarget.reaches(closed.node(1)));
        assertFalse(noTarget.reaches(closed.node(3)));
    }

    @Test
    void aCycleCountsWhenAskedTo() {
        Graph graph = new Graph(5).edge(0, 1).edge(1, 2).edge(2, 1).edge(3, 3).edge(4, 0);
        MemoisedReach<Integer> reach = graph.reach(true);
        assertTrue(reach.reaches(graph.node(4)));
        assertTrue(reach.reaches(graph.node(3)));
        assertTrue(reach.reaches(graph.node(2)));
        Graph acyclic = diamonds(3);
        assertFalse(acyclic.reach(true).reaches(acyclic.node(0)));
    }

    @Test
    void eachNodeIsExpandedOnceOverAllQuestionsHoweverPathsBranchAndJoin() {
        // 2^40 paths lead from the top to the bottom; a walk of paths would not end.
        int count = 40;
        Graph graph = diamonds(count);
        MemoisedReach<Integer> nothingHolds = graph.reach(false);
        assertFalse(nothingHolds.reaches(graph.node(0)));
        for (Integer node : graph.nodes) {
            assertFalse(nothingHolds.reaches(node));
        }
        assertEquals(3 * count + 1, nothingHolds.expanded());
    }

    @Test
    void aChainOfAnyLengthIsSearchedWithoutRecursion() throws InterruptedException {
        int length = 20_000;
        Graph graph = new Graph(length);
        for (int i = 0; i + 1 < length; i++) {
            graph.edge(i, i + 1);
        }
        MemoisedReach<Integer> reach = graph.reach(false, length - 1);
        assertTrue(SmallStack.call(() -> reach.reaches(graph.node(0))));
        Map<Integer, Boolean> asked = Map.of(0, true, length / 2, true, length - 2, true);
        asked.forEach((i, expected) -> assertEquals(expected, reach.reaches(graph.node(i))));
        assertEquals(length - 1, reach.expanded());
    }
}

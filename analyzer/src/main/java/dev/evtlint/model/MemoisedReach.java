package dev.evtlint.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether a node of a directed graph (of calls, of callers) reaches a node where {@code holds} is
 * true, for questions asked about many nodes of one graph. A search per question made a chain of N
 * installers N squared, and following paths rather than nodes made a ladder of diamonds exponential;
 * here each node's answer is kept, and the strongly connected components (Tarjan's) give every node
 * of a cycle the answer of the whole cycle, so every node and edge is looked at once over all
 * questions. Nodes are told apart by identity. The nodes still to finish wait on a stack of this
 * class's own rather than the thread's: a chain of 80,000 calls overflowed a recursion.
 *
 * <p>Not thread-safe: a caller that shares one between threads synchronizes.
 */
public final class MemoisedReach<N> {
    private final Function<N, Iterable<N>> successors;
    private final Predicate<N> holds;
    private final boolean cycleHolds;
    private final Map<N, Boolean> answers = new IdentityHashMap<>();
    private int expanded;

    /**
     * {@code successors}: the nodes a node leads to, asked once per node; {@code holds}: a node whose
     * answer is yes without going on from it; {@code cycleHolds}: whether reaching a cycle (a node
     * that leads back to itself) is a yes too.
     */
    public MemoisedReach(Function<N, Iterable<N>> successors, Predicate<N> holds, boolean cycleHolds) {
        this.successors = successors;
        this.holds = holds;
        this.cycleHolds = cycleHolds;
    }

    /** Whether {@code start} holds, or leads through its successors to a node that does (or to a cycle, if that counts). */
    public boolean reaches(N start) {
        Boolean known = answers.get(start);
        return known != null ? known : search(start);
    }

    /** How many nodes' successors were asked for so far: once per node, however many questions reached it. */
    public int expanded() {
        return expanded;
    }

    /** A node being searched from: its successors not yet looked at, its place in the search, and whether it reaches yet. */
    private final class Frame {
        final N node;
        final Iterator<N> next;
        final int index;
        int lowest;
        boolean reaches;

        Frame(N node, int index) {
            this.node = node;
            this.next = successors.apply(node).iterator();
            this.index = index;
            this.lowest = index;
            expanded++;
        }
    }

    private boolean search(N start) {
        if (holds.test(start)) {
            answers.put(start, true);
            return true;
        }
        new Search().from(start);
        return answers.get(start);
    }

    /**
     * One run of Tarjan's algorithm from a node whose answer is not known: the frames on the way
     * from it, and the nodes whose component is not finished yet, each with its frame.
     */
    private final class Search {
        private final Deque<Frame> path = new ArrayDeque<>();
        private final Deque<Frame> unfinished = new ArrayDeque<>();
        private final Map<N, Frame> open = new IdentityHashMap<>();
        private int visited;

        void from(N start) {
            path.push(open(start));
            while (!path.isEmpty()) {
                Frame frame = path.peek();
                if (frame.next.hasNext()) {
                    step(frame, frame.next.next());
                    continue;
                }
                path.pop();
                boolean first = frame.lowest == frame.index;
                if (first) {
                    finishComponent(frame);
                }
                Frame parent = path.peek();
                if (parent != null) {
                    parent.lowest = Math.min(parent.lowest, frame.lowest);
                    // A finished component hands on its answer; the nodes of an unfinished one
                    // hand theirs to the component's first node, which collects them all.
                    parent.reaches |= first && answers.get(frame.node);
                }
            }
        }

        private void step(Frame frame, N successor) {
            Boolean known = answers.get(successor);
            Frame onStack = open.get(successor);
            if (known != null) {
                frame.reaches |= known;
            } else if (onStack != null) {
                // A node of an unfinished component leads back here: both are on one cycle.
                frame.lowest = Math.min(frame.lowest, onStack.index);
                frame.reaches |= cycleHolds;
            } else if (holds.test(successor)) {
                answers.put(successor, true);
                frame.reaches = true;
            } else {
                path.push(open(successor));
            }
        }

        private Frame open(N node) {
            Frame frame = new Frame(node, visited++);
            unfinished.push(frame);
            open.put(node, frame);
            return frame;
        }

        /** Gives every node of the component whose first node is {@code first} the component's answer. */
        private void finishComponent(Frame first) {
            List<Frame> members = new ArrayList<>();
            boolean reaches = false;
            Frame member;
            do {
                member = unfinished.pop();
                open.remove(member.node);
                reaches |= member.reaches;
                members.add(member);
            } while (member != first);
            for (Frame each : members) {
                answers.put(each.node, reaches);
            }
        }
    }
}

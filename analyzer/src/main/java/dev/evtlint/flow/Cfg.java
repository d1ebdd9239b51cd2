package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The control-flow graph of one PL/pgSQL body: a vertex per statement (an IF, CASE, loop or block
 * is the vertex where its conditions or declarations are evaluated), an entry, and two exits: the
 * function returns (RETURN, or the end of the body), or it fails. Edges carry the conditions known on them (the branch of an IF, a
 * WHILE's test, EXIT WHEN, ASSERT), and an EXCEPTION handler is entered from every statement its
 * block runs that may raise an error ({@link NoErrors}).
 */
public final class Cfg {
    /** Where a path is: at a statement, or at the entry or one of the exits. */
    public enum Kind { ENTRY, STATEMENT, RETURN, ERROR }

    /** A vertex; vertices are equal only to themselves, so that maps of them stay cheap. */
    public static final class Vertex {
        private final Kind kind;
        private final PlStatement statement;

        Vertex(Kind kind, PlStatement statement) {
            this.kind = kind;
            this.statement = statement;
        }

        public Kind kind() {
            return kind;
        }

        /** The statement, or null for the entry and the exits. */
        public PlStatement statement() {
            return statement;
        }

        @Override
        public String toString() {
            return kind == Kind.STATEMENT ? statement.getClass().getSimpleName() + "@" + statement.range().startLine()
                    : kind.toString();
        }
    }

    /** A condition with the value it has on an edge. */
    public record Guard(Expr condition, boolean truth) {
    }

    /**
     * An edge; {@code exceptional} ones leave a statement because it raised an error, so they start
     * from the state before it rather than after it.
     */
    public record Edge(Vertex from, Vertex to, List<Guard> guards, boolean exceptional) {
    }

    private final Vertex entry = new Vertex(Kind.ENTRY, null);
    private final Vertex returned = new Vertex(Kind.RETURN, null);
    private final Vertex failed = new Vertex(Kind.ERROR, null);
    private final Map<PlStatement, Vertex> vertices = new IdentityHashMap<>();
    /** For each statement, the handler lists of the blocks whose EXCEPTION clause protects it, innermost first. */
    private final Map<PlStatement, List<List<Part.PlExceptionHandler>>> handlersAround = new IdentityHashMap<>();
    private final Map<Vertex, List<Edge>> successors = new HashMap<>();
    private final List<Vertex> order = new ArrayList<>();

    private Cfg() {
        add(entry);
        add(returned);
        add(failed);
    }

    private void add(Vertex vertex) {
        order.add(vertex);
        successors.put(vertex, new ArrayList<>());
    }

    public static Cfg of(PlStatement.Block body) {
        Cfg cfg = new Cfg();
        Builder builder = cfg.new Builder();
        cfg.edge(cfg.entry, builder.statement(body, cfg.returned), List.of(), false);
        return cfg;
    }

    public Vertex entry() {
        return entry;
    }

    /** Where paths that RETURN, or fall off the end of the body, arrive. */
    public Vertex returned() {
        return returned;
    }

    /** Where paths that raise an error out of the body arrive. */
    public Vertex failed() {
        return failed;
    }

    /** The vertex of a statement of the body. */
    public Vertex vertex(PlStatement statement) {
        Vertex vertex = vertices.get(statement);
        if (vertex == null) {
            throw new IllegalArgumentException("not a statement of this body: " + statement);
        }
        return vertex;
    }

    /** Every vertex: the entry and the two exits, then the statements (the last of a list before the first). */
    public List<Vertex> vertices() {
        return Collections.unmodifiableList(order);
    }

    public List<Edge> successors(Vertex vertex) {
        return Collections.unmodifiableList(successors.get(vertex));
    }

    /**
     * The handler that catches {@code error} (a condition name or SQLSTATE) when {@code statement}
     * raises it: the first matching one of the innermost block around it that has one; null when the
     * error leaves the body. A handler's own statements are protected by the outer blocks only.
     * A null {@code error} is one not known (what a bare RAISE re-raises), which any handler may catch.
     */
    public Part.PlExceptionHandler handlerCatching(PlStatement statement, String error) {
        vertex(statement);
        for (List<Part.PlExceptionHandler> handlers : handlersAround.get(statement)) {
            for (Part.PlExceptionHandler handler : handlers) {
                if (error == null || ErrorConditions.catches(handler, error)) {
                    return handler;
                }
            }
        }
        return null;
    }

    /** Whether some path from the entry gets to {@code statement}, whatever the conditions on the way. */
    public boolean reachable(PlStatement statement) {
        return reachableVertices().contains(vertex(statement));
    }

    /**
     * Whether some path from the entry returns or falls off the end, whatever the conditions on the
     * way: false when every path raises an error out of the body or never ends, so that the
     * function never hands control back to its caller.
     */
    public boolean mayReturn() {
        return reachableVertices().contains(returned);
    }

    /**
     * As {@link #mayReturn()}, for a firing by a command of {@code tag} (its TG_TAG): a path through
     * a test of TG_TAG against literals ({@code tg_tag = 'DROP TABLE'}, {@code IN}, {@code <>},
     * {@code NOT IN}) takes only the branch that tag takes; other conditions may go either way.
     */
    public boolean mayReturnFor(String tag) {
        return reachableVertices(edge -> takenBy(edge, TagTest::of, tag)).contains(returned);
    }

    /**
     * As {@link #reachable}, for a firing on {@code event} (its TG_EVENT): a path through a test of
     * TG_EVENT against literals takes only the branch that event takes, so that a function shared by
     * several events can call each event's functions under the test for it.
     */
    public boolean reachableOn(PlStatement statement, String event) {
        return reachableVertices(edge -> takenBy(edge, TagTest::ofEvent, event)).contains(vertex(statement));
    }

    /** Whether {@code edge} can be taken when the variable that {@code tests} recognises has {@code value}. */
    private static boolean takenBy(Edge edge, Function<Expr, TagTest> tests, String value) {
        return edge.guards().stream().allMatch(guard -> {
            TagTest test = tests.apply(guard.condition());
            return test == null || test.holds(value) == guard.truth();
        });
    }

    /** The vertices some path from the entry gets to. */
    public Set<Vertex> reachableVertices() {
        return reachableVertices(edge -> true);
    }

    private Set<Vertex> reachableVertices(Predicate<Edge> taken) {
        Set<Vertex> seen = new HashSet<>();
        Deque<Vertex> work = new ArrayDeque<>(List.of(entry));
        while (!work.isEmpty()) {
            Vertex vertex = work.pop();
            if (seen.add(vertex)) {
                successors.get(vertex).stream().filter(taken).forEach(edge -> work.push(edge.to()));
            }
        }
        return seen;
    }

    private void edge(Vertex from, Vertex to, List<Guard> guards, boolean exceptional) {
        successors.get(from).add(new Edge(from, to, List.copyOf(guards), exceptional));
    }

    /**
     * Builds the graph backwards: each statement is given the vertex that follows it, and returns
     * its own, so a list of statements is built from its last one to its first.
     */
    private final class Builder {
        /** Loops and labelled blocks around the statement being built, innermost first: what EXIT and CONTINUE go to. */
        private final Deque<Frame> frames = new ArrayDeque<>();
        /** The vertices of each block with EXCEPTION handlers being built, innermost first. */
        private final Deque<List<Vertex>> protectedRegions = new ArrayDeque<>();
        /** The handlers of those blocks, innermost first. */
        private final Deque<List<Part.PlExceptionHandler>> enclosingHandlers = new ArrayDeque<>();

        private record Frame(String label, boolean loop, Vertex head, Vertex after) {
        }

        private Vertex statements(List<PlStatement> statements, Vertex next) {
            Vertex following = next;
            for (int i = statements.size() - 1; i >= 0; i--) {
                following = statement(statements.get(i), following);
            }
            return following;
        }

        private Vertex statement(PlStatement statement, Vertex next) {
            Vertex vertex = new Vertex(Kind.STATEMENT, statement);
            vertices.put(statement, vertex);
            handlersAround.put(statement, List.copyOf(enclosingHandlers));
            add(vertex);
            if (!NoErrors.cannotRaise(statement)) {
                protectedRegions.forEach(region -> region.add(vertex));
            }
            if (statement instanceof PlStatement.Block block) {
                block(vertex, block, next);
            } else if (statement instanceof PlStatement.If choice) {
                branches(vertex, choice.branches(), choice.elseBody(), next, next, null);
            } else if (statement instanceof PlStatement.Case choice) {
                // A CASE without ELSE raises CASE_NOT_FOUND when no branch matches.
                branches(vertex, choice.whens(), choice.elseBody(), next, failed, choice.subject());
            } else if (statement instanceof PlStatement.Loop loop) {
                loop(vertex, loop, next);
            } else if (statement instanceof PlStatement.Exit exit) {
                exit(vertex, exit, next);
            } else if (statement instanceof PlStatement.Return leave && leave.kind() == PlStatement.ReturnKind.RETURN) {
                // RETURN NEXT and RETURN QUERY add rows to the result and go on
                edge(vertex, returned, List.of(), false);
            } else if (statement instanceof PlStatement.Raise raise && raise.raisesError()) {
                edge(vertex, failed, List.of(), false);
            } else if (statement instanceof PlStatement.Assert assertion) {
                edge(vertex, next, List.of(new Guard(assertion.condition(), true)), false);
                edge(vertex, failed, List.of(new Guard(assertion.condition(), false)), false);
            } else {
                edge(vertex, next, List.of(), false);
            }
            return vertex;
        }

        /**
         * The body runs after the declarations; a handler runs after an error in any statement of
         * the body (not of the declarations, which the block's own handlers do not catch).
         */
        private void block(Vertex vertex, PlStatement.Block block, Vertex next) {
            String label = block.label() == null ? null : block.label().name();
            frames.push(new Frame(label, false, vertex, next));
            List<Vertex> region = new ArrayList<>();
            if (!block.handlers().isEmpty()) {
                protectedRegions.push(region);
                enclosingHandlers.push(block.handlers());
            }
            Vertex body = statements(block.body(), next);
            if (!block.handlers().isEmpty()) {
                protectedRegions.pop();
                enclosingHandlers.pop();
            }
            edge(vertex, body, List.of(), false);
            for (Part.PlExceptionHandler handler : block.handlers()) {
                Vertex handlerStart = statements(handler.body(), next);
                for (Vertex inside : region) {
                    edge(inside, handlerStart, List.of(), true);
                }
            }
            // the label names the whole block, its handlers included
            frames.pop();
        }

        /**
         * IF/ELSIF/ELSE and CASE: a branch is taken when its condition holds and no earlier one did;
         * the ELSE when none did, and without an ELSE the path goes to {@code noneMatched}. The
         * condition of a branch of a CASE with a {@code subject} is {@code subject = value}.
         */
        private void branches(Vertex vertex, List<Part.PlBranch> branches, List<PlStatement> elseBody, Vertex next,
                              Vertex noneMatched, Expr subject) {
            List<Guard> earlierFalse = new ArrayList<>();
            for (Part.PlBranch branch : branches) {
                List<Guard> guards = new ArrayList<>(earlierFalse);
                Expr condition = subject == null || branch.condition() == null ? branch.condition()
                        : Conditions.equality(subject, branch.condition());
                guards.add(new Guard(condition, true));
                earlierFalse.add(new Guard(condition, false));
                edge(vertex, statements(branch.body(), next), guards, false);
            }
            edge(vertex, elseBody == null ? noneMatched : statements(elseBody, next), earlierFalse, false);
        }

        private void loop(Vertex head, PlStatement.Loop loop, Vertex next) {
            frames.push(new Frame(loop.label() == null ? null : loop.label().name(), true, head, next));
            Vertex body = statements(loop.body(), head);
            frames.pop();
            switch (loop.kind()) {
                case LOOP -> edge(head, body, List.of(), false);
                case WHILE -> {
                    edge(head, body, List.of(new Guard(loop.condition(), true)), false);
                    edge(head, next, List.of(new Guard(loop.condition(), false)), false);
                }
                default -> {
                    edge(head, body, List.of(), false);
                    edge(head, next, List.of(), false);
                }
            }
        }

        /** EXIT leaves the innermost loop or the labelled loop or block; CONTINUE goes back to a loop's head. */
        private void exit(Vertex vertex, PlStatement.Exit exit, Vertex next) {
            String label = exit.label() == null ? null : exit.label().name();
            Frame target = null;
            for (Frame frame : frames) {
                boolean fits = label == null ? frame.loop() : label.equals(frame.label()) && (frame.loop() || !exit.continueLoop());
                if (fits) {
                    target = frame;
                    break;
                }
            }
            Vertex to = target == null ? failed : exit.continueLoop() ? target.head() : target.after();
            if (exit.condition() == null) {
                edge(vertex, to, List.of(), false);
            } else {
                edge(vertex, to, List.of(new Guard(exit.condition(), true)), false);
                edge(vertex, next, List.of(new Guard(exit.condition(), false)), false);
            }
        }
    }
}

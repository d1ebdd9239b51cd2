package dev.evtlint.rules.ordering;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.PlStatementWalker;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold for a run of a PL/pgSQL body to reach each of its statements: the conditions of the
 * IF, ELSIF, CASE and WHILE around it (each with the truth it needs), and the conditions under which
 * an earlier RETURN, RAISE EXCEPTION, EXIT or CONTINUE would leave first. A statement reached only
 * for the rows of a query loop, in an exception handler, or past an exit the conditions cannot
 * describe is marked as depending on data. A statement after an exit that always leaves has no path.
 */
final class PathConditions {

    /** {@code condition} must evaluate to {@code truth}. */
    record Requirement(Expr condition, boolean truth) {
    }

    /** The way to a statement: its requirements, and whether data decides beyond them. */
    record Path(List<Requirement> requirements, boolean dependsOnData) {
        Path with(Requirement requirement) {
            List<Requirement> more = new ArrayList<>(requirements);
            more.add(requirement);
            return new Path(List.copyOf(more), dependsOnData);
        }

        Path onData() {
            return new Path(requirements, true);
        }
    }

    private final Map<PlStatement, Path> paths = new IdentityHashMap<>();

    private PathConditions(PlStatement.Block body) {
        new PathWalk().walk(body, new Path(List.of(), false));
    }

    static PathConditions of(PlStatement.Block body) {
        return new PathConditions(body);
    }

    /** The way to {@code statement}; null when no run reaches it. */
    Path pathTo(PlStatement statement) {
        return paths.get(statement);
    }

    /** Records the path to each statement: a branch adds its condition, a handler runs on data. */
    private final class PathWalk extends PlStatementWalker<Path> {
        @Override
        protected void statements(List<PlStatement> statements, Path entry) {
            Path path = entry;
            for (PlStatement statement : statements) {
                paths.put(statement, path);
                statement(statement, path);
                if (alwaysLeaves(statement)) {
                    return;
                }
                path = pastExits(statement, path);
            }
        }

        @Override
        protected void ifStatement(PlStatement.If ifStatement, Path path) {
            Path branchPath = path;
            for (Part.PlBranch branch : ifStatement.branches()) {
                statements(branch.body(), branchPath.with(new Requirement(branch.condition(), true)));
                branchPath = branchPath.with(new Requirement(branch.condition(), false));
            }
            if (ifStatement.elseBody() != null) {
                statements(ifStatement.elseBody(), branchPath);
            }
        }

        @Override
        protected void caseStatement(PlStatement.Case caseStatement, Path path) {
            Path branchPath = path;
            for (Part.PlBranch branch : caseStatement.whens()) {
                Expr test = caseTest(caseStatement.subject(), branch.condition());
                statements(branch.body(), branchPath.with(new Requirement(test, true)));
                branchPath = branchPath.with(new Requirement(test, false));
            }
            if (caseStatement.elseBody() != null) {
                statements(caseStatement.elseBody(), branchPath);
            }
        }

        @Override
        protected void loop(PlStatement.Loop loop, Path path) {
            statements(loop.body(), loopPath(loop, path));
        }

        @Override
        protected void handler(Part.PlExceptionHandler handler, Path path) {
            statements(handler.body(), path.onData());
        }
    }

    /** {@code WHEN value} of a CASE with a subject as the test {@code subject IN (value)}. */
    private static Expr caseTest(Expr subject, Expr value) {
        return subject == null || value == null ? value : new Expr.Operator(value.range(), "IN", List.of(subject, value));
    }

    /**
     * A query loop runs its body once per row, which the DDL may change; a WHILE loop while its
     * condition holds; a FOR range or FOREACH as often as its bounds or array say.
     */
    private static Path loopPath(PlStatement.Loop loop, Path path) {
        return switch (loop.kind()) {
            case FOR_QUERY, FOR_EXECUTE, FOR_CURSOR -> path.onData();
            case WHILE -> path.with(new Requirement(loop.condition(), true));
            case FOR_RANGE, FOREACH -> {
                Path bounded = path;
                for (Expr bound : loop.expressions()) {
                    // a bound must come out as before: any value that is not decided stands for it
                    bounded = bounded.with(new Requirement(bound, true));
                }
                yield bounded;
            }
            case LOOP -> path;
        };
    }

    /** A statement that leaves the statement list it stands in, whatever happens. */
    private static boolean alwaysLeaves(PlStatement statement) {
        return statement instanceof PlStatement.Return
                || statement instanceof PlStatement.Raise raise && raise.raisesError()
                || statement instanceof PlStatement.Exit exit && exit.condition() == null;
    }

    /**
     * The path past {@code statement} when it may leave early: an EXIT or CONTINUE WHEN must be
     * false, an IF branch that leaves must not be taken (judged by its condition only when it leaves
     * at its top level), and any other way of leaving makes the rest depend on data.
     */
    private static Path pastExits(PlStatement statement, Path path) {
        if (statement instanceof PlStatement.Exit exit) {
            return path.with(new Requirement(exit.condition(), false));
        }
        if (!mayLeave(statement, false)) {
            return path;
        }
        if (statement instanceof PlStatement.If ifStatement) {
            Path past = path;
            for (Part.PlBranch branch : ifStatement.branches()) {
                if (branch.body().stream().anyMatch(PathConditions::alwaysLeaves)) {
                    past = past.with(new Requirement(branch.condition(), false));
                } else if (branch.body().stream().anyMatch(nested -> mayLeave(nested, false))) {
                    return path.onData();
                }
            }
            boolean elseLeaves = ifStatement.elseBody() != null
                    && ifStatement.elseBody().stream().anyMatch(nested -> mayLeave(nested, false));
            return elseLeaves ? path.onData() : past;
        }
        return path.onData();
    }

    /**
     * Whether {@code statement} may leave the list it stands in: a RETURN or RAISE EXCEPTION anywhere
     * in it, an EXIT or CONTINUE that is not inside a loop of its own.
     */
    private static boolean mayLeave(PlStatement statement, boolean insideLoop) {
        if (statement instanceof PlStatement.Exit) {
            return !insideLoop;
        }
        if (statement instanceof PlStatement.Return || statement instanceof PlStatement.Raise raise && raise.raisesError()) {
            return true;
        }
        boolean loop = insideLoop || statement instanceof PlStatement.Loop;
        return PlStatementWalker.nestedIn(statement).stream().anyMatch(inner -> mayLeave(inner, loop));
    }
}

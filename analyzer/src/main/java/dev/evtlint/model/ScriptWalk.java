package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.PlStatementWalker;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the statements scripts run, in run order. A DO block runs where it stands: the statements
 * in it (a PERFORM as its query), and the EXECUTEd text evtlint could read, run too (extension scripts create event
 * triggers this way, often inside an existence check). Every branch counts: the statement runs on
 * some path, and the conditions on that path are kept with it, also those of an earlier IF in its
 * block that may RETURN or raise. A function that creates, alters or drops event triggers (an
 * installer, or uninstaller) runs its body where a statement calls it ({@code SELECT install()},
 * {@code PERFORM}, {@code CALL}). A psql include command runs the statements of the script it names
 * where it stands ({@link Inclusions}): before the first statement that ends after it. Each script
 * starts in the database it is run against, and psql's connect commands move the rest of its
 * session to others ({@link ExecutedStatement#database()}); an installer's body runs in the
 * database of its call.
 */
final class ScriptWalk {
    /** Runs each statement as the walk reaches it, so that the functions a later statement calls are those defined by then. */
    interface Runner {
        void run(ExecutedStatement statement);

        /** The installers {@code statement} calls, as they are defined when it runs. */
        List<FunctionDef> installersCalledBy(ExecutedStatement statement);
    }

    private final List<ExecutedStatement> executed = new ArrayList<>();
    private final Runner runner;
    private final Inclusions inclusions;
    /** The script each file is, by identity: a function's body runs with the statements of the file that defines it. */
    private final Map<SourceFile, ScriptFile> scripts = new IdentityHashMap<>();
    /** The installers whose bodies run now, innermost last: one that calls itself is not entered again. */
    private final Deque<FunctionDef> running = new ArrayDeque<>();
    /** The identities of {@link #running}, to look them up without a scan per call. */
    private final Set<Integer> runningIdentities = new HashSet<>();
    private final Set<Integer> called = new HashSet<>();

    private ScriptWalk(List<ScriptFile> files, Inclusions inclusions, Runner runner) {
        this.runner = runner;
        this.inclusions = inclusions;
        files.forEach(script -> scripts.put(script.source(), script));
    }

    /**
     * The statements in run order, each run by {@code runner} before the next one is walked: those
     * of {@code scriptsInRunOrder}, with those of the scripts {@code inclusions} runs where they are included.
     */
    static Walked of(List<ScriptFile> scriptsInRunOrder, Inclusions inclusions, Runner runner) {
        ScriptWalk walk = new ScriptWalk(inclusions.allRunning(scriptsInRunOrder), inclusions, runner);
        for (ScriptFile script : scriptsInRunOrder) {
            walk.script(script);
        }
        return new Walked(List.copyOf(walk.executed), Set.copyOf(walk.called));
    }

    private void script(ScriptFile script) {
        // each script is a psql run of its own, against the database it is run against
        inclusions.forEachStatement(script, Database.DEFAULT, (in, statement, database) -> {
            List<Step> steps = new ArrayList<>();
            statement(statement, List.of(), List.of(), List.of(), steps);
            run(new Frame(null, in, database, steps));
        });
    }

    /** The statements run, and the identities of the installers the scripts called. */
    record Walked(List<ExecutedStatement> statements, Set<Integer> calledInstallers) {
    }

    /**
     * A statement to run, with the conditions and handlers around it and where it stands in each
     * PL/pgSQL body on the way out ({@link ExecutedStatement#sites()}).
     */
    private record Step(Statement statement, List<Node> conditions, List<Part.PlExceptionHandler> handlers,
                        List<ExecutedStatement.Site> sites) {
    }

    /**
     * The statements of a script's statement, or of an installer's body (with its own file's
     * positions), still to run, in the database of the script's statement; an installer is running
     * from the moment its first statement is taken.
     */
    private static final class Frame {
        private final FunctionDef installer;
        private final ScriptFile file;
        private final Database database;
        private final Iterator<Step> steps;
        private boolean entered;

        Frame(FunctionDef installer, ScriptFile file, Database database, List<Step> steps) {
            this.installer = installer;
            this.file = file;
            this.database = database;
            this.steps = steps.iterator();
        }
    }

    /**
     * Runs the statements of {@code top}; an installer a statement calls runs its body right after
     * it, under the conditions and handlers of the call. The bodies being run wait on a stack of
     * their own rather than the thread's: a chain of installers each calling the next is as deep as
     * it is long, and 5,000 of them overflowed a recursion.
     */
    private void run(Frame top) {
        Deque<Frame> frames = new ArrayDeque<>(List.of(top));
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (frame.installer != null && !frame.entered) {
                frame.entered = true;
                running.addLast(frame.installer);
                runningIdentities.add(frame.installer.identity());
                called.add(frame.installer.identity());
            }
            if (!frame.steps.hasNext()) {
                frames.pop();
                if (frame.installer != null) {
                    running.removeLast();
                    runningIdentities.remove(frame.installer.identity());
                }
                continue;
            }
            Step next = frame.steps.next();
            ExecutedStatement step = new ExecutedStatement(frame.file, next.statement(), next.conditions(), next.handlers(),
                    next.sites(), running.peekLast(), frame.database);
            executed.add(step);
            runner.run(step);
            List<FunctionDef> installers = runner.installersCalledBy(step).stream()
                    .filter(installer -> !runningIdentities.contains(installer.identity())).toList();
            // pushed last to first, so that the first called runs first and each after the one before it
            for (int i = installers.size() - 1; i >= 0; i--) {
                FunctionDef installer = installers.get(i);
                frames.push(new Frame(installer, scripts.getOrDefault(installer.file(), frame.file), frame.database,
                        body(installer, next.conditions(), next.handlers(), next.sites())));
            }
        }
    }

    /**
     * The statements of an installer's body, under the conditions and handlers of its call, the
     * call standing at {@code runAt}.
     */
    private static List<Step> body(FunctionDef installer, List<Node> conditions, List<Part.PlExceptionHandler> handlers,
                                   List<ExecutedStatement.Site> runAt) {
        List<Step> steps = new ArrayList<>();
        if (installer.body() != null) {
            pl(installer.body(), conditions, handlers, runAt, steps);
        } else {
            installer.sqlStatements().forEach(statement -> statement(statement, conditions, handlers, runAt, steps));
        }
        return steps;
    }

    /** Adds {@code statement} to {@code steps}, followed by the statements of its body when it is a DO block. */
    private static void statement(Statement statement, List<Node> conditions, List<Part.PlExceptionHandler> handlers,
                                  List<ExecutedStatement.Site> sites, List<Step> steps) {
        steps.add(new Step(statement, conditions, handlers, sites));
        if (statement instanceof Statement.Do block && block.body() instanceof Part.PlPgSqlBody body
                && body.block() != null) {
            pl(body.block(), conditions, handlers, sites, steps);
        }
    }

    /**
     * Adds the statements the body {@code root} runs on some path, in order, each with the
     * conditions on its way; the body runs from the statement at {@code runAt}.
     */
    private static void pl(PlStatement.Block root, List<Node> conditions, List<Part.PlExceptionHandler> handlers,
                           List<ExecutedStatement.Site> runAt, List<Step> steps) {
        new PlRun(root, runAt, steps).walk(root, new Around(conditions, handlers));
    }

    /**
     * What a PL/pgSQL statement runs under: the conditions evaluated before it, the handlers around
     * it; both immutable, shared by every statement under them.
     */
    private record Around(List<Node> conditions, List<Part.PlExceptionHandler> handlers) {
    }

    /** Runs a PL/pgSQL body: adds the SQL its statements run to {@code steps}, each under its conditions and handlers. */
    private static final class PlRun extends PlStatementWalker<Around> {
        private final PlStatement.Block body;
        private final List<ExecutedStatement.Site> runAt;
        private final List<Step> steps;

        PlRun(PlStatement.Block body, List<ExecutedStatement.Site> runAt, List<Step> steps) {
            this.body = body;
            this.runAt = runAt;
            this.steps = steps;
        }

        /** Where {@code at} stands: there in this body, and where the body runs from. */
        private List<ExecutedStatement.Site> sitesOf(PlStatement at) {
            return PrependedList.of(new ExecutedStatement.Site(body, at), runAt);
        }

        @Override
        protected void simple(PlStatement statement, Around around) {
            if (statement instanceof PlStatement.Sql sql) {
                ScriptWalk.statement(sql.statement(), around.conditions(), around.handlers(), sitesOf(statement), steps);
            } else if (statement instanceof PlStatement.Perform perform) {
                ScriptWalk.statement(perform.query(), around.conditions(), around.handlers(), sitesOf(statement), steps);
            } else if (statement instanceof PlStatement.Execute execute && execute.statement() != null) {
                ScriptWalk.statement(execute.statement(), around.conditions(), around.handlers(), sitesOf(statement), steps);
            }
        }

        @Override
        protected void block(PlStatement.Block block, Around around) {
            List<Part.PlExceptionHandler> inner = around.handlers();
            for (int i = block.handlers().size() - 1; i >= 0; i--) {
                inner = PrependedList.of(block.handlers().get(i), inner);
            }
            List<Node> running = around.conditions();
            for (PlStatement nested : block.body()) {
                statement(nested, new Around(running, inner));
                if (nested instanceof PlStatement.If choice && mayLeave(choice)) {
                    for (Part.PlBranch branch : choice.branches()) {
                        running = appendedIfPresent(running, branch.condition());
                    }
                }
            }
            block.handlers().forEach(handler -> handler(handler, around));
        }

        @Override
        protected void ifStatement(PlStatement.If choice, Around around) {
            branches(choice.branches(), choice.elseBody(), around, null);
        }

        @Override
        protected void caseStatement(PlStatement.Case choice, Around around) {
            branches(choice.whens(), choice.elseBody(), around, choice.subject());
        }

        @Override
        protected void loop(PlStatement.Loop loop, Around around) {
            List<Node> inLoop = appendedIfPresent(appendedIfPresent(around.conditions(), loop.condition()), loop.query());
            statements(loop.body(), new Around(inLoop, around.handlers()));
        }

        /** A branch runs after its own condition and every earlier one was evaluated; ELSE after all of them. */
        private void branches(List<Part.PlBranch> branches, List<PlStatement> elseBody, Around around, Node subject) {
            List<Node> evaluated = appendedIfPresent(around.conditions(), subject);
            for (Part.PlBranch branch : branches) {
                evaluated = appendedIfPresent(evaluated, branch.condition());
                statements(branch.body(), new Around(evaluated, around.handlers()));
            }
            if (elseBody != null) {
                statements(elseBody, new Around(evaluated, around.handlers()));
            }
        }
    }

    /**
     * An IF that may RETURN or raise decides whether the statements after it in its block run:
     * {@code IF EXISTS (...) THEN RETURN; END IF; CREATE ...} is an existence check too.
     */
    private static boolean mayLeave(PlStatement.If choice) {
        return !AstVisitor.collect(choice, PlStatement.Return.class).isEmpty()
                || AstVisitor.collect(choice, PlStatement.Raise.class).stream().anyMatch(PlStatement.Raise::raisesError);
    }

    /**
     * {@code nodes} followed by {@code node} when there is one. The conditions of a body share those
     * of its call ({@link AppendedList}), as its handlers share the call's ({@link PrependedList}).
     */
    private static List<Node> appendedIfPresent(List<Node> nodes, Node node) {
        return node == null ? nodes : AppendedList.of(nodes, node);
    }
}

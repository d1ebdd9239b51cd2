package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * where it stands ({@link Inclusions}): before the first statement that ends after it.
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
    private final Set<Integer> called = new HashSet<>();
    private ScriptFile file;
    /** The PL/pgSQL body the walk is in (null outside one), and the sites of the statement that runs it. */
    private PlStatement.Block body;
    private List<ExecutedStatement.Site> bodyRunAt = List.of();

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
        inclusions.forEachStatement(script, (in, statement) -> {
            file = in;
            statement(statement, List.of(), List.of(), List.of());
        });
    }

    /** The statements run, and the identities of the installers the scripts called. */
    record Walked(List<ExecutedStatement> statements, Set<Integer> calledInstallers) {
    }

    private void statement(Statement statement, List<Node> conditions, List<Part.PlExceptionHandler> handlers,
                           List<ExecutedStatement.Site> sites) {
        ExecutedStatement step = new ExecutedStatement(file, statement, conditions, handlers, sites, running.peekLast());
        executed.add(step);
        runner.run(step);
        if (statement instanceof Statement.Do block && block.body() instanceof Part.PlPgSqlBody doBody
                && doBody.block() != null) {
            inBody(doBody.block(), sites, () -> pl(doBody.block(), conditions, handlers));
        }
        for (FunctionDef installer : runner.installersCalledBy(step)) {
            if (running.stream().noneMatch(f -> f.identity() == installer.identity())) {
                inBody(installer.body(), sites, () -> runBody(installer, conditions, handlers));
            }
        }
    }

    /** Walks a body ({@code root}, null for a LANGUAGE sql one) that the statement at {@code sites} runs. */
    private void inBody(PlStatement.Block root, List<ExecutedStatement.Site> sites, Runnable walk) {
        PlStatement.Block outerBody = body;
        List<ExecutedStatement.Site> outerRunAt = bodyRunAt;
        body = root;
        bodyRunAt = sites;
        walk.run();
        body = outerBody;
        bodyRunAt = outerRunAt;
    }

    /** An installer's body runs under the conditions and handlers of the call, with its own file's positions. */
    private void runBody(FunctionDef installer, List<Node> conditions, List<Part.PlExceptionHandler> handlers) {
        ScriptFile caller = file;
        file = scripts.getOrDefault(installer.file(), caller);
        running.addLast(installer);
        called.add(installer.identity());
        if (installer.body() != null) {
            pl(installer.body(), conditions, handlers);
        } else {
            installer.sqlStatements().forEach(statement -> statement(statement, conditions, handlers, bodyRunAt));
        }
        running.removeLast();
        file = caller;
    }

    private void pl(PlStatement statement, List<Node> conditions, List<Part.PlExceptionHandler> handlers) {
        if (statement instanceof PlStatement.Sql sql) {
            statement(sql.statement(), conditions, handlers, sitesOf(statement));
        } else if (statement instanceof PlStatement.Perform perform) {
            statement(perform.query(), conditions, handlers, sitesOf(statement));
        } else if (statement instanceof PlStatement.Execute execute && execute.statement() != null) {
            statement(execute.statement(), conditions, handlers, sitesOf(statement));
        } else if (statement instanceof PlStatement.Block block) {
            List<Part.PlExceptionHandler> inner = new ArrayList<>(block.handlers());
            inner.addAll(handlers);
            List<Node> running = new ArrayList<>(conditions);
            for (PlStatement nested : block.body()) {
                pl(nested, List.copyOf(running), inner);
                if (nested instanceof PlStatement.If choice && mayLeave(choice)) {
                    choice.branches().forEach(branch -> addIfPresent(running, branch.condition()));
                }
            }
            block.handlers().forEach(handler -> handler.body().forEach(s -> pl(s, conditions, handlers)));
        } else if (statement instanceof PlStatement.If choice) {
            branches(choice.branches(), choice.elseBody(), conditions, handlers, null);
        } else if (statement instanceof PlStatement.Case choice) {
            branches(choice.whens(), choice.elseBody(), conditions, handlers, choice.subject());
        } else if (statement instanceof PlStatement.Loop loop) {
            List<Node> inLoop = new ArrayList<>(conditions);
            addIfPresent(inLoop, loop.condition());
            addIfPresent(inLoop, loop.query());
            loop.body().forEach(s -> pl(s, inLoop, handlers));
        }
    }

    /** Where a statement {@code at} of the current body stands: there, and where the body runs. */
    private List<ExecutedStatement.Site> sitesOf(PlStatement at) {
        List<ExecutedStatement.Site> sites = new ArrayList<>();
        sites.add(new ExecutedStatement.Site(body, at));
        sites.addAll(bodyRunAt);
        return sites;
    }

    /** A branch runs after its own condition and every earlier one was evaluated; ELSE after all of them. */
    private void branches(List<Part.PlBranch> branches, List<PlStatement> elseBody, List<Node> conditions,
                          List<Part.PlExceptionHandler> handlers, Node subject) {
        List<Node> evaluated = new ArrayList<>(conditions);
        addIfPresent(evaluated, subject);
        for (Part.PlBranch branch : branches) {
            addIfPresent(evaluated, branch.condition());
            List<Node> onBranch = List.copyOf(evaluated);
            branch.body().forEach(s -> pl(s, onBranch, handlers));
        }
        if (elseBody != null) {
            List<Node> onElse = List.copyOf(evaluated);
            elseBody.forEach(s -> pl(s, onElse, handlers));
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

    private static void addIfPresent(List<Node> nodes, Node node) {
        if (node != null) {
            nodes.add(node);
        }
    }
}

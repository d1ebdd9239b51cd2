package dev.evtlint.model;

import dev.evtlint.ast.Statement;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlInclude;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scripts that psql include commands run ({@link PsqlInclude}), as the loader found them: for
 * each command it could follow, the script it runs. Cycles are already cut where they close, so
 * following the commands from any script ends.
 */
public final class Inclusions {
    /** No script includes another. */
    public static final Inclusions NONE = new Inclusions(Map.of());

    private final Map<ScriptFile, Map<PsqlInclude, ScriptFile>> targets;
    /** The scripts some include command runs: asked about every script, a scan of all commands per script was quadratic. */
    private final Set<ScriptFile> included = Collections.newSetFromMap(new IdentityHashMap<>());

    private Inclusions(Map<ScriptFile, Map<PsqlInclude, ScriptFile>> targets) {
        this.targets = targets;
        targets.values().forEach(its -> included.addAll(its.values()));
    }

    /** Collects the commands a loader follows, one at a time. */
    public static final class Builder {
        private final Map<ScriptFile, Map<PsqlInclude, ScriptFile>> targets = new IdentityHashMap<>();

        public Builder add(ScriptFile from, PsqlInclude include, ScriptFile target) {
            targets.computeIfAbsent(from, file -> new HashMap<>()).put(include, target);
            return this;
        }

        public Inclusions build() {
            Map<ScriptFile, Map<PsqlInclude, ScriptFile>> copy = new IdentityHashMap<>();
            targets.forEach((from, its) -> copy.put(from, Map.copyOf(its)));
            return new Inclusions(Collections.unmodifiableMap(copy));
        }
    }

    /** The script {@code include}, a command of {@code from}, runs; null when it runs none that evtlint found. */
    public ScriptFile target(ScriptFile from, PsqlInclude include) {
        return targets.getOrDefault(from, Map.of()).get(include);
    }

    /** The scripts the include commands of {@code script} run, in the order of the commands (once per command). */
    List<ScriptFile> includedBy(ScriptFile script) {
        List<ScriptFile> run = new ArrayList<>();
        for (PsqlInclude include : script.includes()) {
            ScriptFile target = target(script, include);
            if (target != null) {
                run.add(target);
            }
        }
        return run;
    }

    /** Whether some script's include command runs {@code file}: then it runs there, not as a script of its own. */
    public boolean isIncluded(ScriptFile file) {
        return included.contains(file);
    }

    /** What {@link #forEachStatement} hands each statement to. */
    public interface StatementAction {
        void accept(ScriptFile file, Statement statement, Database database);
    }

    /**
     * Hands {@code action} the statements {@code script} runs at its top level, in run order, each
     * with its file and the database it runs in: an include command runs the statements of its
     * script before the first statement that ends after the command, and so a connect command
     * moves the session to its database. The session is one psql session: the included script
     * starts in the database of the include command, and a connect command in it holds after it
     * returns. Returns the database the session is in at the end, when it started in {@code database}.
     * The scripts being read wait on a stack of their own rather than the thread's: a chain of
     * scripts each including the next is as deep as the project is long.
     */
    public Database forEachStatement(ScriptFile script, Database database, StatementAction action) {
        Database session = database;
        Deque<Reading> reading = new ArrayDeque<>(List.of(new Reading(script)));
        while (!reading.isEmpty()) {
            Reading current = reading.peek();
            switch (current.next()) {
                case INCLUDE -> {
                    ScriptFile target = target(current.script, current.script.includes().get(current.include++));
                    if (target != null) {
                        reading.push(new Reading(target));
                    }
                }
                case CONNECT -> session = session.after(current.script.connects().get(current.connect++));
                case STATEMENT -> action.accept(current.script, current.script.statements().get(current.statement++), session);
                case END -> reading.pop();
            }
        }
        return session;
    }

    /** A script being read: the next of its statements, include commands and connect commands. */
    private static final class Reading {
        enum Step { INCLUDE, CONNECT, STATEMENT, END }

        final ScriptFile script;
        int statement;
        int include;
        int connect;

        Reading(ScriptFile script) {
            this.script = script;
        }

        /**
         * What runs next: a psql command that stands before the end of the next statement (or any
         * left after the last), the earlier of the two kinds first; else the next statement.
         */
        Step next() {
            List<Statement> statements = script.statements();
            int statementEnd = statement < statements.size() ? statements.get(statement).range().endOffset() : Integer.MAX_VALUE;
            int includeAt = include < script.includes().size() ? script.includes().get(include).offset() : Integer.MAX_VALUE;
            int connectAt = connect < script.connects().size() ? script.connects().get(connect).offset() : Integer.MAX_VALUE;
            if (Math.min(includeAt, connectAt) < statementEnd) {
                return includeAt < connectAt ? Step.INCLUDE : Step.CONNECT;
            }
            return statement < statements.size() ? Step.STATEMENT : Step.END;
        }
    }

    /**
     * Every script that runs, each once, in the order it starts running: each of {@code
     * scriptsInRunOrder}, followed by the scripts it includes (and they include) in the order of its
     * commands. Without recursion, as {@link #forEachStatement}.
     */
    public List<ScriptFile> allRunning(List<ScriptFile> scriptsInRunOrder) {
        Set<ScriptFile> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ScriptFile> order = new ArrayList<>();
        Deque<Opened> opened = new ArrayDeque<>();
        for (ScriptFile script : scriptsInRunOrder) {
            open(script, seen, order, opened);
            while (!opened.isEmpty()) {
                Opened top = opened.peek();
                if (!top.commands().hasNext()) {
                    opened.pop();
                    continue;
                }
                ScriptFile target = target(top.script(), top.commands().next());
                if (target != null) {
                    open(target, seen, order, opened);
                }
            }
        }
        return order;
    }

    /** A script found running, and its include commands not yet followed. */
    private record Opened(ScriptFile script, Iterator<PsqlInclude> commands) {
    }

    private static void open(ScriptFile script, Set<ScriptFile> seen, List<ScriptFile> order, Deque<Opened> opened) {
        if (seen.add(script)) {
            order.add(script);
            opened.push(new Opened(script, script.includes().iterator()));
        }
    }
}

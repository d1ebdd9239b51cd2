package dev.evtlint.model;

import dev.evtlint.ast.Statement;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlInclude;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    private Inclusions(Map<ScriptFile, Map<PsqlInclude, ScriptFile>> targets) {
        this.targets = targets;
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

    /** Whether some script's include command runs {@code file}: then it runs there, not as a script of its own. */
    public boolean isIncluded(ScriptFile file) {
        return targets.values().stream().anyMatch(its -> its.containsValue(file));
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
     */
    public Database forEachStatement(ScriptFile script, Database database, StatementAction action) {
        PsqlCommands commands = new PsqlCommands(script, database, action);
        for (Statement statement : script.statements()) {
            commands.runBefore(statement.range().endOffset());
            action.accept(script, statement, commands.database);
        }
        commands.runBefore(Integer.MAX_VALUE);
        return commands.database;
    }

    /** The include and connect commands of one script, run in text order as the statements between them are reached. */
    private final class PsqlCommands {
        private final ScriptFile script;
        private final StatementAction action;
        private Database database;
        private int nextInclude;
        private int nextConnect;

        PsqlCommands(ScriptFile script, Database database, StatementAction action) {
            this.script = script;
            this.database = database;
            this.action = action;
        }

        /** Runs the commands not run yet that stand before {@code limit}. */
        void runBefore(int limit) {
            List<PsqlInclude> includes = script.includes();
            List<PsqlConnect> connects = script.connects();
            while (true) {
                int includeAt = nextInclude < includes.size() ? includes.get(nextInclude).offset() : Integer.MAX_VALUE;
                int connectAt = nextConnect < connects.size() ? connects.get(nextConnect).offset() : Integer.MAX_VALUE;
                if (Math.min(includeAt, connectAt) >= limit) {
                    return;
                }
                if (includeAt < connectAt) {
                    ScriptFile target = target(script, includes.get(nextInclude++));
                    if (target != null) {
                        database = forEachStatement(target, database, action);
                    }
                } else {
                    database = database.after(connects.get(nextConnect++));
                }
            }
        }
    }

    /**
     * Every script that runs, each once, in the order it starts running: each of {@code
     * scriptsInRunOrder}, followed by the scripts it includes (and they include) in the order of its
     * commands.
     */
    public List<ScriptFile> allRunning(List<ScriptFile> scriptsInRunOrder) {
        Set<ScriptFile> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ScriptFile> order = new ArrayList<>();
        for (ScriptFile script : scriptsInRunOrder) {
            collect(script, seen, order);
        }
        return order;
    }

    private void collect(ScriptFile script, Set<ScriptFile> seen, List<ScriptFile> order) {
        if (!seen.add(script)) {
            return;
        }
        order.add(script);
        for (PsqlInclude include : script.includes()) {
            ScriptFile target = target(script, include);
            if (target != null) {
                collect(target, seen, order);
            }
        }
    }
}

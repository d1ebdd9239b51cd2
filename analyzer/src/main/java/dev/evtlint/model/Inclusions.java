package dev.evtlint.model;

import dev.evtlint.ast.Statement;
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
import java.util.function.BiConsumer;

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

    /**
     * Hands {@code action} the statements {@code script} runs at its top level, in run order, each
     * with its file: an include command runs the statements of its script before the first statement
     * that ends after the command. The scripts being read wait on a stack of their own rather than
     * the thread's: a chain of scripts each including the next is as deep as the project is long.
     */
    public void forEachStatement(ScriptFile script, BiConsumer<ScriptFile, Statement> action) {
        Deque<Reading> reading = new ArrayDeque<>(List.of(new Reading(script)));
        while (!reading.isEmpty()) {
            Reading current = reading.peek();
            if (current.includeComesNext()) {
                ScriptFile target = target(current.script, current.script.includes().get(current.include++));
                if (target != null) {
                    reading.push(new Reading(target));
                }
            } else if (current.statement < current.script.statements().size()) {
                action.accept(current.script, current.script.statements().get(current.statement++));
            } else {
                reading.pop();
            }
        }
    }

    /** A script being read: the next of its statements and of its include commands. */
    private static final class Reading {
        final ScriptFile script;
        int statement;
        int include;

        Reading(ScriptFile script) {
            this.script = script;
        }

        /** Whether an include command runs before the next statement: it comes before the statement ends, or no statement is left. */
        boolean includeComesNext() {
            List<PsqlInclude> includes = script.includes();
            List<Statement> statements = script.statements();
            return include < includes.size() && (statement == statements.size()
                    || includes.get(include).offset() < statements.get(statement).range().endOffset());
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

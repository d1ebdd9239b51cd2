package dev.evtlint.model;

import dev.evtlint.ast.Statement;
import dev.evtlint.script.PsqlInclude;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /**
     * Hands {@code action} the statements {@code script} runs at its top level, in run order, each
     * with its file: an include command runs the statements of its script before the first statement
     * that ends after the command.
     */
    public void forEachStatement(ScriptFile script, BiConsumer<ScriptFile, Statement> action) {
        List<PsqlInclude> includes = script.includes();
        int next = 0;
        for (Statement statement : script.statements()) {
            while (next < includes.size() && includes.get(next).offset() < statement.range().endOffset()) {
                include(script, includes.get(next++), action);
            }
            action.accept(script, statement);
        }
        while (next < includes.size()) {
            include(script, includes.get(next++), action);
        }
    }

    private void include(ScriptFile from, PsqlInclude include, BiConsumer<ScriptFile, Statement> action) {
        ScriptFile target = target(from, include);
        if (target != null) {
            forEachStatement(target, action);
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

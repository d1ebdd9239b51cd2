package dev.evtlint.flow;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values each variable of a PL/pgSQL function is given in its own body: by its declaration,
 * by {@code :=}, by {@code SELECT ... INTO} (the query); and the names that get values the body
 * does not spell out: parameters, loop targets, {@code EXECUTE ... INTO}, {@code GET DIAGNOSTICS};
 * and the queries a loop's record takes its rows from.
 */
public final class VariableValues {
    private final Map<String, List<Node>> values = new HashMap<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> fedFromOutside = new HashSet<>();
    private final Map<String, List<Statement>> loopQueries = new HashMap<>();

    private VariableValues(FunctionDef function) {
        for (Part.Parameter parameter : function.definition().parameters()) {
            if (parameter.name() != null) {
                fedFromOutside.add(parameter.name().name());
            }
        }
        OwnBody.forEach(function, node -> {
            if (node instanceof Part.PlDeclaration declaration) {
                declared.add(declaration.name().name());
                if (declaration.initialValue() != null) {
                    add(declaration.name().name(), declaration.initialValue());
                }
            } else if (node instanceof PlStatement.Assign assign) {
                add(assign.target().name(), assign.value());
            } else if (node instanceof PlStatement.Sql sql) {
                sql.into().forEach(target -> add(target.name(), sql.statement()));
            } else if (node instanceof PlStatement.Loop loop) {
                loop.targets().forEach(target -> fedFromOutside.add(target.name()));
                if (loop.query() != null && loop.targets().size() == 1) {
                    loopQueries.computeIfAbsent(loop.targets().get(0).name(), k -> new ArrayList<>()).add(loop.query());
                }
            } else if (node instanceof PlStatement.Execute execute) {
                execute.into().forEach(target -> fedFromOutside.add(target.name()));
            } else if (node instanceof PlStatement.GetDiagnostics diagnostics) {
                diagnostics.targets().forEach(target -> fedFromOutside.add(target.name()));
            }
        });
    }

    public static VariableValues of(FunctionDef function) {
        return new VariableValues(function);
    }

    /** The expressions and queries {@code name} is given in the body, in source order. */
    public List<Node> valuesOf(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The queries whose rows {@code name} takes in turn, as the one target of {@code FOR name IN query LOOP}. */
    public List<Statement> loopQueriesOf(String name) {
        return loopQueries.getOrDefault(name, List.of());
    }

    /** Whether {@code name} is a variable of the body whose every value the body spells out. */
    public boolean isSetOnlyInBody(String name) {
        return declared.contains(name) && !fedFromOutside.contains(name);
    }

    private void add(String name, Node value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
}

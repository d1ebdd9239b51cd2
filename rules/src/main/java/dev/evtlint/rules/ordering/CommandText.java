package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.flow.ParameterFlow;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import dev.evtlint.model.ProjectModel;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables and parameters of functions that hold text taken from current_query(), the text of
 * the command that fired the trigger: assigned, initialised or selected INTO from an expression that
 * calls it or reads such a name, or passed as an argument to a parameter ({@link ParameterFlow}).
 */
final class CommandText {
    private static final String COMMAND_TEXT = "current_query";

    private final Map<FunctionDef, Set<String>> names = new IdentityHashMap<>();

    private CommandText() {
    }

    /** The flow among {@code functions}, which must be PL/pgSQL functions of {@code model}. */
    static CommandText of(ProjectModel model, List<FunctionDef> functions) {
        CommandText text = new CommandText();
        ParameterFlow.of(model, functions, (function, parameters) -> {
            Set<String> derived = variables(function, parameters);
            text.names.put(function, derived);
            return argument -> derived(argument, derived);
        });
        return text;
    }

    /** The names in {@code function} that hold command text. */
    Set<String> names(FunctionDef function) {
        return names.getOrDefault(function, Set.of());
    }

    /** Whether {@code value} calls current_query() or reads one of {@code names}. */
    static boolean derived(Node value, Set<String> names) {
        return AstVisitor.collect(value, Expr.FunctionCall.class).stream().anyMatch(call -> call.calls(COMMAND_TEXT))
                || AstVisitor.collect(value, Expr.ColumnRef.class).stream()
                .anyMatch(column -> column.names().size() == 1 && names.contains(column.lastName()));
    }

    /** {@code parameters} and the variables of the body derived from them or from current_query(). */
    private static Set<String> variables(FunctionDef function, Set<String> parameters) {
        Set<String> names = new HashSet<>(parameters);
        boolean grew = true;
        while (grew) {
            int before = names.size();
            OwnBody.forEach(function, node -> {
                if (node instanceof PlStatement.Assign assign && derived(assign.value(), names)) {
                    names.add(assign.target().name());
                } else if (node instanceof Part.PlDeclaration declaration && declaration.initialValue() != null
                        && derived(declaration.initialValue(), names)) {
                    names.add(declaration.name().name());
                } else if (node instanceof PlStatement.Sql sql && !sql.into().isEmpty() && derived(sql.statement(), names)) {
                    sql.into().forEach(target -> names.add(target.name()));
                }
            });
            grew = names.size() > before;
        }
        return names;
    }
}

package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.flow.VariableValues;
import dev.evtlint.model.FunctionDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The object names a condition in a trigger function requires of the command's objects: it looks
 * them up with an event function and compares a name with a string, directly or through a
 * variable assigned from such a query, as in
 * {@code is_resolve := (SELECT p.proname = 'resolve' FROM pg_event_trigger_ddl_commands() ...);
 * IF is_resolve THEN ...}. When the trigger fires again for DDL the statement under it runs, the
 * condition holds again only if that DDL's object carries one of these names.
 */
final class ObjectNameGuards {
    private static final Set<String> EVENT_FUNCTIONS = Set.of("pg_event_trigger_ddl_commands",
            "pg_event_trigger_dropped_objects");

    private final VariableValues variables;

    private ObjectNameGuards(FunctionDef function) {
        this.variables = VariableValues.of(function);
    }

    static ObjectNameGuards of(FunctionDef function) {
        return new ObjectNameGuards(function);
    }

    /** The string literals a condition compares object names with, when it reads an event function; empty when none. */
    Set<String> namesRequiredBy(Expr condition) {
        if (condition == null) {
            // A condition that does not parse (EVT000) is not known to guard anything.
            return Set.of();
        }
        List<Node> sources = new ArrayList<>(List.of(condition));
        for (Expr.ColumnRef column : AstVisitor.collect(condition, Expr.ColumnRef.class)) {
            if (column.names().size() == 1) {
                sources.addAll(variables.valuesOf(column.lastName()));
            }
        }
        boolean readsObjects = sources.stream().anyMatch(source -> AstVisitor.collect(source, Expr.FunctionCall.class)
                .stream().anyMatch(call -> EVENT_FUNCTIONS.contains(call.name().name())));
        Set<String> found = new HashSet<>();
        if (readsObjects) {
            for (Node source : sources) {
                for (Expr.Operator equality : AstVisitor.collect(source, Expr.Operator.class)) {
                    if (equality.operator().equals("=") && equality.operands().stream().anyMatch(Expr.ColumnRef.class::isInstance)) {
                        equality.operands().stream()
                                .filter(operand -> operand instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)
                                .forEach(literal -> found.add(((Expr.Literal) literal).value()));
                    }
                }
            }
        }
        return found;
    }
}

package dev.evtlint.rules.contract;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.CommandTagFacts;
import dev.evtlint.model.FunctionDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a SELECT ... INTO over pg_event_trigger_ddl_commands() loses nothing by keeping its first
 * row: its WHERE keeps only rows of the object_type that, for every command the triggers fire for,
 * describe the one object the command makes ({@link CommandTagFacts#oneObjectType}), and what it
 * reads of the row are columns that describe that object, the same in every such row. The
 * {@code command} and {@code command_tag} columns differ between those rows (an inline foreign
 * key of CREATE TABLE comes as a row of tag ALTER TABLE), so a query that reads them is not one.
 */
final class OneObjectRows {
    /** The columns of pg_event_trigger_ddl_commands() that name the object a row is about. */
    private static final Set<String> OBJECT_COLUMNS = Set.of("classid", "objid", "objsubid", "object_type", "schema_name",
            "object_identity", "in_extension");

    private OneObjectRows() {
    }

    /**
     * Whether {@code select} (INTO {@code into}, in {@code function}) keeps only rows of
     * {@code objectType} (null: none qualifies) and reads only their object's columns.
     */
    static boolean holds(Statement.Select select, String objectType, List<QualifiedName> into, FunctionDef function) {
        return objectType != null && select.from().size() == 1 && select.otherExpressions().isEmpty()
                && select.setOperands().isEmpty()
                && conjuncts(select.where()).stream().anyMatch(condition -> isObjectTypeEquality(condition, objectType))
                && readsOnlyObjectColumns(select, into, function);
    }

    /** The conditions of a WHERE joined by AND. */
    private static List<Expr> conjuncts(Expr where) {
        List<Expr> found = new ArrayList<>();
        if (where instanceof Expr.Bool bool && bool.operator() == Expr.BoolOperator.AND) {
            bool.operands().forEach(operand -> found.addAll(conjuncts(operand)));
        } else if (where != null) {
            found.add(where);
        }
        return found;
    }

    /** {@code object_type = 'table'}, either way round. */
    private static boolean isObjectTypeEquality(Expr condition, String objectType) {
        if (!(condition instanceof Expr.Operator operator) || !operator.operator().equals("=") || operator.operands().size() != 2) {
            return false;
        }
        Expr left = operator.operands().get(0);
        Expr right = operator.operands().get(1);
        return isObjectTypeColumn(left) && isString(right, objectType) || isObjectTypeColumn(right) && isString(left, objectType);
    }

    private static boolean isObjectTypeColumn(Expr expr) {
        return expr instanceof Expr.ColumnRef column && column.lastName().equals("object_type");
    }

    private static boolean isString(Expr expr, String value) {
        return expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING && literal.value().equals(value);
    }

    /**
     * The select list names only object columns; or it is {@code *} into one record, and the body
     * reads only object columns of that record (and never the record as a whole).
     */
    private static boolean readsOnlyObjectColumns(Statement.Select select, List<QualifiedName> into, FunctionDef function) {
        if (!select.targets().isEmpty()) {
            return select.targets().stream().allMatch(target -> target instanceof Expr.ColumnRef column
                    && OBJECT_COLUMNS.contains(column.lastName()));
        }
        if (into.size() != 1 || into.get(0).schema() != null) {
            return false;
        }
        String record = into.get(0).name().toLowerCase(Locale.ROOT);
        return AstVisitor.collect(function.body(), Expr.ColumnRef.class).stream()
                .filter(column -> column.names().get(0).name().toLowerCase(Locale.ROOT).equals(record))
                .allMatch(column -> column.names().size() == 2 && OBJECT_COLUMNS.contains(column.lastName()));
    }
}

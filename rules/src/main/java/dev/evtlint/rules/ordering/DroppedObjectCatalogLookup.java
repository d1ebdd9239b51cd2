package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A sql_drop function that looks a dropped object's objid up in the system catalogs, by a join or
 * an object-identifier cast: when sql_drop fires the catalog rows are already gone.
 */
@RuleMeta(id = "EVT306", name = "dropped-object-catalog-lookup",
        summary = "sql_drop function looking dropped objects up in the catalogs", severity = Severity.WARNING,
        category = Category.ORDERING, since = "0.1.0", tags = {"correctness"})
public final class DroppedObjectCatalogLookup implements Rule {
    private static final Set<String> LOOKUP_TYPES = Set.of("regclass", "regproc", "regprocedure", "regtype",
            "regnamespace", "regoper", "regoperator", "regcollation", "regconfig", "regdictionary");

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "IN", "NOT IN",
            "IS DISTINCT FROM", "IS NOT DISTINCT FROM");

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef dropTrigger = context.model().firstTriggerReaching(function, "sql_drop");
            if (dropTrigger == null) {
                continue;
            }
            Set<Expr> compared = comparedOperands(function.body());
            for (Statement.Select select : AstVisitor.collect(function.body(), Statement.Select.class)) {
                Part.RelationRef catalog = SystemCatalogs.firstIn(select);
                if (catalog != null && comparesObjid(select)) {
                    report(context, function, dropTrigger, catalog, "joins it with " + catalog.name().name());
                }
            }
            for (Expr.Cast cast : AstVisitor.collect(function.body(), Expr.Cast.class)) {
                if (LOOKUP_TYPES.contains(cast.type().name()) && isObjid(cast.operand()) && !compared.contains(cast)) {
                    report(context, function, dropTrigger, cast, "casts it to " + cast.type().name()
                            + ", which prints a bare number for an OID that no longer exists");
                }
            }
        }
    }

    private static void report(RuleContext context, FunctionDef function, EventTriggerDef trigger, Node at, String how) {
        context.report(function.file(), at)
                .message(function.signature() + " runs on sql_drop (event trigger " + trigger.name() + ") and looks a dropped "
                        + "object's objid up in the catalogs: it " + how + ", but the rows are already gone")
                .help("read what pg_event_trigger_dropped_objects() reports instead: object_identity, object_type, "
                        + "schema_name, object_name, address_names")
                .related(trigger.file(), trigger.definition(), "event trigger " + trigger.name() + " on sql_drop");
    }

    /**
     * Whether the query matches rows by the dropped object's objid: compares it (or an OID cast of
     * it) with a value, or tests a value against a subquery that reads it. classid names the
     * catalog the object lived in, whose own row stays; objsubid is a column number.
     */
    private static boolean comparesObjid(Statement.Select select) {
        for (Expr operand : comparedOperands(select)) {
            if (isObjid(operand) || operand instanceof Expr.Cast cast && isObjid(cast.operand())) {
                return true;
            }
        }
        return AstVisitor.collect(select, Expr.Subquery.class).stream()
                .filter(subquery -> subquery.kind() == Expr.SubqueryKind.IN || subquery.kind() == Expr.SubqueryKind.ANY)
                .anyMatch(subquery -> AstVisitor.collect(subquery.query(), Expr.ColumnRef.class).stream()
                        .anyMatch(DroppedObjectCatalogLookup::isObjid));
    }

    /**
     * The values under {@code root} that are compared, by identity: operands of comparisons, and
     * the values an IN or ANY subquery selects. An OID cast compared with a value looks nothing up:
     * the cast from oid is binary, only printing the reg* value reads the catalog.
     */
    private static Set<Expr> comparedOperands(Node root) {
        Set<Expr> operands = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Expr.Operator operator : AstVisitor.collect(root, Expr.Operator.class)) {
            if (COMPARISONS.contains(operator.operator())) {
                operands.addAll(operator.operands());
            }
        }
        for (Expr.Subquery subquery : AstVisitor.collect(root, Expr.Subquery.class)) {
            if (subquery.kind() == Expr.SubqueryKind.IN || subquery.kind() == Expr.SubqueryKind.ANY) {
                operands.addAll(subquery.query().targets());
            }
        }
        return operands;
    }

    private static boolean isObjid(Expr expr) {
        return expr instanceof Expr.ColumnRef column && column.lastName().equals("objid");
    }
}

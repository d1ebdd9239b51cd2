package dev.evtlint.rules;

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

    @Override
    public void check(RuleContext context) {
        for (FunctionDef function : context.model().plPgSqlTriggerFunctions()) {
            EventTriggerDef dropTrigger = context.model().triggersReaching(function).stream()
                    .filter(trigger -> trigger.event().equals("sql_drop")).findFirst().orElse(null);
            if (dropTrigger == null) {
                continue;
            }
            for (Statement.Select select : AstVisitor.collect(function.body(), Statement.Select.class)) {
                Part.RelationRef catalog = SystemCatalogs.firstIn(select);
                if (catalog != null && mentionsObjid(select)) {
                    report(context, function, dropTrigger, catalog, "joins it with " + catalog.name().name());
                }
            }
            for (Expr.Cast cast : AstVisitor.collect(function.body(), Expr.Cast.class)) {
                if (LOOKUP_TYPES.contains(cast.type().name()) && isObjid(cast.operand())) {
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

    private static boolean mentionsObjid(Statement.Select select) {
        return AstVisitor.collect(select, Expr.ColumnRef.class).stream().anyMatch(DroppedObjectCatalogLookup::isObjid);
    }

    private static boolean isObjid(Expr expr) {
        return expr instanceof Expr.ColumnRef column && column.lastName().equals("objid");
    }
}

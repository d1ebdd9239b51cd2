package dev.evtlint.rules.ordering;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import java.util.Set;

/** The system catalogs and views that describe objects: where code looks an object up by its OID or name. */
final class SystemCatalogs {
    private static final Set<String> OBJECT_CATALOGS = Set.of("pg_class", "pg_proc", "pg_type", "pg_namespace",
            "pg_attribute", "pg_constraint", "pg_index", "pg_trigger", "pg_attrdef", "pg_depend", "pg_description",
            "pg_policy", "pg_rewrite", "pg_sequence", "pg_tables", "pg_views", "pg_indexes", "pg_matviews");

    private SystemCatalogs() {
    }

    /** The first object catalog in the query's FROM clause (unqualified or in pg_catalog), or null. */
    static Part.RelationRef firstIn(Statement.Select select) {
        for (Part.TableRef table : select.from()) {
            for (Part.RelationRef relation : AstVisitor.collect(table, Part.RelationRef.class)) {
                String schema = relation.name().schema();
                if (OBJECT_CATALOGS.contains(relation.name().name()) && (schema == null || schema.equals("pg_catalog"))) {
                    return relation;
                }
            }
        }
        return null;
    }
}

package dev.evtlint.parse;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser.ColumnConstraintContext;
import dev.evtlint.grammar.PostgreSqlParser.ColumnDefinitionContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateIndexStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateMaterializedViewStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateSequenceStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateTableAsContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateTableColumnsContext;
import dev.evtlint.grammar.PostgreSqlParser.CreateViewStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.IndexParameterContext;
import dev.evtlint.grammar.PostgreSqlParser.LockStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.TableConstraintBodyContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Tables and what hangs on them (SqlTableDdl.g4): CREATE TABLE with its keys, LOCK, the views and
 * sequences a statement creates, and the keys and unique indexes any statement declares.
 */
final class TableAstBuilder extends StatementAstBuilder {

    TableAstBuilder(SqlAstBuilder ast) {
        super(ast);
    }

    @Override
    public Statement visitCreateTableColumns(CreateTableColumnsContext ctx) {
        return new Statement.CreateTable(ast.range(ctx), ast.names.qualifiedName(ctx.qualifiedName(0)), ctx.tableScope() != null,
                ctx.EXISTS() != null, null, keys(ctx));
    }

    /** CREATE TABLE ... AS EXECUTE has no query of its own to analyse: it stays a generic statement. */
    @Override
    public Statement visitCreateTableAs(CreateTableAsContext ctx) {
        if (ctx.selectStatement() == null) {
            return ast.other(ctx, null);
        }
        return new Statement.CreateTable(ast.range(ctx), ast.names.qualifiedName(ctx.qualifiedName()), ctx.tableScope() != null,
                ctx.EXISTS() != null, ast.queries.select(ctx.selectStatement()), List.of());
    }

    @Override
    public Statement visitCreateViewStatement(CreateViewStatementContext ctx) {
        return ast.other(ctx, ast.names.qualifiedName(ctx.qualifiedName()));
    }

    @Override
    public Statement visitCreateMaterializedViewStatement(CreateMaterializedViewStatementContext ctx) {
        return ast.other(ctx, ast.names.qualifiedName(ctx.qualifiedName()));
    }

    @Override
    public Statement visitCreateSequenceStatement(CreateSequenceStatementContext ctx) {
        return ast.other(ctx, ast.names.qualifiedName(ctx.qualifiedName()));
    }

    @Override
    public Statement visitLockStatement(LockStatementContext ctx) {
        String mode = ctx.lockMode() == null ? "ACCESS EXCLUSIVE" : SqlAstBuilder.words(ctx.lockMode(), 0);
        List<QualifiedName> tables = ctx.relationExpression().stream().map(r -> ast.names.qualifiedName(r.qualifiedName())).toList();
        return new Statement.Lock(ast.range(ctx), tables, mode, ctx.NOWAIT() != null);
    }

    /**
     * The keys and indexes that a statement declares: PRIMARY KEY and UNIQUE column or table
     * constraints (in CREATE TABLE and ALTER TABLE), and CREATE [UNIQUE] INDEX.
     * Temporal keys (WITHOUT OVERLAPS) do not make equality select one row.
     */
    List<Part.IndexKey> keys(ParseTree tree) {
        List<Part.IndexKey> keys = new ArrayList<>();
        if (tree instanceof TableConstraintBodyContext body && (body.UNIQUE() != null || body.PRIMARY() != null)
                && body.keyColumns() != null && body.keyColumns().WITHOUT() == null) {
            keys.add(new Part.IndexKey(ast.range(body), body.keyColumns().colId().stream().map(ast.names::identifier).toList(), true));
        } else if (tree instanceof ColumnDefinitionContext column && column.columnConstraint().stream()
                .map(ColumnConstraintContext::columnConstraintBody)
                .anyMatch(body -> body != null && (body.UNIQUE() != null || body.PRIMARY() != null))) {
            keys.add(new Part.IndexKey(ast.range(column), List.of(ast.names.identifier(column.colId(0))), true));
        } else if (tree instanceof CreateIndexStatementContext index) {
            // a partial index, or one that starts with an expression, is kept without columns
            List<Identifier> columns = new ArrayList<>();
            for (IndexParameterContext parameter : index.indexParameter()) {
                if (parameter.colId() == null || index.whereClause() != null) {
                    break;
                }
                columns.add(ast.names.identifier(parameter.colId()));
            }
            boolean unique = index.UNIQUE() != null && columns.size() == index.indexParameter().size();
            keys.add(new Part.IndexKey(ast.range(index), columns, unique));
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            keys.addAll(keys(tree.getChild(i)));
        }
        return keys;
    }
}

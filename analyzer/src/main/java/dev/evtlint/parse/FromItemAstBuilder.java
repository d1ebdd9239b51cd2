package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.TableRef;
import dev.evtlint.grammar.PostgreSqlParser.*;
import dev.evtlint.grammar.PostgreSqlParserBaseVisitor;
import java.util.List;

/**
 * The items of FROM and USING (tableRef and tablePrimary of SqlQueries.g4), each form visited on
 * its own: tables, joins, functions (ROWS FROM, XMLTABLE, JSON_TABLE too) and subqueries.
 */
final class FromItemAstBuilder extends PostgreSqlParserBaseVisitor<TableRef> {
    private final SqlAstBuilder ast;

    FromItemAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    @Override
    public TableRef visitPrimaryTableRef(PrimaryTableRefContext ctx) {
        return visit(ctx.tablePrimary());
    }

    @Override
    public TableRef visitCrossJoin(CrossJoinContext ctx) {
        return new Part.JoinRef(ast.range(ctx), visit(ctx.tableRef(0)), visit(ctx.tableRef(1)), null);
    }

    @Override
    public TableRef visitNaturalJoin(NaturalJoinContext ctx) {
        return new Part.JoinRef(ast.range(ctx), visit(ctx.tableRef(0)), visit(ctx.tableRef(1)), null);
    }

    @Override
    public TableRef visitQualifiedJoin(QualifiedJoinContext ctx) {
        Expr condition = ctx.joinQualifier().aExpr() == null ? null : ast.expressions.expression(ctx.joinQualifier().aExpr());
        return new Part.JoinRef(ast.range(ctx), visit(ctx.tableRef(0)), visit(ctx.tableRef(1)), condition);
    }

    @Override
    public TableRef visitParenthesizedTableRef(ParenthesizedTableRefContext ctx) {
        return visit(ctx.tableRef());
    }

    @Override
    public TableRef visitRelationTable(RelationTableContext ctx) {
        return new Part.RelationRef(ast.range(ctx), ast.names.qualifiedName(ctx.qualifiedName()), alias(ctx.aliasClause()));
    }

    @Override
    public TableRef visitOnlyRelationTable(OnlyRelationTableContext ctx) {
        return new Part.RelationRef(ast.range(ctx), ast.names.qualifiedName(ctx.qualifiedName()), alias(ctx.aliasClause()));
    }

    @Override
    public TableRef visitFunctionTableRef(FunctionTableRefContext ctx) {
        return new Part.FunctionTableRef(ast.range(ctx), List.of(functionCall(ctx.functionTable().windowlessFunctionCall())),
                functionAlias(ctx.functionAliasClause()));
    }

    @Override
    public TableRef visitRowsFromTable(RowsFromTableContext ctx) {
        List<Expr.FunctionCall> calls = ctx.rowsFromItem().stream().map(item -> functionCall(item.windowlessFunctionCall())).toList();
        return new Part.FunctionTableRef(ast.range(ctx), calls, functionAlias(ctx.functionAliasClause()));
    }

    @Override
    public TableRef visitXmlTableRef(XmlTableRefContext ctx) {
        return new Part.FunctionTableRef(ast.range(ctx), List.of(ast.calls.sqlStandardCall(ctx.xmlTable())), alias(ctx.aliasClause()));
    }

    @Override
    public TableRef visitJsonTableRef(JsonTableRefContext ctx) {
        return new Part.FunctionTableRef(ast.range(ctx), List.of(ast.calls.sqlStandardCall(ctx.jsonTable())), alias(ctx.aliasClause()));
    }

    @Override
    public TableRef visitSubqueryTable(SubqueryTableContext ctx) {
        return new Part.SubqueryRef(ast.range(ctx), ast.queries.select(ctx.selectStatement()), alias(ctx.aliasClause()));
    }

    private Identifier alias(AliasClauseContext ctx) {
        return ctx == null ? null : ast.names.identifier(ctx.colId(0));
    }

    private Identifier functionAlias(FunctionAliasClauseContext ctx) {
        if (ctx == null) {
            return null;
        }
        if (ctx.aliasClause() != null) {
            return alias(ctx.aliasClause());
        }
        return ctx.colId() == null ? null : ast.names.identifier(ctx.colId());
    }

    /** A function in FROM; CAST and TREAT there are calls of the cast (FROM CAST(x AS int) AS t). */
    private Expr.FunctionCall functionCall(WindowlessFunctionCallContext ctx) {
        Expr expr = ast.expressions.visit(ctx);
        return expr instanceof Expr.FunctionCall call ? call
                : new Expr.FunctionCall(ast.range(ctx), ast.names.keywordName(ctx.getStart()), List.of(expr), false);
    }
}

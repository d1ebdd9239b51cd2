package dev.evtlint.parse;

import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser.ObjectStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.QueryStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.StatementContext;
import dev.evtlint.grammar.PostgreSqlParser.TableStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.UtilityStatementContext;
import dev.evtlint.grammar.PostgreSqlParserBaseVisitor;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.RuleNode;

/**
 * Hands a statement to the builder of its family, as the grammar groups them (statement ->
 * queryStatement, tableStatement, objectStatement or utilityStatement -> the statement itself).
 * The family builders extend this class: a statement kind none of them has a record for reaches
 * {@link #visitChildren} and is kept by its command tag ({@link SqlAstBuilder#other}).
 */
class StatementAstBuilder extends PostgreSqlParserBaseVisitor<Statement> {
    final SqlAstBuilder ast;

    StatementAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    @Override
    public Statement visitStatement(StatementContext ctx) {
        return visit(ctx.getChild(0));
    }

    @Override
    public Statement visitQueryStatement(QueryStatementContext ctx) {
        return ast.queries.visit(ctx.getChild(0));
    }

    @Override
    public Statement visitTableStatement(TableStatementContext ctx) {
        return ast.tables.visit(ctx.getChild(0));
    }

    @Override
    public Statement visitObjectStatement(ObjectStatementContext ctx) {
        return ast.objects.visit(ctx.getChild(0));
    }

    @Override
    public Statement visitUtilityStatement(UtilityStatementContext ctx) {
        return ast.utility.visit(ctx.getChild(0));
    }

    /** A statement kind without a record of its own; its children are not visited. */
    @Override
    public Statement visitChildren(RuleNode node) {
        return ast.other((ParserRuleContext) node, null);
    }
}

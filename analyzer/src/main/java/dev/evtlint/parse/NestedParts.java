package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.grammar.PostgreSqlParser.AExprContext;
import dev.evtlint.grammar.PostgreSqlParser.BExprContext;
import dev.evtlint.grammar.PostgreSqlParser.CExprContext;
import dev.evtlint.grammar.PostgreSqlParser.PreparableStatementContext;
import dev.evtlint.grammar.PostgreSqlParser.QualifiedNameContext;
import dev.evtlint.grammar.PostgreSqlParser.SelectQueryContext;
import dev.evtlint.grammar.PostgreSqlParser.SelectStatementContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The outermost expressions, queries and names anywhere in a part of the parse tree: what is kept
 * of clauses and statements whose shape no rule needs (ORDER BY, ON CONFLICT, a CREATE VIEW).
 */
final class NestedParts {
    private final SqlAstBuilder ast;

    NestedParts(SqlAstBuilder ast) {
        this.ast = ast;
    }

    /** The outermost expressions anywhere below {@code ctx}, for clauses whose shape no rule needs. */
    List<Expr> expressionsOf(ParserRuleContext ctx) {
        List<Expr> found = new ArrayList<>();
        for (Node part : partsOf(ctx)) {
            if (part instanceof Expr expr) {
                found.add(expr);
            }
        }
        return found;
    }

    /** The outermost expressions, queries and names anywhere below {@code ctx}. */
    List<Node> partsOf(ParserRuleContext ctx) {
        List<Node> found = new ArrayList<>();
        collect(ctx, found);
        return found;
    }

    private void collect(ParseTree tree, List<Node> found) {
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree child = tree.getChild(i);
            if (child instanceof AExprContext a) {
                found.add(ast.expressions.visit(a));
            } else if (child instanceof BExprContext b) {
                found.add(ast.expressions.visit(b));
            } else if (child instanceof CExprContext c) {
                found.add(ast.expressions.visit(c));
            } else if (child instanceof SelectStatementContext s) {
                found.add(ast.queries.select(s));
            } else if (child instanceof PreparableStatementContext p && p.selectQuery() != null) {
                found.add(ast.queries.preparable(p));
            } else if (child instanceof SelectQueryContext q) {
                found.add(ast.queries.select(q, ast.range(q), List.of()));
            } else if (child instanceof QualifiedNameContext q) {
                found.add(ast.names.qualifiedName(q));
            } else {
                collect(child, found);
            }
        }
    }
}

package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.grammar.PostgreSqlParser.*;
import dev.evtlint.grammar.PostgreSqlParserBaseVisitor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Expressions (aExpr, bExpr, cExpr and constants of SqlQueries.g4), each alternative of the
 * grammar's expression rules visited on its own; function calls are built by
 * {@link FunctionCallAstBuilder}.
 */
final class ExpressionAstBuilder extends PostgreSqlParserBaseVisitor<Expr> {
    private final SqlAstBuilder ast;

    ExpressionAstBuilder(SqlAstBuilder ast) {
        this.ast = ast;
    }

    Expr expression(AExprContext ctx) {
        return visit(ctx);
    }

    @Override
    public Expr visitPrimaryExpression(PrimaryExpressionContext ctx) {
        return visit(ctx.cExpr());
    }

    @Override
    public Expr visitOverlapsExpression(OverlapsExpressionContext ctx) {
        return operator(ctx, "OVERLAPS", ctx.aExpr());
    }

    @Override
    public Expr visitCastExpression(CastExpressionContext ctx) {
        return new Expr.Cast(ast.range(ctx), visit(ctx.aExpr()), ast.names.type(ctx.typeName()));
    }

    @Override
    public Expr visitUnaryExpression(UnaryExpressionContext ctx) {
        return new Expr.Operator(ast.range(ctx), ctx.getStart().getText(), List.of(visit(ctx.aExpr())));
    }

    @Override
    public Expr visitCollateExpression(CollateExpressionContext ctx) {
        return visit(ctx.aExpr());
    }

    @Override
    public Expr visitAtTimeZoneExpression(AtTimeZoneExpressionContext ctx) {
        return operator(ctx, "AT TIME ZONE", ctx.aExpr());
    }

    @Override
    public Expr visitBinaryExpression(BinaryExpressionContext ctx) {
        return operator(ctx, ctx.getChild(1).getText(), ctx.aExpr());
    }

    @Override
    public Expr visitPrefixOperatorExpression(PrefixOperatorExpressionContext ctx) {
        return operator(ctx, ctx.qualifiedOperator().getText(), List.of(ctx.aExpr()));
    }

    @Override
    public Expr visitLikeExpression(LikeExpressionContext ctx) {
        return operator(ctx, (ctx.NOT() != null ? "NOT " : "") + SqlAstBuilder.upper(ctx.getChild(ctx.NOT() != null ? 2 : 1).getText()), ctx.aExpr());
    }

    @Override
    public Expr visitSimilarExpression(SimilarExpressionContext ctx) {
        return operator(ctx, ctx.NOT() != null ? "NOT SIMILAR TO" : "SIMILAR TO", ctx.aExpr());
    }

    @Override
    public Expr visitBetweenExpression(BetweenExpressionContext ctx) {
        List<Expr> operands = List.of(visit(ctx.aExpr(0)), visit(ctx.bExpr()), visit(ctx.aExpr(1)));
        return new Expr.Operator(ast.range(ctx), ctx.NOT() != null ? "NOT BETWEEN" : "BETWEEN", operands);
    }

    @Override
    public Expr visitInExpression(InExpressionContext ctx) {
        Expr left = visit(ctx.aExpr());
        InListContext list = ctx.inList();
        if (list.selectStatement() != null) {
            Expr in = new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.IN, left, ast.queries.select(list.selectStatement()));
            return ctx.NOT() != null ? new Expr.Bool(ast.range(ctx), Expr.BoolOperator.NOT, List.of(in)) : in;
        }
        List<Expr> operands = new ArrayList<>();
        operands.add(left);
        list.aExpr().forEach(e -> operands.add(visit(e)));
        return new Expr.Operator(ast.range(ctx), ctx.NOT() != null ? "NOT IN" : "IN", operands);
    }

    @Override
    public Expr visitQuantifiedComparison(QuantifiedComparisonContext ctx) {
        Expr left = visit(ctx.aExpr(0));
        Expr.SubqueryKind kind = ctx.subqueryQuantifier().ALL() != null ? Expr.SubqueryKind.ALL : Expr.SubqueryKind.ANY;
        if (ctx.selectStatement() != null) {
            return new Expr.Subquery(ast.range(ctx), kind, left, ast.queries.select(ctx.selectStatement()));
        }
        String operator = SqlAstBuilder.words(ctx.subqueryOperator(), 0);
        return new Expr.Operator(ast.range(ctx), operator + " " + kind, List.of(left, visit(ctx.aExpr(1))));
    }

    @Override
    public Expr visitComparisonExpression(ComparisonExpressionContext ctx) {
        return operator(ctx, ctx.comparisonOperator().getText().replace("!=", "<>"), ctx.aExpr());
    }

    @Override
    public Expr visitIsExpression(IsExpressionContext ctx) {
        String test = SqlAstBuilder.words(ctx, 1);
        if (ctx.ISNULL() != null) {
            test = "IS NULL";
        } else if (ctx.NOTNULL() != null) {
            test = "IS NOT NULL";
        }
        return operator(ctx, test, List.of(ctx.aExpr()));
    }

    @Override
    public Expr visitIsDistinctExpression(IsDistinctExpressionContext ctx) {
        return operator(ctx, ctx.NOT() != null ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM", ctx.aExpr());
    }

    @Override
    public Expr visitIsOfExpression(IsOfExpressionContext ctx) {
        return operator(ctx, ctx.NOT() != null ? "IS NOT OF" : "IS OF", List.of(ctx.aExpr()));
    }

    @Override
    public Expr visitIsJsonExpression(IsJsonExpressionContext ctx) {
        // IS [NOT] JSON [VALUE | ARRAY | OBJECT | SCALAR], without the key uniqueness words
        int last = ctx.jsonKeyUniqueness() != null ? ctx.getChildCount() - 2 : ctx.getChildCount() - 1;
        StringBuilder test = new StringBuilder();
        for (int i = 1; i <= last; i++) {
            test.append(i > 1 ? " " : "").append(SqlAstBuilder.upper(ctx.getChild(i).getText()));
        }
        return operator(ctx, test.toString(), List.of(ctx.aExpr()));
    }

    @Override
    public Expr visitNotExpression(NotExpressionContext ctx) {
        return new Expr.Bool(ast.range(ctx), Expr.BoolOperator.NOT, List.of(visit(ctx.aExpr())));
    }

    @Override
    public Expr visitAndExpression(AndExpressionContext ctx) {
        return bool(ctx, Expr.BoolOperator.AND, ctx.aExpr());
    }

    @Override
    public Expr visitOrExpression(OrExpressionContext ctx) {
        return bool(ctx, Expr.BoolOperator.OR, ctx.aExpr());
    }

    @Override
    public Expr visitUniqueExpression(UniqueExpressionContext ctx) {
        return new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.EXISTS, null, ast.queries.select(ctx.selectStatement()));
    }

    @Override
    public Expr visitDefaultExpression(DefaultExpressionContext ctx) {
        return new Expr.Default(ast.range(ctx));
    }

    @Override
    public Expr visitBExpr(BExprContext ctx) {
        if (ctx.cExpr() != null) {
            return visit(ctx.cExpr());
        }
        if (ctx.typeName() != null) {
            return new Expr.Cast(ast.range(ctx), visit(ctx.bExpr(0)), ast.names.type(ctx.typeName()));
        }
        List<Expr> operands = ctx.bExpr().stream().map(this::visit).toList();
        String operator = ctx.bExpr().size() == 2 ? operatorBetween(ctx, ctx.bExpr(0), ctx.bExpr(1))
                : ctx.getChild(0) instanceof BExprContext ? SqlAstBuilder.words(ctx, 1) : ctx.getChild(0).getText();
        return new Expr.Operator(ast.range(ctx), operator, operands);
    }

    @Override
    public Expr visitColumnExpression(ColumnExpressionContext ctx) {
        return columnReference(ctx.columnReference());
    }

    @Override
    public Expr visitConstantExpression(ConstantExpressionContext ctx) {
        return visit(ctx.constant());
    }

    @Override
    public Expr visitParameterExpression(ParameterExpressionContext ctx) {
        // PostgreSQL's lexer rejects numbers beyond int range ($2147483648); they saturate here rather than crash.
        int number = new BigInteger(ctx.PARAM().getText().substring(1)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        Expr param = new Expr.Param(ast.range(ctx.PARAM().getSymbol()), number);
        return indirection(ctx, param, ctx.indirection());
    }

    @Override
    public Expr visitParenthesizedExpression(ParenthesizedExpressionContext ctx) {
        if (ctx.aExpr().size() > 1) {
            return new Expr.Collection(ast.range(ctx), Expr.CollectionKind.ROW, ctx.aExpr().stream().map(this::visit).toList());
        }
        return indirection(ctx, visit(ctx.aExpr(0)), ctx.indirection());
    }

    @Override
    public Expr visitCaseExpr(CaseExprContext ctx) {
        CaseExpressionContext c = ctx.caseExpression();
        Expr operand = c.aExpr().size() > (c.ELSE() != null ? 1 : 0) ? visit(c.aExpr(0)) : null;
        Expr otherwise = c.ELSE() != null ? visit(c.aExpr(c.aExpr().size() - 1)) : null;
        List<Part.CaseWhen> whens = c.caseWhen().stream()
                .map(w -> new Part.CaseWhen(ast.range(w), visit(w.aExpr(0)), visit(w.aExpr(1)))).toList();
        return new Expr.Case(ast.range(ctx), operand, whens, otherwise);
    }

    @Override
    public Expr visitFunctionExpression(FunctionExpressionContext ctx) {
        if (ctx.stringLiteral() != null) {
            return literal(ctx, Expr.LiteralKind.TYPED, ast.names.stringLiteral(ctx.stringLiteral()).value());
        }
        return indirection(ctx, visit(ctx.functionCall()), ctx.indirection());
    }

    @Override
    public Expr visitScalarSubquery(ScalarSubqueryContext ctx) {
        Expr subquery = new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.SCALAR, null, ast.queries.select(ctx.selectStatement()));
        return indirection(ctx, subquery, ctx.indirection());
    }

    @Override
    public Expr visitExistsExpression(ExistsExpressionContext ctx) {
        return new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.EXISTS, null, ast.queries.select(ctx.selectStatement()));
    }

    @Override
    public Expr visitArrayExpression(ArrayExpressionContext ctx) {
        if (ctx.selectStatement() != null) {
            return new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.ARRAY, null, ast.queries.select(ctx.selectStatement()));
        }
        return arrayLiteral(ctx.arrayLiteral());
    }

    private Expr arrayLiteral(ArrayLiteralContext ctx) {
        List<Expr> elements = new ArrayList<>();
        ctx.aExpr().forEach(e -> elements.add(visit(e)));
        ctx.arrayLiteral().forEach(a -> elements.add(arrayLiteral(a)));
        return new Expr.Collection(ast.range(ctx), Expr.CollectionKind.ARRAY, elements);
    }

    @Override
    public Expr visitRowExpression(RowExpressionContext ctx) {
        return new Expr.Collection(ast.range(ctx), Expr.CollectionKind.ROW, ctx.aExpr().stream().map(this::visit).toList());
    }

    @Override
    public Expr visitGroupingExpression(GroupingExpressionContext ctx) {
        return ast.calls.call(ctx, "grouping", ctx.aExpr());
    }

    @Override
    public Expr visitGenericFunctionCall(GenericFunctionCallContext ctx) {
        return ast.calls.withWindow(ctx, visit(ctx.functionApplication()));
    }

    @Override
    public Expr visitJsonAggregateCall(JsonAggregateCallContext ctx) {
        return ast.calls.withWindow(ctx, visit(ctx.jsonAggregate()));
    }

    @Override
    public Expr visitJsonAggregate(JsonAggregateContext ctx) {
        return ast.calls.sqlStandardCall(ctx);
    }

    @Override
    public Expr visitCommonFunctionCall(CommonFunctionCallContext ctx) {
        return visit(ctx.commonFunction());
    }

    @Override
    public Expr visitWindowlessFunctionCall(WindowlessFunctionCallContext ctx) {
        return visit(ctx.getChild(0));
    }

    @Override
    public Expr visitFunctionApplication(FunctionApplicationContext ctx) {
        return ast.calls.application(ctx);
    }

    @Override
    public Expr visitSpecialFunctionCall(SpecialFunctionCallContext ctx) {
        return ast.calls.special(ctx.specialFunction(), ctx);
    }

    @Override
    public Expr visitSqlStandardFunctionCall(SqlStandardFunctionCallContext ctx) {
        return ast.calls.sqlStandardCall(ctx);
    }

    @Override
    public Expr visitIntegerConstant(IntegerConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.INTEGER, ctx.getText());
    }

    @Override
    public Expr visitNumericConstant(NumericConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.NUMERIC, ctx.getText());
    }

    @Override
    public Expr visitStringConstant(StringConstantContext ctx) {
        return ast.names.stringLiteral(ctx.stringLiteral());
    }

    @Override
    public Expr visitBitStringConstant(BitStringConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.BIT_STRING, ctx.getText());
    }

    @Override
    public Expr visitTypedStringConstant(TypedStringConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.TYPED, ast.names.stringLiteral(ctx.stringLiteral()).value());
    }

    @Override
    public Expr visitIntervalConstant(IntervalConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.TYPED, ast.names.stringLiteral(ctx.stringLiteral()).value());
    }

    @Override
    public Expr visitBooleanConstant(BooleanConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.BOOLEAN, ctx.TRUE() != null ? "true" : "false");
    }

    @Override
    public Expr visitNullConstant(NullConstantContext ctx) {
        return literal(ctx, Expr.LiteralKind.NULL, "null");
    }

    private Expr columnReference(ColumnReferenceContext ctx) {
        List<Identifier> names = new ArrayList<>();
        names.add(ast.names.identifier(ctx.colId()));
        List<Expr> subscripts = new ArrayList<>();
        if (ctx.indirection() != null) {
            for (IndirectionElementContext element : ctx.indirection().indirectionElement()) {
                if (element.colLabel() != null && subscripts.isEmpty()) {
                    names.add(ast.names.identifier(element.colLabel()));
                } else {
                    element.aExpr().forEach(e -> subscripts.add(visit(e)));
                }
            }
        }
        Expr.ColumnRef ref = new Expr.ColumnRef(ast.range(ctx), names);
        return subscripts.isEmpty() ? ref : new Expr.Indirection(ast.range(ctx), ref, subscripts);
    }

    private Expr indirection(ParserRuleContext ctx, Expr base, IndirectionContext indirection) {
        if (indirection == null) {
            return base;
        }
        List<Expr> subscripts = new ArrayList<>();
        indirection.indirectionElement().forEach(element -> element.aExpr().forEach(e -> subscripts.add(visit(e))));
        return new Expr.Indirection(ast.range(ctx), base, subscripts);
    }

    private Expr operator(ParserRuleContext ctx, String operator, List<? extends ParserRuleContext> operands) {
        return new Expr.Operator(ast.range(ctx), operator, operands.stream().map(this::visit).toList());
    }

    private Expr bool(ParserRuleContext ctx, Expr.BoolOperator operator, List<AExprContext> operands) {
        return new Expr.Bool(ast.range(ctx), operator, operands.stream().map(this::visit).toList());
    }

    private Expr literal(ParserRuleContext ctx, Expr.LiteralKind kind, String value) {
        return new Expr.Literal(ast.range(ctx), kind, value);
    }

    private String operatorBetween(ParserRuleContext ctx, ParserRuleContext left, ParserRuleContext right) {
        StringBuilder operator = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child != left && child != right) {
                operator.append(operator.length() > 0 ? " " : "").append(child.getText());
            }
        }
        return operator.toString().toUpperCase(Locale.ROOT);
    }
}

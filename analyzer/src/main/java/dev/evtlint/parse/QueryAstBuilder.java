package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.CommonTableExpression;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.RowLocking;
import dev.evtlint.ast.Part.TableRef;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Queries and data changes (SqlQueries.g4): SELECT with its set operations, WITH, FROM items and
 * row locking; INSERT, UPDATE and DELETE with their target tables; the SELECT clauses a PL/pgSQL
 * expression may have. EXPLAIN and MERGE are kept by their command tag.
 */
final class QueryAstBuilder extends StatementAstBuilder {

    QueryAstBuilder(SqlAstBuilder ast) {
        super(ast);
    }

    @Override
    public Statement visitPreparableStatement(PreparableStatementContext ctx) {
        return preparable(ctx);
    }

    Statement.Select select(SelectStatementContext ctx) {
        return select(ctx.selectQuery(), ast.range(ctx), with(ctx.withClause()));
    }

    Statement.Select select(SelectQueryContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Expr> other = new ArrayList<>();
        if (ctx.orderByClause() != null) {
            other.addAll(ast.parts.expressionsOf(ctx.orderByClause()));
        }
        Expr limit = null;
        if (ctx.limitClauses() != null) {
            LimitClausesContext limits = ctx.limitClauses();
            if (limits.limitClause() != null) {
                List<Expr> limitExprs = ast.parts.expressionsOf(limits.limitClause());
                limit = limitExprs.isEmpty() ? null : limitExprs.get(0);
                if (limit == null && limits.limitClause().FETCH() != null) {
                    limit = new Expr.Literal(ast.range(limits.limitClause()), Expr.LiteralKind.INTEGER, "1");
                }
            }
            if (limits.offsetClause() != null) {
                other.addAll(ast.parts.expressionsOf(limits.offsetClause()));
            }
        }
        List<RowLocking> locking = ctx.lockingClauses() == null ? List.of()
                : ctx.lockingClauses().lockingClause().stream().map(this::rowLocking).toList();
        return selectBody(ctx.selectBody(), range, with, other, locking, limit);
    }

    private RowLocking rowLocking(LockingClauseContext c) {
        String strength = SqlAstBuilder.words(c.lockStrength(), 0);
        String wait = c.NOWAIT() != null ? "NOWAIT" : c.SKIP_P() != null ? "SKIP LOCKED" : null;
        return new RowLocking(ast.range(c), strength, wait);
    }

    private Statement.Select selectBody(SelectBodyContext body, SourceRange range, List<CommonTableExpression> with,
                                        List<Expr> other, List<RowLocking> locking, Expr limit) {
        if (body instanceof PrimarySelectContext primary) {
            return selectPrimary(primary.selectPrimary(), range, with, other, locking, limit);
        }
        List<SelectBodyContext> operands = body instanceof UnionSelectContext u ? u.selectBody() : ((IntersectSelectContext) body).selectBody();
        List<Statement.Select> selects = operands.stream()
                .map(operand -> selectBody(operand, ast.range(operand), List.of(), List.of(), List.of(), null))
                .toList();
        return new Statement.Select(range, with, List.of(), List.of(), null, other, selects, locking, null, limit);
    }

    private Statement.Select selectPrimary(SelectPrimaryContext primary, SourceRange range, List<CommonTableExpression> with,
                                          List<Expr> other, List<RowLocking> locking, Expr limit) {
        if (primary instanceof SimpleSelectContext s) {
            List<Expr> targets = new ArrayList<>();
            if (s.targetList() != null) {
                for (TargetElementContext target : s.targetList().targetElement()) {
                    if (!(target instanceof StarTargetContext)) {
                        targets.add(ast.expressions.visit(target.getChild(0)));
                    }
                }
            }
            List<TableRef> from = s.fromClause() == null ? List.of() : s.fromClause().tableRef().stream().map(ast.fromItems::visit).toList();
            Expr where = s.whereClause() == null ? null : ast.expressions.expression(s.whereClause().aExpr());
            List<Expr> clauses = new ArrayList<>(other);
            for (ParserRuleContext clause : new ParserRuleContext[] {s.groupByClause(), s.havingClause(), s.windowClause()}) {
                if (clause != null) {
                    clauses.addAll(ast.parts.expressionsOf(clause));
                }
            }
            QualifiedName into = s.intoClause() == null ? null : ast.names.qualifiedName(s.intoClause().qualifiedName());
            return new Statement.Select(range, with, targets, from, where, clauses, List.of(), locking, into, limit);
        } else if (primary instanceof ValuesSelectContext v) {
            List<Expr> values = v.aExpr().stream().map(ast.expressions::expression).toList();
            return new Statement.Select(range, with, values, List.of(), null, other, List.of(), locking, null, limit);
        } else if (primary instanceof TableSelectContext t) {
            TableRef table = new Part.RelationRef(ast.range(t.qualifiedName()), ast.names.qualifiedName(t.qualifiedName()), null);
            return new Statement.Select(range, with, List.of(), List.of(table), null, other, List.of(), locking, null, limit);
        }
        Statement.Select inner = select(((ParenthesizedSelectContext) primary).selectStatement());
        return new Statement.Select(range, with, List.of(), List.of(), null, other, List.of(inner), locking, null, limit);
    }

    private List<CommonTableExpression> with(WithClauseContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<CommonTableExpression> ctes = new ArrayList<>();
        for (CommonTableExpressionContext cte : ctx.commonTableExpression()) {
            ctes.add(new CommonTableExpression(ast.range(cte), ast.names.identifier(cte.colId(0)), preparable(cte.preparableStatement())));
        }
        return ctes;
    }

    /** SELECT, INSERT, UPDATE, DELETE or MERGE with the WITH clause before it, which its range includes. */
    Statement preparable(PreparableStatementContext ctx) {
        List<CommonTableExpression> with = with(ctx.withClause());
        if (ctx.selectQuery() != null) {
            return select(ctx.selectQuery(), ast.range(ctx), with);
        } else if (ctx.insertStatement() != null) {
            return insert(ctx.insertStatement(), ast.range(ctx), with);
        } else if (ctx.updateStatement() != null) {
            return update(ctx.updateStatement(), ast.range(ctx), with);
        } else if (ctx.deleteStatement() != null) {
            return delete(ctx.deleteStatement(), ast.range(ctx), with);
        }
        return ast.other(ctx, null);
    }

    private Statement.Insert insert(InsertStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Identifier> columns = ctx.insertColumn().stream().map(c -> ast.names.identifier(c.colId())).toList();
        Statement.Select source = ctx.selectStatement() == null ? null : select(ctx.selectStatement());
        List<Expr> other = new ArrayList<>();
        if (ctx.onConflictClause() != null) {
            other.addAll(ast.parts.expressionsOf(ctx.onConflictClause()));
        }
        if (ctx.returningClause() != null) {
            other.addAll(ast.parts.expressionsOf(ctx.returningClause()));
        }
        return new Statement.Insert(range, with, ast.names.qualifiedName(ctx.qualifiedName()), columns, source, other);
    }

    private Statement.Update update(UpdateStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Expr> values = ast.parts.expressionsOf(ctx.setClauseList());
        List<TableRef> from = ctx.fromClause() == null ? List.of() : ctx.fromClause().tableRef().stream().map(ast.fromItems::visit).toList();
        Expr where = ctx.whereOrCurrentClause() == null || ctx.whereOrCurrentClause().aExpr() == null
                ? null : ast.expressions.expression(ctx.whereOrCurrentClause().aExpr());
        List<Expr> returning = ctx.returningClause() == null ? List.of() : ast.parts.expressionsOf(ctx.returningClause());
        return new Statement.Update(range, with, ast.names.qualifiedName(ctx.qualifiedName()), values, from, where, returning);
    }

    private Statement.Delete delete(DeleteStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<TableRef> using = ctx.tableRef().stream().map(ast.fromItems::visit).toList();
        Expr where = ctx.whereOrCurrentClause() == null || ctx.whereOrCurrentClause().aExpr() == null
                ? null : ast.expressions.expression(ctx.whereOrCurrentClause().aExpr());
        List<Expr> returning = ctx.returningClause() == null ? List.of() : ast.parts.expressionsOf(ctx.returningClause());
        return new Statement.Delete(range, with, ast.names.qualifiedName(ctx.qualifiedName()), using, where, returning);
    }

    /** A lone value stays itself; one with SELECT clauses becomes the scalar subquery PL/pgSQL runs. */
    Expr plpgsqlExpression(PlpgsqlExpressionContext ctx) {
        TargetListContext targets = ctx.targetList();
        boolean lone = targets != null && targets.targetElement().size() == 1 && ctx.getChildCount() == 2
                && targets.targetElement(0) instanceof ExpressionTargetContext target && target.getChildCount() == 1;
        if (lone) {
            return ast.expressions.visit(targets.targetElement(0).getChild(0));
        }
        List<Expr> values = new ArrayList<>();
        if (targets != null) {
            for (TargetElementContext target : targets.targetElement()) {
                if (!(target instanceof StarTargetContext)) {
                    values.add(ast.expressions.visit(target.getChild(0)));
                }
            }
        }
        List<TableRef> from = ctx.fromClause() == null ? List.of() : ctx.fromClause().tableRef().stream().map(ast.fromItems::visit).toList();
        Expr where = ctx.whereClause() == null ? null : ast.expressions.expression(ctx.whereClause().aExpr());
        List<Expr> clauses = new ArrayList<>();
        for (ParserRuleContext clause : new ParserRuleContext[] {ctx.groupByClause(), ctx.havingClause(),
                ctx.windowClause(), ctx.orderByClause(), ctx.limitClauses()}) {
            if (clause != null) {
                clauses.addAll(ast.parts.expressionsOf(clause));
            }
        }
        List<RowLocking> locking = ctx.lockingClause().stream().map(this::rowLocking).toList();
        Statement.Select select = new Statement.Select(ast.range(ctx), List.of(), values, from, where, clauses, List.of(),
                locking, null, null);
        return new Expr.Subquery(ast.range(ctx), Expr.SubqueryKind.SCALAR, null, select);
    }
}

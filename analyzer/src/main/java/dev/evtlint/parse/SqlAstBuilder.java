package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.CommonTableExpression;
import dev.evtlint.ast.Part.ConfigSetting;
import dev.evtlint.ast.Part.EventFilter;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.Parameter;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.Part.RowLocking;
import dev.evtlint.ast.Part.TableRef;
import dev.evtlint.ast.Part.TypeRef;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser;
import dev.evtlint.grammar.PostgreSqlParser.*;
import dev.evtlint.grammar.PostgreSqlParserBaseVisitor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds evtlint's AST from PostgreSqlParser's parse tree: the only place that knows the SQL
 * grammar's rule names. Ranges are mapped through the {@link TextSlice} the statement was parsed
 * from, so they are file positions also inside function bodies and EXECUTE strings.
 */
final class SqlAstBuilder {
    private final TextSlice slice;
    private final List<Token> tokens;
    private final BodyParser bodies;
    private final ExpressionBuilder expressions = new ExpressionBuilder();

    /** Parses the body of a function, procedure or DO block in the language it is written in. */
    interface BodyParser {
        FunctionBody parse(String language, TextSlice body, SourceRange literalRange);
    }

    /** {@code tokens} are the tokens of the parse, which give the command tag of statements kept as {@link Statement.Other}. */
    SqlAstBuilder(TextSlice slice, List<Token> tokens, BodyParser bodies) {
        this.slice = slice;
        this.tokens = tokens;
        this.bodies = bodies;
    }

    // ------------------------------------------------------------------ statements

    Statement statement(StatementContext ctx) {
        // statement -> its family (queryStatement, tableStatement...) -> the statement itself
        ParseTree kind = ctx.getChild(0).getChild(0);
        if (kind instanceof PreparableStatementContext c) {
            return preparable(c);
        } else if (kind instanceof CreateFunctionStatementContext c) {
            return createFunction(c);
        } else if (kind instanceof DoStatementContext c) {
            return doStatement(c);
        } else if (kind instanceof CallStatementContext c) {
            return new Statement.Call(range(c), (Expr.FunctionCall) expressions.visit(c.functionCall()));
        } else if (kind instanceof CreateEventTriggerStatementContext c) {
            return createEventTrigger(c);
        } else if (kind instanceof AlterEventTriggerStatementContext c) {
            return alterEventTrigger(c);
        } else if (kind instanceof CreateTableStatementContext c && !isCreateTableAsExecute(c)) {
            return createTable(c);
        } else if (kind instanceof CreateRoleStatementContext c) {
            return new Statement.RoleStatement(range(c), "CREATE ROLE", identifier(c.roleName().nonReservedWord()),
                    superuser(c.createRoleOption().stream().map(CreateRoleOptionContext::roleOption).toList()));
        } else if (kind instanceof AlterRoleOptionsContext c) {
            return new Statement.RoleStatement(range(c), "ALTER ROLE", roleIdentifier(c.roleSpec()), superuser(c.roleOption()));
        } else if (kind instanceof AlterRoleStatementContext c) {
            return new Statement.RoleStatement(range(c), "ALTER ROLE", null, null);
        } else if (kind instanceof AlterFunctionStatementContext c) {
            return alterFunction(c);
        } else if (kind instanceof GrantStatementContext c) {
            return grant(c, false, c.privileges(), c.privilegeTarget(), c.grantee());
        } else if (kind instanceof RevokeStatementContext c) {
            return grant(c, true, c.privileges(), c.privilegeTarget(), c.grantee());
        } else if (kind instanceof GrantRoleStatementContext c) {
            return roleMembership(c, false, c.privilegeList(), c.roleSpec());
        } else if (kind instanceof RevokeRoleStatementContext c) {
            return roleMembership(c, true, c.privilegeList(), c.roleSpec());
        } else if (kind instanceof DropStatementContext c) {
            return drop(c);
        } else if (kind instanceof SetStatementContext c) {
            return set(c);
        } else if (kind instanceof ResetStatementContext c) {
            ResetRestContext rest = c.resetRest();
            String parameter = rest.qualifiedName() != null ? qualifiedName(rest.qualifiedName()).toString() : words(rest, 0);
            return new Statement.SetConfig(range(c), true, false, parameter, List.of());
        } else if (kind instanceof LockStatementContext c) {
            return lock(c);
        } else if (kind instanceof CatalogStatementContext c && c.createExtensionStatement() != null) {
            CreateExtensionStatementContext create = c.createExtensionStatement();
            return new Statement.CreateExtension(range(create), identifier(create.colId(0)));
        }
        return other((ParserRuleContext) kind);
    }

    /** A statement kind evtlint has no record for: its tag and the expressions in it. */
    private Statement.Other other(ParserRuleContext ctx) {
        return new Statement.Other(range(ctx), commandTag(ctx), List.copyOf(collectExpressions(ctx)));
    }

    private String commandTag(ParserRuleContext ctx) {
        List<Token> significant = new ArrayList<>();
        for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                significant.add(token);
            }
        }
        return CommandTags.of(significant);
    }

    private Statement.Select select(SelectStatementContext ctx) {
        return select(ctx.selectQuery(), range(ctx), with(ctx.withClause()));
    }

    private Statement.Select select(SelectQueryContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Expr> other = new ArrayList<>();
        if (ctx.orderByClause() != null) {
            other.addAll(expressionsOf(ctx.orderByClause()));
        }
        Expr limit = null;
        if (ctx.limitClauses() != null) {
            LimitClausesContext limits = ctx.limitClauses();
            if (limits.limitClause() != null) {
                List<Expr> limitExprs = expressionsOf(limits.limitClause());
                limit = limitExprs.isEmpty() ? null : limitExprs.get(0);
                if (limit == null && limits.limitClause().FETCH() != null) {
                    limit = new Expr.Literal(range(limits.limitClause()), Expr.LiteralKind.INTEGER, "1");
                }
            }
            if (limits.offsetClause() != null) {
                other.addAll(expressionsOf(limits.offsetClause()));
            }
        }
        List<RowLocking> locking = ctx.lockingClauses() == null ? List.of()
                : ctx.lockingClauses().lockingClause().stream().map(this::rowLocking).toList();
        return selectBody(ctx.selectBody(), range, with, other, locking, limit);
    }

    private RowLocking rowLocking(LockingClauseContext c) {
        String strength = words(c.lockStrength(), 0);
        String wait = c.NOWAIT() != null ? "NOWAIT" : c.SKIP_P() != null ? "SKIP LOCKED" : null;
        return new RowLocking(range(c), strength, wait);
    }

    private Statement.Select selectBody(SelectBodyContext body, SourceRange range, List<CommonTableExpression> with,
                                        List<Expr> other, List<RowLocking> locking, Expr limit) {
        if (body instanceof PrimarySelectContext primary) {
            return selectPrimary(primary.selectPrimary(), range, with, other, locking, limit);
        }
        List<SelectBodyContext> operands = body instanceof UnionSelectContext u ? u.selectBody() : ((IntersectSelectContext) body).selectBody();
        List<Statement.Select> selects = operands.stream()
                .map(operand -> selectBody(operand, range(operand), List.of(), List.of(), List.of(), null))
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
                        targets.add(expressions.visit(target.getChild(0)));
                    }
                }
            }
            List<TableRef> from = s.fromClause() == null ? List.of() : s.fromClause().tableRef().stream().map(this::tableRef).toList();
            Expr where = s.whereClause() == null ? null : expression(s.whereClause().aExpr());
            List<Expr> clauses = new ArrayList<>(other);
            for (ParserRuleContext clause : new ParserRuleContext[] {s.groupByClause(), s.havingClause(), s.windowClause()}) {
                if (clause != null) {
                    clauses.addAll(expressionsOf(clause));
                }
            }
            QualifiedName into = s.intoClause() == null ? null : qualifiedName(s.intoClause().qualifiedName());
            return new Statement.Select(range, with, targets, from, where, clauses, List.of(), locking, into, limit);
        } else if (primary instanceof ValuesSelectContext v) {
            List<Expr> values = v.aExpr().stream().map(this::expression).toList();
            return new Statement.Select(range, with, values, List.of(), null, other, List.of(), locking, null, limit);
        } else if (primary instanceof TableSelectContext t) {
            TableRef table = new Part.RelationRef(range(t.qualifiedName()), qualifiedName(t.qualifiedName()), null);
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
            ctes.add(new CommonTableExpression(range(cte), identifier(cte.colId(0)), preparable(cte.preparableStatement())));
        }
        return ctes;
    }

    /** SELECT, INSERT, UPDATE, DELETE or MERGE with the WITH clause before it, which its range includes. */
    private Statement preparable(PreparableStatementContext ctx) {
        List<CommonTableExpression> with = with(ctx.withClause());
        if (ctx.selectQuery() != null) {
            return select(ctx.selectQuery(), range(ctx), with);
        } else if (ctx.insertStatement() != null) {
            return insert(ctx.insertStatement(), range(ctx), with);
        } else if (ctx.updateStatement() != null) {
            return update(ctx.updateStatement(), range(ctx), with);
        } else if (ctx.deleteStatement() != null) {
            return delete(ctx.deleteStatement(), range(ctx), with);
        }
        return other(ctx);
    }

    private TableRef tableRef(TableRefContext ctx) {
        if (ctx instanceof PrimaryTableRefContext p) {
            return tablePrimary(p.tablePrimary());
        } else if (ctx instanceof CrossJoinContext c) {
            return new Part.JoinRef(range(c), tableRef(c.tableRef(0)), tableRef(c.tableRef(1)), null);
        } else if (ctx instanceof NaturalJoinContext n) {
            return new Part.JoinRef(range(n), tableRef(n.tableRef(0)), tableRef(n.tableRef(1)), null);
        }
        QualifiedJoinContext q = (QualifiedJoinContext) ctx;
        Expr condition = q.joinQualifier().aExpr() == null ? null : expression(q.joinQualifier().aExpr());
        return new Part.JoinRef(range(q), tableRef(q.tableRef(0)), tableRef(q.tableRef(1)), condition);
    }

    private TableRef tablePrimary(TablePrimaryContext ctx) {
        if (ctx instanceof RelationTableContext r) {
            return new Part.RelationRef(range(r), qualifiedName(r.qualifiedName()), alias(r.aliasClause()));
        } else if (ctx instanceof OnlyRelationTableContext r) {
            return new Part.RelationRef(range(r), qualifiedName(r.qualifiedName()), alias(r.aliasClause()));
        } else if (ctx instanceof FunctionTableRefContext f) {
            return new Part.FunctionTableRef(range(f), List.of(functionCall(f.functionTable().windowlessFunctionCall())),
                    f.functionAliasClause() == null ? null : functionAlias(f.functionAliasClause()));
        } else if (ctx instanceof RowsFromTableContext f) {
            List<Expr.FunctionCall> calls = f.rowsFromItem().stream().map(t -> functionCall(t.windowlessFunctionCall())).toList();
            return new Part.FunctionTableRef(range(f), calls, f.functionAliasClause() == null ? null : functionAlias(f.functionAliasClause()));
        } else if (ctx instanceof XmlTableRefContext x) {
            return new Part.FunctionTableRef(range(x), List.of(expressions.sqlStandardCall(x.xmlTable())), alias(x.aliasClause()));
        } else if (ctx instanceof JsonTableRefContext j) {
            return new Part.FunctionTableRef(range(j), List.of(expressions.sqlStandardCall(j.jsonTable())), alias(j.aliasClause()));
        } else if (ctx instanceof SubqueryTableContext s) {
            return new Part.SubqueryRef(range(s), select(s.selectStatement()), alias(s.aliasClause()));
        }
        ParenthesizedTableRefContext p = (ParenthesizedTableRefContext) ctx;
        return tableRef(p.tableRef());
    }

    private Identifier alias(AliasClauseContext ctx) {
        return ctx == null ? null : identifier(ctx.colId(0));
    }

    private Identifier functionAlias(FunctionAliasClauseContext ctx) {
        if (ctx.aliasClause() != null) {
            return alias(ctx.aliasClause());
        }
        return ctx.colId() == null ? null : identifier(ctx.colId());
    }

    /** A function in FROM; CAST and TREAT there are calls of the cast (FROM CAST(x AS int) AS t). */
    private Expr.FunctionCall functionCall(WindowlessFunctionCallContext ctx) {
        Expr expr = expressions.visit(ctx);
        return expr instanceof Expr.FunctionCall call ? call
                : new Expr.FunctionCall(range(ctx), keywordName(ctx.getStart()), List.of(expr), false);
    }

    /** A keyword as the name of the function it stands for, e.g. xmlelement for XMLELEMENT. */
    private QualifiedName keywordName(Token keyword) {
        return new QualifiedName(range(keyword), List.of(new Identifier(range(keyword), keyword.getText().toLowerCase(Locale.ROOT), false)));
    }

    private Statement.Insert insert(InsertStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Identifier> columns = ctx.insertColumn().stream().map(c -> identifier(c.colId())).toList();
        Statement.Select source = ctx.selectStatement() == null ? null : select(ctx.selectStatement());
        List<Expr> other = new ArrayList<>();
        if (ctx.onConflictClause() != null) {
            other.addAll(expressionsOf(ctx.onConflictClause()));
        }
        if (ctx.returningClause() != null) {
            other.addAll(expressionsOf(ctx.returningClause()));
        }
        return new Statement.Insert(range, with, qualifiedName(ctx.qualifiedName()), columns, source, other);
    }

    private Statement.Update update(UpdateStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<Expr> values = expressionsOf(ctx.setClauseList());
        List<TableRef> from = ctx.fromClause() == null ? List.of() : ctx.fromClause().tableRef().stream().map(this::tableRef).toList();
        Expr where = ctx.whereOrCurrentClause() == null || ctx.whereOrCurrentClause().aExpr() == null
                ? null : expression(ctx.whereOrCurrentClause().aExpr());
        List<Expr> returning = ctx.returningClause() == null ? List.of() : expressionsOf(ctx.returningClause());
        return new Statement.Update(range, with, qualifiedName(ctx.qualifiedName()), values, from, where, returning);
    }

    private Statement.Delete delete(DeleteStatementContext ctx, SourceRange range, List<CommonTableExpression> with) {
        List<TableRef> using = ctx.tableRef().stream().map(this::tableRef).toList();
        Expr where = ctx.whereOrCurrentClause() == null || ctx.whereOrCurrentClause().aExpr() == null
                ? null : expression(ctx.whereOrCurrentClause().aExpr());
        List<Expr> returning = ctx.returningClause() == null ? List.of() : expressionsOf(ctx.returningClause());
        return new Statement.Delete(range, with, qualifiedName(ctx.qualifiedName()), using, where, returning);
    }

    private Statement.CreateFunction createFunction(CreateFunctionStatementContext ctx) {
        boolean procedure = ctx.PROCEDURE() != null;
        List<Parameter> parameters = ctx.functionParameter().stream().map(this::parameter).toList();
        TypeRef returns = null;
        if (ctx.functionReturns() instanceof ReturnsTypeContext r) {
            returns = type(r.typeName());
        } else if (ctx.functionReturns() instanceof ReturnsTableContext t) {
            returns = new TypeRef(range(t), "table", true, 0);
        }
        FunctionOptions options = new FunctionOptions("sql");
        ctx.functionOption().forEach(options::add);
        FunctionBody body = options.body();
        if (ctx.sqlBody() != null) {
            body = sqlStandardBody(ctx.sqlBody());
        }
        return new Statement.CreateFunction(range(ctx), ctx.REPLACE() != null, procedure, qualifiedName(ctx.functionName()),
                parameters, returns, options.language, options.volatility, options.securityDefiner, options.settings, body);
    }

    private FunctionBody sqlStandardBody(SqlBodyContext ctx) {
        List<Statement> statements = new ArrayList<>();
        if (ctx.RETURN() != null) {
            statements.add(returnStatement(ctx, ctx.aExpr()));
        } else {
            for (SqlBodyStatementContext s : ctx.sqlBodyStatement()) {
                statements.add(s.statement() != null ? statement(s.statement()) : returnStatement(s, s.aExpr()));
            }
        }
        return new Part.SqlStandardBody(range(ctx), statements);
    }

    /** RETURN expr of a SQL-standard body, read as the SELECT expr it evaluates. */
    private Statement.Select returnStatement(ParserRuleContext ctx, AExprContext returned) {
        return new Statement.Select(range(ctx), List.of(), List.of(expression(returned)),
                List.of(), null, List.of(), List.of(), List.of(), null, null);
    }

    /** Collects CREATE/ALTER FUNCTION options; the body is parsed once the language is known. */
    private final class FunctionOptions {
        String language;
        String volatility = "VOLATILE";
        SourceRange securityDefiner;
        Boolean definer;
        final List<ConfigSetting> settings = new ArrayList<>();
        final List<String> resets = new ArrayList<>();
        FunctionBodyLiteralContext bodyLiteral;

        FunctionOptions(String defaultLanguage) {
            this.language = defaultLanguage;
        }

        void add(FunctionOptionContext option) {
            if (option instanceof BodyOptionContext b) {
                bodyLiteral = b.functionBodyLiteral();
            } else if (option instanceof LanguageOptionContext l) {
                language = nameOrString(l.nonReservedWordOrString());
            } else if (option instanceof VolatilityOptionContext v) {
                volatility = upper(v.getText());
            } else if (option instanceof SecurityOptionContext s) {
                definer = s.DEFINER() != null;
                securityDefiner = definer ? range(s) : null;
            } else if (option instanceof SetOptionContext s) {
                SetRestMoreContext setting = s.setRestMore();
                QualifiedName name = setting.qualifiedName() != null ? qualifiedName(setting.qualifiedName())
                        : new QualifiedName(range(setting), List.of(new Identifier(range(setting), parameterName(setting), false)));
                settings.add(new ConfigSetting(range(s), name, settingValues(setting), setting.CURRENT() != null));
            } else if (option instanceof ResetOptionContext r) {
                resets.add(resetParameter(r.resetRest()));
            }
        }

        FunctionBody body() {
            if (bodyLiteral == null) {
                return null;
            }
            return functionBody(language, bodyLiteral);
        }
    }

    private FunctionBody functionBody(String language, FunctionBodyLiteralContext literal) {
        StringLiteralContext string = literal.stringLiteral();
        Token token = string.getStart();
        if (string.getChildCount() != 1) {
            return new Part.OpaqueBody(range(literal), literal.getText());
        }
        StringLiterals.Decoded decoded = StringLiterals.decode(token.getText());
        int tokenStart = token.getStartIndex();
        TextSlice body;
        if (token.getType() == PostgreSqlParser.DOLLAR_STRING_LITERAL) {
            int[] indexes = decoded.sourceIndexes();
            int from = indexes.length == 0 ? 0 : indexes[0];
            body = slice.sub(tokenStart + from, tokenStart + from + decoded.value().length());
        } else {
            int[] fileOffsets = new int[decoded.sourceIndexes().length];
            for (int i = 0; i < fileOffsets.length; i++) {
                fileOffsets[i] = slice.fileOffset(tokenStart + decoded.sourceIndexes()[i]);
            }
            body = TextSlice.mapped(slice.file(), decoded.value(), fileOffsets);
        }
        return bodies.parse(language, body, range(literal));
    }

    private Statement.Do doStatement(DoStatementContext ctx) {
        String language = ctx.nonReservedWordOrString().isEmpty() ? "plpgsql" : nameOrString(ctx.nonReservedWordOrString(0));
        return new Statement.Do(range(ctx), language, functionBody(language, ctx.functionBodyLiteral()));
    }

    private Statement.AlterFunction alterFunction(AlterFunctionStatementContext ctx) {
        String kind = upper(ctx.getChild(1).getText());
        List<Parameter> parameters = ctx.OPEN_PAREN() == null ? null
                : ctx.functionParameter().stream().map(this::parameter).toList();
        AlterFunctionActionContext action = ctx.alterFunctionAction();
        FunctionOptions options = new FunctionOptions(null);
        Identifier newName = null;
        Identifier newSchema = null;
        Identifier newOwner = null;
        if (action instanceof AlterFunctionOptionsContext o) {
            o.functionOption().forEach(options::add);
        } else if (action instanceof AlterFunctionRenameContext r) {
            newName = identifier(r.colId());
        } else if (action instanceof AlterFunctionSetSchemaContext s) {
            newSchema = identifier(s.colId());
        } else if (action instanceof AlterFunctionOwnerContext o) {
            newOwner = roleIdentifier(o.roleSpec());
        }
        return new Statement.AlterFunction(range(ctx), kind, qualifiedName(ctx.functionName()), parameters,
                options.definer, List.copyOf(options.settings), List.copyOf(options.resets), newName, newSchema, newOwner);
    }

    private Statement.CreateEventTrigger createEventTrigger(CreateEventTriggerStatementContext ctx) {
        List<EventFilter> filters = new ArrayList<>();
        for (EventTriggerFilterContext filter : ctx.eventTriggerFilter()) {
            List<Expr.Literal> values = filter.stringLiteral().stream().map(this::stringLiteral).toList();
            filters.add(new EventFilter(range(filter), identifier(filter.colId()), values));
        }
        return new Statement.CreateEventTrigger(range(ctx), identifier(ctx.eventTriggerName().colId()),
                labelIdentifier(ctx.colLabel()), ctx.WHEN() == null ? null : range(ctx.WHEN().getSymbol()), filters,
                qualifiedName(ctx.functionName()));
    }

    private Statement.AlterEventTrigger alterEventTrigger(AlterEventTriggerStatementContext ctx) {
        Identifier name;
        Statement.EventTriggerAction action;
        Identifier newName = null;
        if (ctx instanceof AlterEventTriggerEnableContext e) {
            name = identifier(e.eventTriggerName().colId());
            action = e.REPLICA() != null ? Statement.EventTriggerAction.ENABLE_REPLICA
                    : e.ALWAYS() != null ? Statement.EventTriggerAction.ENABLE_ALWAYS : Statement.EventTriggerAction.ENABLE;
        } else if (ctx instanceof AlterEventTriggerDisableContext d) {
            name = identifier(d.eventTriggerName().colId());
            action = Statement.EventTriggerAction.DISABLE;
        } else if (ctx instanceof AlterEventTriggerOwnerContext o) {
            name = identifier(o.eventTriggerName().colId());
            action = Statement.EventTriggerAction.OWNER;
        } else {
            AlterEventTriggerRenameContext r = (AlterEventTriggerRenameContext) ctx;
            name = identifier(r.eventTriggerName().colId());
            action = Statement.EventTriggerAction.RENAME;
            newName = identifier(r.colId());
        }
        return new Statement.AlterEventTrigger(range(ctx), name, action, newName);
    }

    private Statement drop(DropStatementContext ctx) {
        if (ctx instanceof DropEventTriggerContext e) {
            List<Identifier> names = e.eventTriggerName().stream().map(n -> identifier(n.colId())).toList();
            return new Statement.DropEventTrigger(range(e), e.EXISTS() != null, names, isCascade(e.dropBehavior()));
        } else if (ctx instanceof DropFunctionContext f) {
            List<Part.RoutineRef> routines = f.functionReference().stream().map(this::routineRef).toList();
            return new Statement.DropObject(range(f), upper(f.getChild(1).getText()), f.EXISTS() != null,
                    routines.stream().map(Part.RoutineRef::name).toList(), isCascade(f.dropBehavior()), routines);
        } else if (ctx instanceof DropAggregateContext a) {
            List<QualifiedName> names = a.aggregateReference().stream().map(r -> qualifiedName(r.functionName())).toList();
            return dropObject(a, "AGGREGATE", names, a.dropBehavior());
        } else if (ctx instanceof DropObjectContext o) {
            return dropObject(o, words(o.anyNameObjectKind(), 0), o.anyName().stream().map(this::qualifiedName).toList(),
                    o.dropBehavior());
        } else if (ctx instanceof DropIndexConcurrentlyContext i) {
            return dropObject(i, "INDEX", i.anyName().stream().map(this::qualifiedName).toList(), i.dropBehavior());
        } else if (ctx instanceof DropNamedObjectContext n) {
            String kind = words(n.nameObjectKind(), 0).replace("PROCEDURAL ", "");
            return dropObject(n, kind, n.colId().stream().map(this::simpleName).toList(), n.dropBehavior());
        } else if (ctx instanceof DropTypeContext t) {
            return dropObject(t, upper(t.getChild(1).getText()), t.typeName().stream().map(this::typeObjectName).toList(),
                    t.dropBehavior());
        } else if (ctx instanceof DropOperatorContext o) {
            List<QualifiedName> names = o.operatorReference().stream().map(r -> operatorName(r.operatorName())).toList();
            return dropObject(o, "OPERATOR", names, o.dropBehavior());
        } else if (ctx instanceof DropOperatorClassContext c) {
            return dropObject(c, "OPERATOR " + upper(c.getChild(2).getText()), List.of(qualifiedName(c.anyName())),
                    c.dropBehavior());
        } else if (ctx instanceof DropTableObjectContext t) {
            List<Identifier> parts = new ArrayList<>(qualifiedName(t.anyName()).parts());
            parts.add(identifier(t.colId()));
            return dropObject(t, upper(t.getChild(1).getText()), List.of(new QualifiedName(range(t), parts)), t.dropBehavior());
        } else if (ctx instanceof DropSubscriptionContext d) {
            return dropObject(d, "SUBSCRIPTION", List.of(simpleName(d.colId())), d.dropBehavior());
        } else if (ctx instanceof DropTablespaceContext d) {
            return dropObject(d, "TABLESPACE", List.of(simpleName(d.colId())), null);
        } else if (ctx instanceof DropDatabaseContext d) {
            return dropObject(d, "DATABASE", List.of(simpleName(d.colId())), null);
        } else if (ctx instanceof DropRoleContext r) {
            List<QualifiedName> names = r.roleSpec().stream()
                    .map(spec -> new QualifiedName(range(spec), List.of(roleIdentifier(spec)))).toList();
            return new Statement.DropObject(range(r), "ROLE", r.EXISTS() != null, names, false, List.of());
        }
        // Objects without a name of their own: casts, transforms, user mappings, what a role owns.
        return other(ctx);
    }

    private Statement.DropObject dropObject(DropStatementContext ctx, String kind, List<QualifiedName> names,
                                            DropBehaviorContext behavior) {
        return new Statement.DropObject(range(ctx), kind, ctx.getToken(PostgreSqlParser.EXISTS, 0) != null, names,
                isCascade(behavior), List.of());
    }

    private Part.RoutineRef routineRef(FunctionReferenceContext ctx) {
        List<Parameter> parameters = ctx.OPEN_PAREN() == null ? null
                : ctx.functionParameter().stream().map(this::parameter).toList();
        return new Part.RoutineRef(range(ctx), qualifiedName(ctx.functionName()), parameters);
    }

    private static boolean isCascade(DropBehaviorContext ctx) {
        return ctx != null && ctx.CASCADE() != null;
    }

    /** CREATE TABLE ... AS EXECUTE has no query of its own to analyse: it stays a generic statement. */
    private static boolean isCreateTableAsExecute(CreateTableStatementContext ctx) {
        return ctx instanceof CreateTableAsContext as && as.selectStatement() == null;
    }

    private Statement.CreateTable createTable(CreateTableStatementContext ctx) {
        if (ctx instanceof CreateTableAsContext as) {
            return new Statement.CreateTable(range(as), qualifiedName(as.qualifiedName()), as.tableScope() != null,
                    as.EXISTS() != null, select(as.selectStatement()));
        }
        CreateTableColumnsContext c = (CreateTableColumnsContext) ctx;
        return new Statement.CreateTable(range(c), qualifiedName(c.qualifiedName(0)), c.tableScope() != null,
                c.EXISTS() != null, null);
    }

    private Statement.Grant grant(ParserRuleContext ctx, boolean revoke, PrivilegesContext privileges,
                                  PrivilegeTargetContext target, List<GranteeContext> grantees) {
        List<String> names = privileges.ALL() != null ? List.of("ALL")
                : privileges.privilegeList().privilege().stream().map(this::privilegeName).toList();
        String objectKind = target.getStart().getType() == PostgreSqlParser.ALL ? "ALL " + upper(target.getChild(1).getText())
                : target.qualifiedName().isEmpty() || target.TABLE() != null || target.getChild(0) instanceof QualifiedNameContext
                ? "TABLE" : upper(target.getStart().getText());
        List<dev.evtlint.ast.Node> objects = new ArrayList<>();
        target.qualifiedName().forEach(q -> objects.add(qualifiedName(q)));
        target.functionReference().forEach(f -> objects.add(qualifiedName(f.functionName())));
        List<Identifier> to = grantees.stream().map(g -> roleIdentifier(g.roleSpec())).toList();
        return new Statement.Grant(range(ctx), revoke, false, names, objectKind, objects, to);
    }

    private String privilegeName(PrivilegeContext ctx) {
        return ctx.SYSTEM() != null ? "ALTER SYSTEM" : upper(ctx.getChild(0).getText());
    }

    private Statement.Grant roleMembership(ParserRuleContext ctx, boolean revoke, PrivilegeListContext roles,
                                           List<RoleSpecContext> members) {
        List<String> granted = roles.privilege().stream().map(p -> identifierText(p.getChild(0))).toList();
        List<Identifier> to = members.stream().map(this::roleIdentifier).toList();
        return new Statement.Grant(range(ctx), revoke, true, granted, "ROLE", List.of(), to);
    }

    /** What role options say of SUPERUSER: the last of SUPERUSER and NOSUPERUSER wins, null when neither is given. */
    private static Boolean superuser(List<RoleOptionContext> options) {
        Boolean superuser = null;
        for (RoleOptionContext option : options) {
            if (option != null && option.IDENTIFIER() != null) {
                String word = option.IDENTIFIER().getText().toLowerCase(Locale.ROOT);
                if (word.equals("superuser") || word.equals("nosuperuser")) {
                    superuser = word.equals("superuser");
                }
            }
        }
        return superuser;
    }

    private Statement.SetConfig set(SetStatementContext ctx) {
        SetRestContext rest = ctx.setRest();
        boolean local = ctx.LOCAL() != null;
        SetRestMoreContext setting = rest.setRestMore();
        if (setting == null) {
            return new Statement.SetConfig(range(ctx), false, local, "transaction", expressionsOf(rest));
        }
        return new Statement.SetConfig(range(ctx), false, local, parameterName(setting), settingValues(setting));
    }

    /** The parameter a SET form sets: its name, or the one its special syntax stands for (SET TIME ZONE: timezone). */
    private String parameterName(SetRestMoreContext ctx) {
        if (ctx.qualifiedName() != null) {
            return qualifiedName(ctx.qualifiedName()).toString();
        }
        return ctx.TIME() != null ? "timezone" : ctx.ROLE() != null ? "role"
                : ctx.AUTHORIZATION() != null ? "session_authorization" : ctx.SCHEMA() != null ? "search_path"
                : ctx.NAMES() != null ? "client_encoding" : ctx.XML() != null ? "xmloption"
                : ctx.CATALOG() != null ? "catalog" : "transaction_snapshot";
    }

    /** The parameter RESET names, in lower case as SET names it; {@code all} for RESET ALL. */
    private String resetParameter(ResetRestContext ctx) {
        if (ctx.qualifiedName() != null) {
            return qualifiedName(ctx.qualifiedName()).toString();
        }
        return ctx.ALL() != null ? "all" : ctx.TIME() != null ? "timezone"
                : ctx.SESSION() != null ? "session_authorization" : "transaction_isolation";
    }

    private List<Expr> settingValues(SetRestMoreContext ctx) {
        if (ctx.qualifiedName() != null) {
            return ctx.setValueList() == null ? List.of() : setValues(ctx.setValueList());
        }
        NonReservedWordOrStringContext role = ctx.nonReservedWordOrString();
        if (role != null) {
            // SET ROLE and SET SESSION AUTHORIZATION: the role's name (NONE for no role); DEFAULT gives none.
            return List.of(role.stringLiteral() != null ? stringLiteral(role.stringLiteral())
                    : new Expr.ColumnRef(range(role), List.of(identifier(role.nonReservedWord()))));
        }
        return expressionsOf(ctx);
    }

    private List<Expr> setValues(SetValueListContext ctx) {
        List<Expr> values = new ArrayList<>();
        for (SetValueContext value : ctx.setValue()) {
            if (value.stringLiteral() != null) {
                values.add(stringLiteral(value.stringLiteral()));
            } else if (value.signedNumber() != null) {
                values.add(new Expr.Literal(range(value), Expr.LiteralKind.NUMERIC, value.getText()));
            } else if (value.nonReservedWord() != null) {
                values.add(new Expr.ColumnRef(range(value), List.of(identifier(value.nonReservedWord()))));
            } else {
                Identifier word = new Identifier(range(value), Identifier.fold(value.getText()), false);
                values.add(new Expr.ColumnRef(range(value), List.of(word)));
            }
        }
        return values;
    }

    private Statement.Lock lock(LockStatementContext ctx) {
        String mode = ctx.lockMode() == null ? "ACCESS EXCLUSIVE" : words(ctx.lockMode(), 0);
        List<QualifiedName> tables = ctx.relationExpression().stream().map(r -> qualifiedName(r.qualifiedName())).toList();
        return new Statement.Lock(range(ctx), tables, mode, ctx.NOWAIT() != null);
    }

    // ------------------------------------------------------------------ names, types, literals

    private Parameter parameter(FunctionParameterContext ctx) {
        ParameterDeclarationContext declaration = ctx.parameterDeclaration();
        String mode = declaration.parameterMode() == null ? "IN" : words(declaration.parameterMode(), 0).replace("IN OUT", "INOUT");
        Identifier name = declaration.paramName() == null ? null : identifier(declaration.paramName().typeFunctionName());
        Expr defaultValue = ctx.aExpr() == null ? null : expression(ctx.aExpr());
        return new Parameter(range(ctx), mode, name, type(declaration.typeName()), defaultValue);
    }

    TypeRef type(TypeNameContext ctx) {
        boolean setOf = ctx.SETOF() != null;
        int dimensions = 0;
        String name;
        if (ctx.simpleTypeName() != null) {
            name = typeName(ctx.simpleTypeName());
            if (ctx.arrayBounds() != null) {
                dimensions = Math.max(1, ctx.arrayBounds().OPEN_BRACKET().size());
            }
        } else {
            name = dottedName(ctx.typeFunctionName(), ctx.colLabel()) + "%type";
        }
        return new TypeRef(range(ctx), name, setOf, dimensions);
    }

    /** The type's name as PostgreSQL spells it: lower case, one space between words, no modifiers. */
    private String typeName(SimpleTypeNameContext ctx) {
        if (ctx.genericTypeName() != null) {
            GenericTypeNameContext generic = ctx.genericTypeName();
            return dottedName(generic.typeFunctionName(), generic.colLabel());
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            collectWords(ctx.getChild(i), words);
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    private static String dottedName(TypeFunctionNameContext first, List<ColLabelContext> rest) {
        StringBuilder name = new StringBuilder(identifierText(first));
        rest.forEach(label -> name.append('.').append(identifierText(label)));
        return name.toString();
    }

    private static void collectWords(ParseTree tree, StringBuilder words) {
        if (tree instanceof TerminalNode terminal) {
            if (ScannerVocabulary.SQL.isKeyword(terminal.getSymbol().getType())) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(terminal.getText());
            }
        } else {
            for (int i = 0; i < tree.getChildCount(); i++) {
                ParseTree child = tree.getChild(i);
                if (!(child instanceof AExprContext)) {
                    collectWords(child, words);
                }
            }
        }
    }

    QualifiedName qualifiedName(QualifiedNameContext ctx) {
        return dottedName(ctx, ctx.colId(), ctx.colLabel());
    }

    private QualifiedName qualifiedName(AnyNameContext ctx) {
        return dottedName(ctx, ctx.colId(), ctx.colLabel());
    }

    private QualifiedName dottedName(ParserRuleContext ctx, ParserRuleContext first, List<ColLabelContext> rest) {
        List<Identifier> parts = new ArrayList<>();
        parts.add(identifier(first));
        rest.forEach(label -> parts.add(labelIdentifier(label)));
        return new QualifiedName(range(ctx), parts);
    }

    /** A type named as an object (DROP TYPE): its dotted name, or the one word of a built-in type. */
    private QualifiedName typeObjectName(TypeNameContext ctx) {
        GenericTypeNameContext generic = ctx.simpleTypeName() == null ? null : ctx.simpleTypeName().genericTypeName();
        if (generic != null) {
            return dottedName(ctx, generic.typeFunctionName(), generic.colLabel());
        }
        return new QualifiedName(range(ctx), List.of(new Identifier(range(ctx), type(ctx).name(), false)));
    }

    /** An operator's name as a qualified name whose last part is the operator itself, e.g. pg_catalog.+ */
    private QualifiedName operatorName(OperatorNameContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        ctx.colId().forEach(schema -> parts.add(identifier(schema)));
        parts.add(new Identifier(range(ctx.anyOperator()), ctx.anyOperator().getText(), false));
        return new QualifiedName(range(ctx), parts);
    }

    private QualifiedName simpleName(ColIdContext ctx) {
        return new QualifiedName(range(ctx), List.of(identifier(ctx)));
    }

    private QualifiedName qualifiedName(FunctionNameContext ctx) {
        List<Identifier> parts = new ArrayList<>();
        if (ctx.typeFunctionName() != null) {
            parts.add(identifier(ctx.typeFunctionName()));
        } else {
            parts.add(identifier(ctx.colId()));
            ctx.colLabel().forEach(label -> parts.add(labelIdentifier(label)));
        }
        return new QualifiedName(range(ctx), parts);
    }

    private Identifier roleIdentifier(RoleSpecContext ctx) {
        if (ctx.nonReservedWord() != null) {
            return identifier(ctx.nonReservedWord());
        }
        return new Identifier(range(ctx), Identifier.fold(ctx.getText()), false);
    }

    Identifier identifier(ParserRuleContext nameContext) {
        String text = text(nameContext);
        return new Identifier(range(nameContext), identifierText(text), text.indexOf('"') >= 0);
    }

    /** A context's source text; a name is one token (UESCAPE aside), whose text needs no concatenation. */
    private static String text(ParseTree context) {
        if (context instanceof ParserRuleContext rule && rule.getStart() == rule.getStop()) {
            return rule.getStart().getText();
        }
        return context.getText();
    }

    private Identifier labelIdentifier(ColLabelContext ctx) {
        return identifier(ctx);
    }

    /** A name's value: quoted names keep their case, with doubled quotes resolved; others fold to lower case. */
    private static String identifierText(ParseTree nameContext) {
        return identifierText(text(nameContext));
    }

    private static String identifierText(String text) {
        if (text.startsWith("\"")) {
            return unquoteIdentifier(text, 0);
        }
        if (text.length() > 2 && (text.startsWith("U&\"") || text.startsWith("u&\""))) {
            return unquoteIdentifier(text, 2);
        }
        return Identifier.fold(text);
    }

    private static String unquoteIdentifier(String text, int quoteAt) {
        return text.substring(quoteAt + 1, text.length() - 1).replace("\"\"", "\"");
    }

    private String nameOrString(NonReservedWordOrStringContext ctx) {
        if (ctx.stringLiteral() != null) {
            return stringLiteral(ctx.stringLiteral()).value().toLowerCase(Locale.ROOT);
        }
        return identifierText(ctx.nonReservedWord());
    }

    Expr.Literal stringLiteral(StringLiteralContext ctx) {
        StringBuilder value = new StringBuilder();
        for (TerminalNode part : ctx.getTokens(ctx.getStart().getType())) {
            value.append(StringLiterals.decode(part.getText()).value());
        }
        if (ctx.getStart().getType() != PostgreSqlParser.STRING_LITERAL) {
            value.setLength(0);
            value.append(StringLiterals.decode(ctx.getStart().getText()).value());
            ctx.STRING_LITERAL().stream().skip(ctx.UESCAPE() != null ? 1 : 0)
                    .forEach(part -> value.append(StringLiterals.decode(part.getText()).value()));
        }
        return new Expr.Literal(range(ctx), Expr.LiteralKind.STRING, value.toString());
    }

    // ------------------------------------------------------------------ expressions

    Expr expression(AExprContext ctx) {
        return expressions.visit(ctx);
    }

    /** A lone value stays itself; one with SELECT clauses becomes the scalar subquery PL/pgSQL runs. */
    Expr plpgsqlExpression(PlpgsqlExpressionContext ctx) {
        TargetListContext targets = ctx.targetList();
        boolean lone = targets != null && targets.targetElement().size() == 1 && ctx.getChildCount() == 2
                && targets.targetElement(0) instanceof ExpressionTargetContext target && target.getChildCount() == 1;
        if (lone) {
            return expressions.visit(targets.targetElement(0).getChild(0));
        }
        List<Expr> values = new ArrayList<>();
        if (targets != null) {
            for (TargetElementContext target : targets.targetElement()) {
                if (!(target instanceof StarTargetContext)) {
                    values.add(expressions.visit(target.getChild(0)));
                }
            }
        }
        List<TableRef> from = ctx.fromClause() == null ? List.of() : ctx.fromClause().tableRef().stream().map(this::tableRef).toList();
        Expr where = ctx.whereClause() == null ? null : expression(ctx.whereClause().aExpr());
        List<Expr> clauses = new ArrayList<>();
        for (ParserRuleContext clause : new ParserRuleContext[] {ctx.groupByClause(), ctx.havingClause(),
                ctx.windowClause(), ctx.orderByClause(), ctx.limitClauses()}) {
            if (clause != null) {
                clauses.addAll(expressionsOf(clause));
            }
        }
        List<RowLocking> locking = ctx.lockingClause().stream().map(this::rowLocking).toList();
        Statement.Select select = new Statement.Select(range(ctx), List.of(), values, from, where, clauses, List.of(),
                locking, null, null);
        return new Expr.Subquery(range(ctx), Expr.SubqueryKind.SCALAR, null, select);
    }

    /** The outermost expressions anywhere below {@code ctx}, for clauses whose shape no rule needs. */
    private List<Expr> expressionsOf(ParserRuleContext ctx) {
        List<Expr> found = new ArrayList<>();
        for (Object part : collectExpressions(ctx)) {
            if (part instanceof Expr expr) {
                found.add(expr);
            }
        }
        return found;
    }

    private List<dev.evtlint.ast.Node> collectExpressions(ParserRuleContext ctx) {
        List<dev.evtlint.ast.Node> found = new ArrayList<>();
        collect(ctx, found);
        return found;
    }

    private void collect(ParseTree tree, List<dev.evtlint.ast.Node> found) {
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree child = tree.getChild(i);
            if (child instanceof AExprContext a) {
                found.add(expression(a));
            } else if (child instanceof BExprContext b) {
                found.add(expressions.visit(b));
            } else if (child instanceof CExprContext c) {
                found.add(expressions.visit(c));
            } else if (child instanceof SelectStatementContext s) {
                found.add(select(s));
            } else if (child instanceof PreparableStatementContext p && p.selectQuery() != null) {
                found.add(preparable(p));
            } else if (child instanceof SelectQueryContext q) {
                found.add(select(q, range(q), List.of()));
            } else if (child instanceof QualifiedNameContext q) {
                found.add(qualifiedName(q));
            } else {
                collect(child, found);
            }
        }
    }

    private final class ExpressionBuilder extends PostgreSqlParserBaseVisitor<Expr> {

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
            return new Expr.Cast(range(ctx), visit(ctx.aExpr()), type(ctx.typeName()));
        }

        @Override
        public Expr visitUnaryExpression(UnaryExpressionContext ctx) {
            return new Expr.Operator(range(ctx), ctx.getStart().getText(), List.of(visit(ctx.aExpr())));
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
            return operator(ctx, (ctx.NOT() != null ? "NOT " : "") + upper(ctx.getChild(ctx.NOT() != null ? 2 : 1).getText()), ctx.aExpr());
        }

        @Override
        public Expr visitSimilarExpression(SimilarExpressionContext ctx) {
            return operator(ctx, ctx.NOT() != null ? "NOT SIMILAR TO" : "SIMILAR TO", ctx.aExpr());
        }

        @Override
        public Expr visitBetweenExpression(BetweenExpressionContext ctx) {
            List<Expr> operands = List.of(visit(ctx.aExpr(0)), visit(ctx.bExpr()), visit(ctx.aExpr(1)));
            return new Expr.Operator(range(ctx), ctx.NOT() != null ? "NOT BETWEEN" : "BETWEEN", operands);
        }

        @Override
        public Expr visitInExpression(InExpressionContext ctx) {
            Expr left = visit(ctx.aExpr());
            InListContext list = ctx.inList();
            if (list.selectStatement() != null) {
                Expr in = new Expr.Subquery(range(ctx), Expr.SubqueryKind.IN, left, select(list.selectStatement()));
                return ctx.NOT() != null ? new Expr.Bool(range(ctx), Expr.BoolOperator.NOT, List.of(in)) : in;
            }
            List<Expr> operands = new ArrayList<>();
            operands.add(left);
            list.aExpr().forEach(e -> operands.add(visit(e)));
            return new Expr.Operator(range(ctx), ctx.NOT() != null ? "NOT IN" : "IN", operands);
        }

        @Override
        public Expr visitQuantifiedComparison(QuantifiedComparisonContext ctx) {
            Expr left = visit(ctx.aExpr(0));
            Expr.SubqueryKind kind = ctx.subqueryQuantifier().ALL() != null ? Expr.SubqueryKind.ALL : Expr.SubqueryKind.ANY;
            if (ctx.selectStatement() != null) {
                return new Expr.Subquery(range(ctx), kind, left, select(ctx.selectStatement()));
            }
            String operator = words(ctx.subqueryOperator(), 0);
            return new Expr.Operator(range(ctx), operator + " " + kind, List.of(left, visit(ctx.aExpr(1))));
        }

        @Override
        public Expr visitComparisonExpression(ComparisonExpressionContext ctx) {
            return operator(ctx, ctx.comparisonOperator().getText().replace("!=", "<>"), ctx.aExpr());
        }

        @Override
        public Expr visitIsExpression(IsExpressionContext ctx) {
            String test = words(ctx, 1);
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
                test.append(i > 1 ? " " : "").append(upper(ctx.getChild(i).getText()));
            }
            return operator(ctx, test.toString(), List.of(ctx.aExpr()));
        }

        @Override
        public Expr visitNotExpression(NotExpressionContext ctx) {
            return new Expr.Bool(range(ctx), Expr.BoolOperator.NOT, List.of(visit(ctx.aExpr())));
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
            return new Expr.Subquery(range(ctx), Expr.SubqueryKind.EXISTS, null, select(ctx.selectStatement()));
        }

        @Override
        public Expr visitDefaultExpression(DefaultExpressionContext ctx) {
            return new Expr.Default(range(ctx));
        }

        @Override
        public Expr visitBExpr(BExprContext ctx) {
            if (ctx.cExpr() != null) {
                return visit(ctx.cExpr());
            }
            if (ctx.typeName() != null) {
                return new Expr.Cast(range(ctx), visit(ctx.bExpr(0)), type(ctx.typeName()));
            }
            List<Expr> operands = ctx.bExpr().stream().map(this::visit).toList();
            String operator = ctx.bExpr().size() == 2 ? operatorBetween(ctx, ctx.bExpr(0), ctx.bExpr(1))
                    : ctx.getChild(0) instanceof BExprContext ? words(ctx, 1) : ctx.getChild(0).getText();
            return new Expr.Operator(range(ctx), operator, operands);
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
            Expr param = new Expr.Param(range(ctx.PARAM().getSymbol()), number);
            return indirection(ctx, param, ctx.indirection());
        }

        @Override
        public Expr visitParenthesizedExpression(ParenthesizedExpressionContext ctx) {
            if (ctx.aExpr().size() > 1) {
                return new Expr.Collection(range(ctx), Expr.CollectionKind.ROW, ctx.aExpr().stream().map(this::visit).toList());
            }
            return indirection(ctx, visit(ctx.aExpr(0)), ctx.indirection());
        }

        @Override
        public Expr visitCaseExpr(CaseExprContext ctx) {
            CaseExpressionContext c = ctx.caseExpression();
            Expr operand = c.aExpr().size() > (c.ELSE() != null ? 1 : 0) ? visit(c.aExpr(0)) : null;
            Expr otherwise = c.ELSE() != null ? visit(c.aExpr(c.aExpr().size() - 1)) : null;
            List<Part.CaseWhen> whens = c.caseWhen().stream()
                    .map(w -> new Part.CaseWhen(range(w), visit(w.aExpr(0)), visit(w.aExpr(1)))).toList();
            return new Expr.Case(range(ctx), operand, whens, otherwise);
        }

        @Override
        public Expr visitFunctionExpression(FunctionExpressionContext ctx) {
            if (ctx.stringLiteral() != null) {
                return literal(ctx, Expr.LiteralKind.TYPED, stringLiteral(ctx.stringLiteral()).value());
            }
            return indirection(ctx, visit(ctx.functionCall()), ctx.indirection());
        }

        @Override
        public Expr visitScalarSubquery(ScalarSubqueryContext ctx) {
            Expr subquery = new Expr.Subquery(range(ctx), Expr.SubqueryKind.SCALAR, null, select(ctx.selectStatement()));
            return indirection(ctx, subquery, ctx.indirection());
        }

        @Override
        public Expr visitExistsExpression(ExistsExpressionContext ctx) {
            return new Expr.Subquery(range(ctx), Expr.SubqueryKind.EXISTS, null, select(ctx.selectStatement()));
        }

        @Override
        public Expr visitArrayExpression(ArrayExpressionContext ctx) {
            if (ctx.selectStatement() != null) {
                return new Expr.Subquery(range(ctx), Expr.SubqueryKind.ARRAY, null, select(ctx.selectStatement()));
            }
            return arrayLiteral(ctx.arrayLiteral());
        }

        private Expr arrayLiteral(ArrayLiteralContext ctx) {
            List<Expr> elements = new ArrayList<>();
            ctx.aExpr().forEach(e -> elements.add(visit(e)));
            ctx.arrayLiteral().forEach(a -> elements.add(arrayLiteral(a)));
            return new Expr.Collection(range(ctx), Expr.CollectionKind.ARRAY, elements);
        }

        @Override
        public Expr visitRowExpression(RowExpressionContext ctx) {
            return new Expr.Collection(range(ctx), Expr.CollectionKind.ROW, ctx.aExpr().stream().map(this::visit).toList());
        }

        @Override
        public Expr visitGroupingExpression(GroupingExpressionContext ctx) {
            return call(ctx, "grouping", ctx.aExpr());
        }

        @Override
        public Expr visitGenericFunctionCall(GenericFunctionCallContext ctx) {
            return withWindow(ctx, visit(ctx.functionApplication()));
        }

        @Override
        public Expr visitJsonAggregateCall(JsonAggregateCallContext ctx) {
            return withWindow(ctx, visit(ctx.jsonAggregate()));
        }

        /** The call with the range of its WITHIN GROUP, FILTER and OVER clauses too. */
        private Expr withWindow(ParserRuleContext ctx, Expr application) {
            Expr.FunctionCall call = (Expr.FunctionCall) application;
            return new Expr.FunctionCall(range(ctx), call.name(), call.arguments(), call.star());
        }

        @Override
        public Expr visitJsonAggregate(JsonAggregateContext ctx) {
            return sqlStandardCall(ctx);
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
            List<Expr> arguments = new ArrayList<>();
            boolean star = false;
            FunctionArgumentsContext args = ctx.functionArguments();
            if (args != null) {
                star = args.STAR() != null;
                for (FunctionArgumentContext argument : args.functionArgument()) {
                    arguments.add(visit(argument.aExpr()));
                }
            }
            return new Expr.FunctionCall(range(ctx), qualifiedName(ctx.functionName()), arguments, star);
        }

        @Override
        public Expr visitSpecialFunctionCall(SpecialFunctionCallContext ctx) {
            SpecialFunctionContext special = ctx.specialFunction();
            String keyword = special.getStart().getText().toLowerCase(Locale.ROOT);
            String name = switch (keyword) {
                case "collation" -> "pg_collation_for";
                case "user" -> "current_user";
                case "extract" -> "date_part";
                case "trim" -> "btrim";
                case "position" -> "strpos";
                case "cast", "treat" -> null;
                default -> keyword;
            };
            if (name == null) {
                return new Expr.Cast(range(ctx), visit(special.aExpr(0)), type(special.typeName()));
            }
            List<ParserRuleContext> operands = new ArrayList<>(special.aExpr());
            operands.addAll(special.bExpr());
            if (special.functionArguments() != null) {
                special.functionArguments().functionArgument().forEach(a -> operands.add(a.aExpr()));
            }
            operands.sort((a, b) -> Integer.compare(a.getStart().getTokenIndex(), b.getStart().getTokenIndex()));
            // the functions' argument order: strpos(string, substring), substring(string, from, for)
            TerminalNode forWord = special.getToken(PostgreSqlParser.FOR, 0);
            TerminalNode fromWord = special.getToken(PostgreSqlParser.FROM, 0);
            if (keyword.equals("position")) {
                Collections.swap(operands, 0, 1);
            } else if (keyword.equals("substring") && forWord != null && fromWord != null
                    && forWord.getSymbol().getTokenIndex() < fromWord.getSymbol().getTokenIndex()) {
                Collections.swap(operands, 1, 2);
            }
            return call(ctx, name, operands);
        }

        @Override
        public Expr visitSqlStandardFunctionCall(SqlStandardFunctionCallContext ctx) {
            return sqlStandardCall(ctx);
        }

        /**
         * A function with SQL-standard syntax (JSON_OBJECT, XMLELEMENT, JSON_TABLE...) as a call of the
         * function named by its keyword, its arguments the expressions in it in order.
         */
        Expr.FunctionCall sqlStandardCall(ParserRuleContext ctx) {
            List<Expr> arguments = new ArrayList<>();
            for (dev.evtlint.ast.Node part : collectExpressions(ctx)) {
                if (part instanceof Expr expr) {
                    arguments.add(expr);
                } else if (part instanceof Statement.Select query) {
                    arguments.add(new Expr.Subquery(query.range(), Expr.SubqueryKind.SCALAR, null, query));
                }
            }
            return new Expr.FunctionCall(range(ctx), keywordName(ctx.getStart()), arguments, false);
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
            return stringLiteral(ctx.stringLiteral());
        }

        @Override
        public Expr visitBitStringConstant(BitStringConstantContext ctx) {
            return literal(ctx, Expr.LiteralKind.BIT_STRING, ctx.getText());
        }

        @Override
        public Expr visitTypedStringConstant(TypedStringConstantContext ctx) {
            return literal(ctx, Expr.LiteralKind.TYPED, stringLiteral(ctx.stringLiteral()).value());
        }

        @Override
        public Expr visitIntervalConstant(IntervalConstantContext ctx) {
            return literal(ctx, Expr.LiteralKind.TYPED, stringLiteral(ctx.stringLiteral()).value());
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
            names.add(identifier(ctx.colId()));
            List<Expr> subscripts = new ArrayList<>();
            if (ctx.indirection() != null) {
                for (IndirectionElementContext element : ctx.indirection().indirectionElement()) {
                    if (element.colLabel() != null && subscripts.isEmpty()) {
                        names.add(labelIdentifier(element.colLabel()));
                    } else {
                        element.aExpr().forEach(e -> subscripts.add(visit(e)));
                    }
                }
            }
            Expr.ColumnRef ref = new Expr.ColumnRef(range(ctx), names);
            return subscripts.isEmpty() ? ref : new Expr.Indirection(range(ctx), ref, subscripts);
        }

        private Expr indirection(ParserRuleContext ctx, Expr base, IndirectionContext indirection) {
            if (indirection == null) {
                return base;
            }
            List<Expr> subscripts = new ArrayList<>();
            indirection.indirectionElement().forEach(element -> element.aExpr().forEach(e -> subscripts.add(visit(e))));
            return new Expr.Indirection(range(ctx), base, subscripts);
        }

        private Expr operator(ParserRuleContext ctx, String operator, List<? extends ParserRuleContext> operands) {
            return new Expr.Operator(range(ctx), operator, operands.stream().map(this::visit).toList());
        }

        private Expr bool(ParserRuleContext ctx, Expr.BoolOperator operator, List<AExprContext> operands) {
            return new Expr.Bool(range(ctx), operator, operands.stream().map(this::visit).toList());
        }

        private Expr call(ParserRuleContext ctx, String name, List<? extends ParserRuleContext> arguments) {
            QualifiedName function = new QualifiedName(range(ctx.getStart()), List.of(new Identifier(range(ctx.getStart()), name, false)));
            return new Expr.FunctionCall(range(ctx), function, arguments.stream().map(this::visit).toList(), false);
        }

        private Expr literal(ParserRuleContext ctx, Expr.LiteralKind kind, String value) {
            return new Expr.Literal(range(ctx), kind, value);
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

    // ------------------------------------------------------------------ ranges and words

    SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex() ? ctx.getStart() : ctx.getStop();
        return slice.range(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1);
    }

    SourceRange range(Token token) {
        return slice.range(token.getStartIndex(), token.getStopIndex() + 1);
    }

    /** The upper-case words of a context's tokens from child {@code from} on, e.g. "NO KEY UPDATE". */
    private static String words(ParserRuleContext ctx, int from) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode || child.getChildCount() > 0) {
                words.append(words.length() > 0 ? " " : "").append(child.getText());
            }
        }
        return words.toString().toUpperCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

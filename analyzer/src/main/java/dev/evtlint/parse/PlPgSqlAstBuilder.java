package dev.evtlint.parse;

import static dev.evtlint.parse.PlTokenRuns.nonNull;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.PlBranch;
import dev.evtlint.ast.Part.PlDeclaration;
import dev.evtlint.ast.Part.PlExceptionHandler;
import dev.evtlint.ast.Part.PlRaiseOption;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser.*;
import dev.evtlint.grammar.PlPgSqlParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the PL/pgSQL AST from PlPgSqlParser's parse tree: the only place that knows the PL/pgSQL
 * grammar's rule names, each kind of statement visited on its own. Expressions and SQL statements,
 * which the grammar keeps as token runs, are parsed with the SQL grammar from the same text
 * ({@link PlTokenRuns}, {@link PlSqlStatementBuilder}), so their ranges are file positions too.
 */
final class PlPgSqlAstBuilder extends PlPgSqlParserBaseVisitor<PlStatement> {
    private static final String SELECT_FOR_PERFORM = "SELECT ";
    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table", "(",
            "insert", "update", "delete", "merge");

    private final PlTokenRuns runs;
    private final PlSqlStatementBuilder sqlStatements;

    PlPgSqlAstBuilder(TextSlice body, BufferedTokenStream tokens, SqlParsing sql) {
        this.runs = new PlTokenRuns(body, tokens, sql);
        this.sqlStatements = new PlSqlStatementBuilder(runs);
    }

    PlStatement.Block build(FunctionBodyContext ctx) {
        return block(ctx.block());
    }

    private PlStatement.Block block(BlockContext ctx) {
        Identifier label = ctx.blockLabel() == null ? null : runs.identifier(ctx.blockLabel().plIdentifier());
        List<PlDeclaration> declarations = new ArrayList<>();
        for (DeclarationContext declaration : ctx.declaration()) {
            PlDeclaration built = declaration(declaration);
            if (built != null) {
                declarations.add(built);
            }
        }
        List<PlExceptionHandler> handlers = ctx.exceptionSection() == null ? List.of()
                : ctx.exceptionSection().exceptionHandler().stream().map(this::handler).toList();
        return new PlStatement.Block(runs.range(ctx), label, declarations, statements(ctx.statement()), handlers);
    }

    private PlDeclaration declaration(DeclarationContext ctx) {
        if (ctx instanceof VariableDeclarationContext v) {
            Expr initial = v.tokensUntilSemi() == null ? null : runs.expression(v.tokensUntilSemi());
            return new PlDeclaration(runs.range(v), runs.identifier(v.plIdentifier()), "variable", runs.text(v.dataType()),
                    v.CONSTANT() != null, initial);
        } else if (ctx instanceof AliasDeclarationContext a) {
            return new PlDeclaration(runs.range(a), runs.identifier(a.plIdentifier(0)), "alias", null, false, null);
        } else if (ctx instanceof CursorDeclarationContext c) {
            return new PlDeclaration(runs.range(c), runs.identifier(c.plIdentifier()), "cursor", "refcursor", false, null);
        }
        return null;
    }

    private PlExceptionHandler handler(ExceptionHandlerContext ctx) {
        List<String> conditions = ctx.exceptionCondition().stream()
                .map(c -> c.SQLSTATE() != null ? "SQLSTATE " + c.stringLiteral().getText() : PlTokenRuns.identifierText(c.plIdentifier()))
                .toList();
        return new PlExceptionHandler(runs.range(ctx), conditions, statements(ctx.statement()));
    }

    private List<PlStatement> statements(List<StatementContext> contexts) {
        List<PlStatement> statements = new ArrayList<>(contexts.size());
        for (StatementContext ctx : contexts) {
            statements.add(visit(ctx));
        }
        return statements;
    }

    @Override
    public PlStatement visitBlockStatement(BlockStatementContext ctx) {
        return block(ctx.block());
    }

    @Override
    public PlStatement visitAssignStatement(AssignStatementContext ctx) {
        return new PlStatement.Assign(runs.range(ctx), runs.target(ctx.assignTarget()), runs.expression(ctx.tokensUntilSemi()));
    }

    @Override
    public PlStatement visitIfStatement(IfStatementContext ctx) {
        List<PlBranch> branches = new ArrayList<>();
        branches.add(branch(ctx, ctx.tokensUntilThen(), ctx.statement()));
        for (ElsifClauseContext elsif : ctx.elsifClause()) {
            branches.add(branch(elsif, elsif.tokensUntilThen(), elsif.statement()));
        }
        List<PlStatement> elseBody = ctx.elseClause() == null ? null : statements(ctx.elseClause().statement());
        return new PlStatement.If(runs.range(ctx), branches, elseBody);
    }

    private PlBranch branch(ParserRuleContext ctx, TokensUntilThenContext condition, List<StatementContext> body) {
        return new PlBranch(runs.range(ctx), runs.expression(condition), statements(body));
    }

    @Override
    public PlStatement visitCaseStatement(CaseStatementContext ctx) {
        Expr subject = ctx.tokensUntilWhen() == null ? null : runs.expression(ctx.tokensUntilWhen());
        List<PlBranch> whens = ctx.caseWhenClause().stream().map(w -> branch(w, w.tokensUntilThen(), w.statement())).toList();
        List<PlStatement> elseBody = ctx.elseClause() == null ? null : statements(ctx.elseClause().statement());
        return new PlStatement.Case(runs.range(ctx), subject, whens, elseBody);
    }

    @Override
    public PlStatement visitLoopStatement(LoopStatementContext ctx) {
        return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.LOOP, List.of(), null, null, List.of(), ctx.loopBody());
    }

    @Override
    public PlStatement visitWhileStatement(WhileStatementContext ctx) {
        return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.WHILE, List.of(), runs.expression(ctx.tokensUntilLoop()), null,
                List.of(), ctx.loopBody());
    }

    @Override
    public PlStatement visitForeachStatement(ForeachStatementContext ctx) {
        return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOREACH, runs.targets(ctx.forTarget()), null, null,
                nonNull(runs.expression(ctx.tokensUntilLoop())), ctx.loopBody());
    }

    @Override
    public PlStatement visitForStatement(ForStatementContext ctx) {
        List<QualifiedName> targets = runs.targets(ctx.forTarget());
        TokensUntilLoopContext source = ctx.tokensUntilLoop();
        Token first = source.getStart();
        if (first.getType() == PlPgSqlLexer.EXECUTE) {
            Expr command = runs.expression(first.getTokenIndex() + 1, source.getStop().getTokenIndex(), PlPgSqlLexer.USING);
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_EXECUTE, targets, null, null, nonNull(command), ctx.loopBody());
        }
        int dots = runs.indexAtDepthZero(source, PlPgSqlLexer.DOT_DOT);
        if (dots >= 0) {
            List<Expr> bounds = new ArrayList<>();
            int start = first.getTokenIndex();
            if (first.getType() == PlPgSqlLexer.REVERSE) {
                start++;
            }
            bounds.addAll(nonNull(runs.expressionBetween(start, dots - 1)));
            int by = runs.indexAtDepthZero(source, PlPgSqlLexer.BY);
            int upperEnd = by >= 0 ? by - 1 : source.getStop().getTokenIndex();
            bounds.addAll(nonNull(runs.expressionBetween(dots + 1, upperEnd)));
            if (by >= 0) {
                bounds.addAll(nonNull(runs.expressionBetween(by + 1, source.getStop().getTokenIndex())));
            }
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_RANGE, targets, null, null, bounds, ctx.loopBody());
        }
        if (isQueryStart(first)) {
            Statement query = runs.statement(runs.sliceOf(source));
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_QUERY, targets, null, query, List.of(), ctx.loopBody());
        }
        return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_CURSOR, targets, null, null, List.of(), ctx.loopBody());
    }

    /**
     * Whether a FOR loop's source starts a query rather than naming a cursor. PL/pgSQL loops over
     * any command that returns rows, so INSERT, UPDATE, DELETE and MERGE with RETURNING too.
     */
    private static boolean isQueryStart(Token token) {
        return QUERY_STARTS.contains(token.getText().toLowerCase(Locale.ROOT));
    }

    private PlStatement.Loop loop(ParserRuleContext ctx, BlockLabelContext label, PlStatement.LoopKind kind,
                                  List<QualifiedName> targets, Expr condition, Statement query, List<Expr> expressions,
                                  LoopBodyContext loopBody) {
        Identifier name = label == null ? null : runs.identifier(label.plIdentifier());
        return new PlStatement.Loop(runs.range(ctx), name, kind, targets, condition, query, expressions,
                statements(loopBody.statement()));
    }

    @Override
    public PlStatement visitExitStatement(ExitStatementContext ctx) {
        Identifier label = ctx.plIdentifier() == null ? null : runs.identifier(ctx.plIdentifier());
        Expr condition = ctx.tokensUntilSemi() == null ? null : runs.expression(ctx.tokensUntilSemi());
        return new PlStatement.Exit(runs.range(ctx), ctx.CONTINUE() != null, label, condition);
    }

    @Override
    public PlStatement visitReturnStatement(ReturnStatementContext ctx) {
        if (ctx.QUERY() != null) {
            Statement query = null;
            Expr dynamic = null;
            if (ctx.tokensUntilSemi() != null) {
                Token first = ctx.tokensUntilSemi().getStart();
                if (first.getType() == PlPgSqlLexer.EXECUTE) {
                    dynamic = runs.expression(first.getTokenIndex() + 1, ctx.tokensUntilSemi().getStop().getTokenIndex(),
                            PlPgSqlLexer.USING);
                } else {
                    query = runs.statement(runs.sliceOf(ctx.tokensUntilSemi()));
                }
            }
            return new PlStatement.Return(runs.range(ctx), PlStatement.ReturnKind.RETURN_QUERY, dynamic, query);
        }
        Expr value = ctx.tokensUntilSemi() == null ? null : runs.expression(ctx.tokensUntilSemi());
        PlStatement.ReturnKind kind = ctx.NEXT() != null ? PlStatement.ReturnKind.RETURN_NEXT : PlStatement.ReturnKind.RETURN;
        return new PlStatement.Return(runs.range(ctx), kind, value, null);
    }

    @Override
    public PlStatement visitRaiseStatement(RaiseStatementContext ctx) {
        String level = ctx.raiseLevel() == null ? "EXCEPTION" : ctx.raiseLevel().getText().toUpperCase(Locale.ROOT);
        Expr.Literal message = null;
        List<Expr> parameters = new ArrayList<>();
        String condition = null;
        RaiseConditionContext raised = ctx.raiseCondition();
        if (raised instanceof RaiseFormatContext format) {
            message = runs.literal(format.stringLiteral());
            format.tokensUntilCommaUsingOrSemi().forEach(p -> parameters.addAll(nonNull(runs.expression(p))));
        } else if (raised instanceof RaiseSqlStateContext state) {
            condition = "SQLSTATE " + runs.literal(state.stringLiteral()).value();
        } else if (raised instanceof RaiseConditionNameContext name) {
            condition = PlTokenRuns.identifierText(name.plIdentifier());
        }
        List<PlRaiseOption> options = ctx.raiseUsing() == null ? List.of() : ctx.raiseUsing().raiseOption().stream()
                .map(o -> new PlRaiseOption(runs.range(o), PlTokenRuns.identifierText(o.plIdentifier()).toUpperCase(Locale.ROOT),
                        runs.expression(o.tokensUntilCommaOrSemi())))
                .toList();
        return new PlStatement.Raise(runs.range(ctx), level, message, parameters, condition, options);
    }

    @Override
    public PlStatement visitAssertStatement(AssertStatementContext ctx) {
        Expr message = ctx.tokensUntilSemi() == null ? null : runs.expression(ctx.tokensUntilSemi());
        return new PlStatement.Assert(runs.range(ctx), runs.expression(ctx.tokensUntilCommaOrSemi()), message);
    }

    /** PERFORM query is SELECT query with the result thrown away: "PERFORM" and "SELECT " have the same length. */
    @Override
    public PlStatement visitPerformStatement(PerformStatementContext ctx) {
        Token keyword = ctx.PERFORM().getSymbol();
        int start = keyword.getStartIndex();
        int end = ctx.tokensUntilSemi().getStop().getStopIndex() + 1;
        Statement query = runs.statement(runs.body().sub(start, end).edited(0, SELECT_FOR_PERFORM.length(), SELECT_FOR_PERFORM));
        Statement.Select select = query instanceof Statement.Select s ? s : null;
        return new PlStatement.Perform(runs.range(ctx), select);
    }

    @Override
    public PlStatement visitExecuteStatement(ExecuteStatementContext ctx) {
        Expr command = runs.expression(ctx.tokensUntilIntoUsingOrSemi());
        List<QualifiedName> into = new ArrayList<>();
        boolean strict = false;
        List<Expr> using = new ArrayList<>();
        for (ExecuteOptionContext option : ctx.executeOption()) {
            if (option.INTO() != null) {
                into.addAll(runs.targets(option.forTarget()));
                strict |= option.STRICT() != null;
            } else {
                option.tokensUntilCommaIntoOrSemi().forEach(u -> using.addAll(nonNull(runs.expression(u))));
            }
        }
        DynamicSql.Reading reading = command == null ? DynamicSql.Reading.NOTHING
                : runs.dynamicSql(command, ctx.tokensUntilIntoUsingOrSemi());
        return new PlStatement.Execute(runs.range(ctx), command, reading.statement(), reading.syntaxError(), into, strict, using);
    }

    @Override
    public PlStatement visitGetDiagnosticsStatement(GetDiagnosticsStatementContext ctx) {
        List<QualifiedName> targets = ctx.diagnosticsItem().stream().map(item -> runs.target(item.assignTarget())).toList();
        List<String> items = ctx.diagnosticsItem().stream()
                .map(item -> PlTokenRuns.identifierText(item.plIdentifier()).toUpperCase(Locale.ROOT)).toList();
        return new PlStatement.GetDiagnostics(runs.range(ctx), ctx.STACKED() != null, targets, items);
    }

    @Override
    public PlStatement visitCursorStatement(CursorStatementContext ctx) {
        return new PlStatement.Cursor(runs.range(ctx), ctx.getStart().getText().toUpperCase(Locale.ROOT));
    }

    @Override
    public PlStatement visitNullStatement(NullStatementContext ctx) {
        return new PlStatement.Null(runs.range(ctx));
    }

    @Override
    public PlStatement visitTransactionStatement(TransactionStatementContext ctx) {
        return new PlStatement.Transaction(runs.range(ctx), ctx.COMMIT() != null);
    }

    @Override
    public PlStatement visitSqlStatement(SqlStatementContext ctx) {
        return sqlStatements.build(ctx);
    }
}

package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.PlBranch;
import dev.evtlint.ast.Part.PlDeclaration;
import dev.evtlint.ast.Part.PlExceptionHandler;
import dev.evtlint.ast.Part.PlRaiseOption;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the PL/pgSQL AST from PlPgSqlParser's parse tree: the only place that knows the PL/pgSQL
 * grammar's rule names. Expressions and SQL statements, which the grammar keeps as token runs, are
 * parsed with the SQL grammar from the same text, so their ranges are file positions too.
 */
final class PlPgSqlAstBuilder {
    private static final String SELECT_FOR_PERFORM = "SELECT ";

    private final TextSlice body;
    private final BufferedTokenStream tokens;
    private final SqlParsing sql;

    PlPgSqlAstBuilder(TextSlice body, BufferedTokenStream tokens, SqlParsing sql) {
        this.body = body;
        this.tokens = tokens;
        this.sql = sql;
    }

    PlStatement.Block build(FunctionBodyContext ctx) {
        return block(ctx.block());
    }

    private PlStatement.Block block(BlockContext ctx) {
        Identifier label = ctx.blockLabel() == null ? null : identifier(ctx.blockLabel().plIdentifier());
        List<PlDeclaration> declarations = new ArrayList<>();
        for (DeclarationContext declaration : ctx.declaration()) {
            PlDeclaration built = declaration(declaration);
            if (built != null) {
                declarations.add(built);
            }
        }
        List<PlExceptionHandler> handlers = ctx.exceptionSection() == null ? List.of()
                : ctx.exceptionSection().exceptionHandler().stream().map(this::handler).toList();
        return new PlStatement.Block(range(ctx), label, declarations, statements(ctx.statement()), handlers);
    }

    private PlDeclaration declaration(DeclarationContext ctx) {
        if (ctx instanceof VariableDeclarationContext v) {
            Expr initial = v.tokensUntilSemi() == null ? null : expression(v.tokensUntilSemi());
            return new PlDeclaration(range(v), identifier(v.plIdentifier()), "variable", text(v.dataType()),
                    v.CONSTANT() != null, initial);
        } else if (ctx instanceof AliasDeclarationContext a) {
            return new PlDeclaration(range(a), identifier(a.plIdentifier(0)), "alias", null, false, null);
        } else if (ctx instanceof CursorDeclarationContext c) {
            return new PlDeclaration(range(c), identifier(c.plIdentifier()), "cursor", "refcursor", false, null);
        }
        return null;
    }

    private PlExceptionHandler handler(ExceptionHandlerContext ctx) {
        List<String> conditions = ctx.exceptionCondition().stream()
                .map(c -> c.SQLSTATE() != null ? "SQLSTATE " + c.stringLiteral().getText() : identifierText(c.plIdentifier()))
                .toList();
        return new PlExceptionHandler(range(ctx), conditions, statements(ctx.statement()));
    }

    private List<PlStatement> statements(List<StatementContext> contexts) {
        List<PlStatement> statements = new ArrayList<>(contexts.size());
        for (StatementContext ctx : contexts) {
            statements.add(statement(ctx));
        }
        return statements;
    }

    private PlStatement statement(StatementContext ctx) {
        if (ctx instanceof BlockStatementContext b) {
            return block(b.block());
        } else if (ctx instanceof AssignStatementContext a) {
            return new PlStatement.Assign(range(a), target(a.assignTarget()), expression(a.tokensUntilSemi()));
        } else if (ctx instanceof IfStatementContext i) {
            return ifStatement(i);
        } else if (ctx instanceof CaseStatementContext c) {
            return caseStatement(c);
        } else if (ctx instanceof LoopStatementContext l) {
            return loop(l, l.blockLabel(), PlStatement.LoopKind.LOOP, List.of(), null, null, List.of(), l.loopBody());
        } else if (ctx instanceof WhileStatementContext w) {
            return loop(w, w.blockLabel(), PlStatement.LoopKind.WHILE, List.of(), expression(w.tokensUntilLoop()), null,
                    List.of(), w.loopBody());
        } else if (ctx instanceof ForStatementContext f) {
            return forLoop(f);
        } else if (ctx instanceof ForeachStatementContext f) {
            return loop(f, f.blockLabel(), PlStatement.LoopKind.FOREACH, targets(f.forTarget()), null, null,
                    nonNull(expression(f.tokensUntilLoop())), f.loopBody());
        } else if (ctx instanceof ExitStatementContext e) {
            Identifier label = e.plIdentifier() == null ? null : identifier(e.plIdentifier());
            Expr condition = e.tokensUntilSemi() == null ? null : expression(e.tokensUntilSemi());
            return new PlStatement.Exit(range(e), e.CONTINUE() != null, label, condition);
        } else if (ctx instanceof ReturnStatementContext r) {
            return returnStatement(r);
        } else if (ctx instanceof RaiseStatementContext r) {
            return raise(r);
        } else if (ctx instanceof AssertStatementContext a) {
            Expr message = a.tokensUntilSemi() == null ? null : expression(a.tokensUntilSemi());
            return new PlStatement.Assert(range(a), expression(a.tokensUntilCommaOrSemi()), message);
        } else if (ctx instanceof PerformStatementContext p) {
            return perform(p);
        } else if (ctx instanceof ExecuteStatementContext e) {
            return execute(e);
        } else if (ctx instanceof GetDiagnosticsStatementContext g) {
            List<QualifiedName> targets = g.diagnosticsItem().stream().map(item -> target(item.assignTarget())).toList();
            List<String> items = g.diagnosticsItem().stream().map(item -> identifierText(item.plIdentifier()).toUpperCase(Locale.ROOT)).toList();
            return new PlStatement.GetDiagnostics(range(g), g.STACKED() != null, targets, items);
        } else if (ctx instanceof CursorStatementContext c) {
            return new PlStatement.Cursor(range(c), c.getStart().getText().toUpperCase(Locale.ROOT));
        } else if (ctx instanceof NullStatementContext n) {
            return new PlStatement.Null(range(n));
        } else if (ctx instanceof TransactionStatementContext t) {
            return new PlStatement.Transaction(range(t), t.COMMIT() != null);
        }
        return sqlStatement((SqlStatementContext) ctx);
    }

    private PlStatement ifStatement(IfStatementContext ctx) {
        List<PlBranch> branches = new ArrayList<>();
        branches.add(branch(ctx, ctx.tokensUntilThen(), ctx.statement()));
        for (ElsifClauseContext elsif : ctx.elsifClause()) {
            branches.add(branch(elsif, elsif.tokensUntilThen(), elsif.statement()));
        }
        List<PlStatement> elseBody = ctx.elseClause() == null ? null : statements(ctx.elseClause().statement());
        return new PlStatement.If(range(ctx), branches, elseBody);
    }

    private PlBranch branch(ParserRuleContext ctx, TokensUntilThenContext condition, List<StatementContext> body) {
        return new PlBranch(range(ctx), expression(condition), statements(body));
    }

    private PlStatement caseStatement(CaseStatementContext ctx) {
        Expr subject = ctx.tokensUntilWhen() == null ? null : expression(ctx.tokensUntilWhen());
        List<PlBranch> whens = ctx.caseWhenClause().stream().map(w -> branch(w, w.tokensUntilThen(), w.statement())).toList();
        List<PlStatement> elseBody = ctx.elseClause() == null ? null : statements(ctx.elseClause().statement());
        return new PlStatement.Case(range(ctx), subject, whens, elseBody);
    }

    private PlStatement forLoop(ForStatementContext ctx) {
        List<QualifiedName> targets = targets(ctx.forTarget());
        TokensUntilLoopContext source = ctx.tokensUntilLoop();
        Token first = source.getStart();
        if (first.getType() == PlPgSqlLexer.EXECUTE) {
            Expr command = expression(source, first.getTokenIndex() + 1, source.getStop().getTokenIndex(), PlPgSqlLexer.USING);
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_EXECUTE, targets, null, null, nonNull(command), ctx.loopBody());
        }
        int dots = indexAtDepthZero(source, PlPgSqlLexer.DOT_DOT);
        if (dots >= 0) {
            List<Expr> bounds = new ArrayList<>();
            int start = first.getTokenIndex();
            if (first.getType() == PlPgSqlLexer.REVERSE) {
                start++;
            }
            bounds.addAll(nonNull(expressionBetween(start, dots - 1)));
            int by = indexAtDepthZero(source, PlPgSqlLexer.BY);
            int upperEnd = by >= 0 ? by - 1 : source.getStop().getTokenIndex();
            bounds.addAll(nonNull(expressionBetween(dots + 1, upperEnd)));
            if (by >= 0) {
                bounds.addAll(nonNull(expressionBetween(by + 1, source.getStop().getTokenIndex())));
            }
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_RANGE, targets, null, null, bounds, ctx.loopBody());
        }
        if (isQueryStart(first)) {
            Statement query = sql.statement(sliceOf(source));
            return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_QUERY, targets, null, query, List.of(), ctx.loopBody());
        }
        return loop(ctx, ctx.blockLabel(), PlStatement.LoopKind.FOR_CURSOR, targets, null, null, List.of(), ctx.loopBody());
    }

    private static boolean isQueryStart(Token token) {
        String word = token.getText().toLowerCase(Locale.ROOT);
        return word.equals("select") || word.equals("with") || word.equals("values") || word.equals("table")
                || word.equals("(");
    }

    private PlStatement.Loop loop(ParserRuleContext ctx, BlockLabelContext label, PlStatement.LoopKind kind,
                                  List<QualifiedName> targets, Expr condition, Statement query, List<Expr> expressions,
                                  LoopBodyContext loopBody) {
        Identifier name = label == null ? null : identifier(label.plIdentifier());
        return new PlStatement.Loop(range(ctx), name, kind, targets, condition, query, expressions,
                statements(loopBody.statement()));
    }

    private PlStatement returnStatement(ReturnStatementContext ctx) {
        if (ctx.QUERY() != null) {
            Statement query = null;
            Expr dynamic = null;
            if (ctx.tokensUntilSemi() != null) {
                Token first = ctx.tokensUntilSemi().getStart();
                if (first.getType() == PlPgSqlLexer.EXECUTE) {
                    dynamic = expression(ctx.tokensUntilSemi(), first.getTokenIndex() + 1,
                            ctx.tokensUntilSemi().getStop().getTokenIndex(), PlPgSqlLexer.USING);
                } else {
                    query = sql.statement(sliceOf(ctx.tokensUntilSemi()));
                }
            }
            return new PlStatement.Return(range(ctx), PlStatement.ReturnKind.RETURN_QUERY, dynamic, query);
        }
        Expr value = ctx.tokensUntilSemi() == null ? null : expression(ctx.tokensUntilSemi());
        PlStatement.ReturnKind kind = ctx.NEXT() != null ? PlStatement.ReturnKind.RETURN_NEXT : PlStatement.ReturnKind.RETURN;
        return new PlStatement.Return(range(ctx), kind, value, null);
    }

    private PlStatement raise(RaiseStatementContext ctx) {
        String level = ctx.raiseLevel() == null ? "EXCEPTION" : ctx.raiseLevel().getText().toUpperCase(Locale.ROOT);
        Expr.Literal message = null;
        List<Expr> parameters = new ArrayList<>();
        String condition = null;
        RaiseConditionContext raised = ctx.raiseCondition();
        if (raised instanceof RaiseFormatContext format) {
            message = literal(format.stringLiteral());
            format.tokensUntilCommaUsingOrSemi().forEach(p -> parameters.addAll(nonNull(expression(p))));
        } else if (raised instanceof RaiseSqlStateContext state) {
            condition = "SQLSTATE " + literal(state.stringLiteral()).value();
        } else if (raised instanceof RaiseConditionNameContext name) {
            condition = identifierText(name.plIdentifier());
        }
        List<PlRaiseOption> options = ctx.raiseUsing() == null ? List.of() : ctx.raiseUsing().raiseOption().stream()
                .map(o -> new PlRaiseOption(range(o), identifierText(o.plIdentifier()).toUpperCase(Locale.ROOT),
                        expression(o.tokensUntilCommaOrSemi())))
                .toList();
        return new PlStatement.Raise(range(ctx), level, message, parameters, condition, options);
    }

    /** PERFORM query is SELECT query with the result thrown away: "PERFORM" and "SELECT " have the same length. */
    private PlStatement perform(PerformStatementContext ctx) {
        Token keyword = ctx.PERFORM().getSymbol();
        int start = keyword.getStartIndex();
        int end = ctx.tokensUntilSemi().getStop().getStopIndex() + 1;
        Statement query = sql.statement(body.sub(start, end).edited(0, SELECT_FOR_PERFORM.length(), SELECT_FOR_PERFORM));
        Statement.Select select = query instanceof Statement.Select s ? s : null;
        return new PlStatement.Perform(range(ctx), select);
    }

    private PlStatement execute(ExecuteStatementContext ctx) {
        Expr command = expression(ctx.tokensUntilIntoUsingOrSemi());
        List<QualifiedName> into = new ArrayList<>();
        boolean strict = false;
        List<Expr> using = new ArrayList<>();
        for (ExecuteOptionContext option : ctx.executeOption()) {
            if (option.INTO() != null) {
                into.addAll(targets(option.forTarget()));
                strict |= option.STRICT() != null;
            } else {
                option.tokensUntilCommaIntoOrSemi().forEach(u -> using.addAll(nonNull(expression(u))));
            }
        }
        DynamicSql.Reading reading = command == null ? DynamicSql.Reading.NOTHING
                : new DynamicSql(body, sql).read(command, tokensOf(ctx.tokensUntilIntoUsingOrSemi()));
        return new PlStatement.Execute(range(ctx), command, reading.statement(), reading.syntaxError(), into, strict, using);
    }

    /**
     * An SQL statement in the body. Its INTO clause names PL/pgSQL variables, not a table, so it is
     * taken out (blanked, keeping offsets) before the statement is parsed as SQL (pl_gram.y
     * make_execsql_stmt: the first INTO at parenthesis depth 0, except after INSERT or MERGE and in
     * IMPORT FOREIGN SCHEMA).
     */
    private PlStatement sqlStatement(SqlStatementContext ctx) {
        int first = ctx.getStart().getTokenIndex();
        int last = ctx.SEMI().getSymbol().getTokenIndex() - 1;
        IntoClause into = findInto(first, last);
        int start = ctx.getStart().getStartIndex();
        int end = tokens.get(last).getStopIndex() + 1;
        TextSlice statementSlice = body.sub(start, end);
        List<QualifiedName> targets = List.of();
        boolean strict = false;
        if (into != null) {
            targets = into.targets;
            strict = into.strict;
            statementSlice = statementSlice.edited(into.startOffset - start, into.endOffset - start, "");
        }
        return new PlStatement.Sql(range(ctx), sql.statement(statementSlice), targets, strict);
    }

    private record IntoClause(int startOffset, int endOffset, List<QualifiedName> targets, boolean strict) {
    }

    private IntoClause findInto(int first, int last) {
        String leading = tokens.get(first).getText().toLowerCase(Locale.ROOT);
        if (leading.equals("import")) {
            return null;
        }
        int depth = 0;
        for (int i = first; i <= last; i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = token.getType();
            if (type == PlPgSqlLexer.OPEN_PAREN) {
                depth++;
            } else if (type == PlPgSqlLexer.CLOSE_PAREN) {
                depth--;
            } else if (type == PlPgSqlLexer.INTO && depth == 0 && !followsInsertOrMerge(i, first)) {
                return intoClause(i, last);
            }
        }
        return null;
    }

    private boolean followsInsertOrMerge(int intoIndex, int first) {
        Token previous = previousDefault(intoIndex, first);
        if (previous == null) {
            return false;
        }
        String word = previous.getText().toLowerCase(Locale.ROOT);
        return word.equals("insert") || word.equals("merge");
    }

    private Token previousDefault(int index, int first) {
        for (int i = index - 1; i >= first; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** INTO [STRICT] target [, target ...], a target being a variable or positional parameter and its fields. */
    private IntoClause intoClause(int intoIndex, int last) {
        int i = nextDefault(intoIndex, last);
        boolean strict = false;
        if (i <= last && tokens.get(i).getType() == PlPgSqlLexer.STRICT) {
            strict = true;
            i = nextDefault(i, last);
        }
        List<QualifiedName> targets = new ArrayList<>();
        int endToken = intoIndex;
        while (i <= last && (isName(tokens.get(i)) || tokens.get(i).getType() == PlPgSqlLexer.PARAM)) {
            List<Identifier> parts = new ArrayList<>();
            parts.add(identifier(tokens.get(i)));
            endToken = i;
            i = nextDefault(i, last);
            while (i <= last && tokens.get(i).getType() == PlPgSqlLexer.DOT) {
                int part = nextDefault(i, last);
                if (part > last || !isName(tokens.get(part))) {
                    break;
                }
                parts.add(identifier(tokens.get(part)));
                endToken = part;
                i = nextDefault(part, last);
            }
            SourceRange range = parts.get(0).range().to(parts.get(parts.size() - 1).range());
            targets.add(new QualifiedName(range, parts));
            if (i <= last && tokens.get(i).getType() == PlPgSqlLexer.COMMA) {
                i = nextDefault(i, last);
            } else {
                break;
            }
        }
        return new IntoClause(tokens.get(intoIndex).getStartIndex(), tokens.get(endToken).getStopIndex() + 1, targets, strict);
    }

    private int nextDefault(int index, int last) {
        int i = index + 1;
        while (i <= last && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
            i++;
        }
        return i;
    }

    private static boolean isName(Token token) {
        int type = token.getType();
        return type == PlPgSqlLexer.IDENTIFIER || type == PlPgSqlLexer.QUOTED_IDENTIFIER
                || Character.isLetter(token.getText().charAt(0)) && type != PlPgSqlLexer.STRING_LITERAL;
    }

    // ------------------------------------------------------------------ token runs, names, ranges

    private Expr expression(ParserRuleContext run) {
        return sql.expression(sliceOf(run));
    }

    /** The expression in tokens [first, last] of a run, cut before {@code stopType} at depth 0 when present. */
    private Expr expression(ParserRuleContext run, int first, int last, int stopType) {
        int depth = 0;
        int end = last;
        for (int i = first; i <= last; i++) {
            int type = tokens.get(i).getType();
            if (type == PlPgSqlLexer.OPEN_PAREN) {
                depth++;
            } else if (type == PlPgSqlLexer.CLOSE_PAREN) {
                depth--;
            } else if (type == stopType && depth == 0) {
                end = i - 1;
                break;
            }
        }
        return expressionBetween(first, end);
    }

    private Expr expressionBetween(int firstToken, int lastToken) {
        int first = nextDefault(firstToken - 1, lastToken);
        if (first > lastToken) {
            return null;
        }
        return sql.expression(body.sub(tokens.get(first).getStartIndex(), tokens.get(lastToken).getStopIndex() + 1));
    }

    private int indexAtDepthZero(ParserRuleContext run, int type) {
        int depth = 0;
        for (int i = run.getStart().getTokenIndex(); i <= run.getStop().getTokenIndex(); i++) {
            int t = tokens.get(i).getType();
            if (t == PlPgSqlLexer.OPEN_PAREN) {
                depth++;
            } else if (t == PlPgSqlLexer.CLOSE_PAREN) {
                depth--;
            } else if (t == type && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private List<Token> tokensOf(ParserRuleContext run) {
        return tokens.get(run.getStart().getTokenIndex(), run.getStop().getTokenIndex());
    }

    private TextSlice sliceOf(ParserRuleContext run) {
        return body.sub(run.getStart().getStartIndex(), run.getStop().getStopIndex() + 1);
    }

    private static List<Expr> nonNull(Expr expr) {
        return expr == null ? List.of() : List.of(expr);
    }

    private List<QualifiedName> targets(ForTargetContext ctx) {
        return ctx.variableName().stream().map(v -> variable(v.PARAM(), v.plIdentifier())).toList();
    }

    /** The variable assigned and its fields; subscripts are not part of the name. */
    private QualifiedName target(AssignTargetContext ctx) {
        return variable(ctx.PARAM(), ctx.plIdentifier());
    }

    /** A variable, or the positional parameter {@code param} when present, then its fields. */
    private QualifiedName variable(TerminalNode param, List<PlIdentifierContext> names) {
        List<Identifier> parts = new ArrayList<>();
        if (param != null) {
            parts.add(identifier(param.getSymbol()));
        }
        names.forEach(name -> parts.add(identifier(name)));
        return qualified(parts);
    }

    private static QualifiedName qualified(List<Identifier> parts) {
        SourceRange range = parts.get(0).range().to(parts.get(parts.size() - 1).range());
        return new QualifiedName(range, List.copyOf(parts));
    }

    private Identifier identifier(PlIdentifierContext ctx) {
        return new Identifier(range(ctx), identifierText(ctx), ctx.QUOTED_IDENTIFIER() != null);
    }

    private Identifier identifier(Token token) {
        return new Identifier(range(token), identifierText(token.getText()), token.getType() == PlPgSqlLexer.QUOTED_IDENTIFIER);
    }

    private static String identifierText(PlIdentifierContext ctx) {
        return identifierText(ctx.getText());
    }

    private static String identifierText(String text) {
        if (text.startsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return Identifier.fold(text);
    }

    private Expr.Literal literal(StringLiteralContext ctx) {
        return new Expr.Literal(range(ctx), Expr.LiteralKind.STRING, StringLiterals.decode(ctx.getText()).value());
    }

    private String text(ParserRuleContext ctx) {
        return body.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }

    private SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        return body.range(ctx.getStart().getStartIndex(), Math.max(stop.getStopIndex() + 1, ctx.getStart().getStartIndex()));
    }

    private SourceRange range(Token token) {
        return body.range(token.getStartIndex(), token.getStopIndex() + 1);
    }
}

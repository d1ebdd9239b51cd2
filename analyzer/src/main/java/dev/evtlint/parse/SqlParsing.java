package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.LineComment;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlLexer;
import dev.evtlint.grammar.PostgreSqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Parses pieces of one file: statements, expressions (PL/pgSQL conditions and assignments) and
 * function bodies, each from a {@link TextSlice}. The one way into the grammars' parsers, for
 * scripts, routine bodies, EXECUTE strings and whatever reads them (the language server, the
 * tests): every piece goes through {@link #tree}, which guards nesting, parses in two stages and
 * reports the first syntax error at its place in the file. Syntax errors go to the sink; a
 * statement that fails still yields a node with its command tag.
 */
final class SqlParsing implements SqlAstBuilder.BodyParser {
    /** How a piece is parsed with one of the two grammars: the brackets that nest, the phase it is timed as, the parser. */
    private record Grammar<P extends Parser>(int[] open, int[] close, int end, PhaseTimes.Phase phase,
                                             BiFunction<Recognizers, BufferedTokenStream, P> parser) {
    }

    private static final Grammar<PostgreSqlParser> SQL = new Grammar<>(
            new int[] {PostgreSqlLexer.OPEN_PAREN, PostgreSqlLexer.OPEN_BRACKET},
            new int[] {PostgreSqlLexer.CLOSE_PAREN, PostgreSqlLexer.CLOSE_BRACKET}, -1,
            PhaseTimes.Phase.PARSE_SQL, Recognizers::sqlParser);
    /** Blocks, loops, IFs and CASEs all close with END (END IF, END LOOP...), as do parentheses. */
    private static final Grammar<PlPgSqlParser> PL_PG_SQL = new Grammar<>(
            new int[] {PlPgSqlLexer.BEGIN, PlPgSqlLexer.LOOP, PlPgSqlLexer.IF, PlPgSqlLexer.CASE,
                PlPgSqlLexer.OPEN_PAREN, PlPgSqlLexer.OPEN_BRACKET},
            new int[] {PlPgSqlLexer.END, PlPgSqlLexer.CLOSE_PAREN, PlPgSqlLexer.CLOSE_BRACKET}, PlPgSqlLexer.END,
            PhaseTimes.Phase.PARSE_PLPGSQL, Recognizers::plPgSqlParser);

    private final Consumer<SyntaxError> errors;
    private final Recognizers recognizers;
    private final PhaseTimes times;

    SqlParsing(Consumer<SyntaxError> errors, PhaseTimes times) {
        this(errors, times, Deadline.none());
    }

    SqlParsing(Consumer<SyntaxError> errors, PhaseTimes times, Deadline deadline) {
        this(errors, new Recognizers(deadline), times);
    }

    private SqlParsing(Consumer<SyntaxError> errors, Recognizers recognizers, PhaseTimes times) {
        this.errors = errors;
        this.recognizers = recognizers;
        this.times = times;
    }

    /** The same parsing that keeps its syntax errors to itself: for SQL PostgreSQL does not check either. */
    SqlParsing quiet() {
        return reportingTo(error -> { });
    }

    /** The same parsing with its syntax errors going to {@code sink} instead. */
    SqlParsing reportingTo(Consumer<SyntaxError> sink) {
        return new SqlParsing(sink, recognizers, times);
    }

    Statement statement(TextSlice slice) {
        PhaseTimes.Phase outer = times.switchTo(PhaseTimes.Phase.LEX);
        try {
            return parseStatement(slice);
        } finally {
            times.switchTo(outer);
        }
    }

    private Statement parseStatement(TextSlice slice) {
        BufferedTokenStream tokens = tokens(new SqlScanner(ScannerVocabulary.SQL, slice));
        PostgreSqlParser.SingleStatementContext tree = tree(slice, tokens, SQL, "statement", PostgreSqlParser::singleStatement);
        if (tree == null) {
            return new Statement.Unparsed(slice.range(0, slice.length()), CommandTags.of(significant(tokens)), true);
        }
        times.switchTo(PhaseTimes.Phase.BUILD);
        return new SqlAstBuilder(slice, tokens.getTokens(), this).statement(tree.statement());
    }

    /**
     * A PL/pgSQL expression, or null when it does not parse (the error is reported). One with SELECT
     * clauses ({@code count(*) = 0 FROM t}) is a scalar subquery.
     */
    Expr expression(TextSlice slice) {
        PhaseTimes.Phase outer = times.switchTo(PhaseTimes.Phase.LEX);
        try {
            return parseExpression(slice);
        } finally {
            times.switchTo(outer);
        }
    }

    private Expr parseExpression(TextSlice slice) {
        BufferedTokenStream tokens = tokens(new SqlScanner(ScannerVocabulary.SQL, slice));
        PostgreSqlParser.PlpgsqlExpressionContext tree = tree(slice, tokens, SQL, "expression", PostgreSqlParser::plpgsqlExpression);
        if (tree == null) {
            return null;
        }
        times.switchTo(PhaseTimes.Phase.BUILD);
        return new SqlAstBuilder(slice, tokens.getTokens(), this).plpgsqlExpression(tree);
    }

    @Override
    public FunctionBody parse(String language, TextSlice body, SourceRange literalRange) {
        if ("sql".equals(language)) {
            return sqlFunctionBody(body, literalRange);
        }
        if (!"plpgsql".equals(language)) {
            return new Part.OpaqueBody(literalRange, body.substring(0, body.length()));
        }
        PhaseTimes.Phase outer = times.switchTo(PhaseTimes.Phase.LEX);
        try {
            return parsePlPgSql(body, literalRange);
        } finally {
            times.switchTo(outer);
        }
    }

    private FunctionBody parsePlPgSql(TextSlice body, SourceRange literalRange) {
        SqlScanner scanner = new SqlScanner(ScannerVocabulary.PL_PG_SQL, body).keepingLineComments();
        BufferedTokenStream tokens = tokens(scanner);
        List<LineComment> comments = scanner.lineComments();
        RoutineBodySemicolons.mark(tokens.getTokens());
        PlPgSqlParser.FunctionBodyContext tree = tree(body, tokens, PL_PG_SQL, "function body", PlPgSqlParser::functionBody);
        if (tree == null) {
            return new Part.PlPgSqlBody(literalRange, null, comments);
        }
        times.switchTo(PhaseTimes.Phase.BUILD);
        return new Part.PlPgSqlBody(literalRange, new PlPgSqlAstBuilder(body, tokens, this).build(tree), comments);
    }

    /**
     * The one way into the parsers: the parse tree of a piece's tokens by {@code rule}, with SLL
     * prediction and full LL only when that fails ({@link TwoStageParse}); null when the piece is
     * nested too deeply to parse or does not parse, and then its first syntax error is reported at
     * its place in the file.
     */
    private <P extends Parser, T extends ParserRuleContext> T tree(TextSlice slice, BufferedTokenStream tokens,
                                                                  Grammar<P> grammar, String what, Function<P, T> rule) {
        Token tooDeep = NestingGuard.tooDeep(tokens.getTokens(), grammar.open(), grammar.close(), grammar.end());
        if (tooDeep != null) {
            errors.accept(new SyntaxError(slice.range(tooDeep.getStartIndex(), tooDeep.getStopIndex() + 1),
                    what + " " + NestingGuard.message()));
            return null;
        }
        times.switchTo(grammar.phase());
        TwoStageParse.Outcome<T> outcome = TwoStageParse.run(grammar.parser().apply(recognizers, tokens), tokens, rule);
        if (outcome.tree() == null) {
            SyntaxErrorCollector.Failure failure = outcome.failure();
            errors.accept(new SyntaxError(slice.range(failure.start(), Math.max(failure.end(), failure.start())), failure.message()));
        }
        return outcome.tree();
    }

    /**
     * The statements of a LANGUAGE sql body, split like a script and read for what they do (writes,
     * calls). A syntax error in one is reported at its place in the body: with check_function_bodies
     * on (the default), CREATE FUNCTION parses a SQL body and fails on it, as it does for PL/pgSQL.
     */
    private FunctionBody sqlFunctionBody(TextSlice body, SourceRange literalRange) {
        String text = body.substring(0, body.length());
        List<Statement> statements = new ArrayList<>();
        for (Segment segment : ScriptSplitter.split(text).segments()) {
            statements.add(statement(body.sub(segment.start(), segment.end())));
        }
        return new Part.SqlFunctionBody(literalRange, List.copyOf(statements));
    }

    /**
     * All of a piece's tokens. The scanner puts every token on the default channel (comments and
     * white space are skipped), so the plain buffered stream serves the parser: CommonTokenStream
     * would give the same tokens but walks its lookahead token by token to filter channels.
     */
    private static BufferedTokenStream tokens(SqlScanner scanner) {
        BufferedTokenStream tokens = new BufferedTokenStream(scanner);
        tokens.fill();
        return tokens;
    }

    private static List<Token> significant(BufferedTokenStream tokens) {
        return tokens.getTokens().stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
                .toList();
    }
}

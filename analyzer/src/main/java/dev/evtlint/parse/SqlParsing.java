package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.LineComment;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlLexer;
import dev.evtlint.grammar.PostgreSqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Parses pieces of one file: statements, expressions (PL/pgSQL conditions and assignments) and
 * function bodies, each from a {@link TextSlice}. Syntax errors go to the sink; a statement that
 * fails still yields a node with its command tag.
 */
final class SqlParsing implements SqlAstBuilder.BodyParser {
    private static final int[] SQL_OPEN = {PostgreSqlLexer.OPEN_PAREN, PostgreSqlLexer.OPEN_BRACKET};
    private static final int[] SQL_CLOSE = {PostgreSqlLexer.CLOSE_PAREN, PostgreSqlLexer.CLOSE_BRACKET};
    /** Blocks, loops, IFs and CASEs all close with END (END IF, END LOOP...), as do parentheses. */
    private static final int[] PL_OPEN = {PlPgSqlLexer.BEGIN, PlPgSqlLexer.LOOP, PlPgSqlLexer.IF, PlPgSqlLexer.CASE,
            PlPgSqlLexer.OPEN_PAREN, PlPgSqlLexer.OPEN_BRACKET};
    private static final int[] PL_CLOSE = {PlPgSqlLexer.END, PlPgSqlLexer.CLOSE_PAREN, PlPgSqlLexer.CLOSE_BRACKET};

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
        Token tooDeep = NestingGuard.tooDeep(tokens.getTokens(), SQL_OPEN, SQL_CLOSE, -1);
        if (tooDeep != null) {
            reportAt(slice, tooDeep, "statement " + NestingGuard.message());
            return new Statement.Unparsed(slice.range(0, slice.length()), CommandTags.of(significant(tokens)), true);
        }
        times.switchTo(PhaseTimes.Phase.PARSE_SQL);
        PostgreSqlParser parser = recognizers.sqlParser(tokens);
        TwoStageParse.Outcome<PostgreSqlParser.SingleStatementContext> outcome =
                TwoStageParse.run(parser, tokens, PostgreSqlParser::singleStatement);
        if (outcome.tree() != null) {
            times.switchTo(PhaseTimes.Phase.BUILD);
            return new SqlAstBuilder(slice, tokens.getTokens(), this).statement(outcome.tree().statement());
        }
        report(slice, outcome.failure());
        return new Statement.Unparsed(slice.range(0, slice.length()), CommandTags.of(significant(tokens)), true);
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
        Token tooDeep = NestingGuard.tooDeep(tokens.getTokens(), SQL_OPEN, SQL_CLOSE, -1);
        if (tooDeep != null) {
            reportAt(slice, tooDeep, "expression " + NestingGuard.message());
            return null;
        }
        times.switchTo(PhaseTimes.Phase.PARSE_SQL);
        PostgreSqlParser parser = recognizers.sqlParser(tokens);
        TwoStageParse.Outcome<PostgreSqlParser.PlpgsqlExpressionContext> outcome =
                TwoStageParse.run(parser, tokens, PostgreSqlParser::plpgsqlExpression);
        if (outcome.tree() == null) {
            report(slice, outcome.failure());
            return null;
        }
        times.switchTo(PhaseTimes.Phase.BUILD);
        return new SqlAstBuilder(slice, tokens.getTokens(), this).plpgsqlExpression(outcome.tree());
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
        Token tooDeep = NestingGuard.tooDeep(tokens.getTokens(), PL_OPEN, PL_CLOSE, PlPgSqlLexer.END);
        if (tooDeep != null) {
            reportAt(body, tooDeep, "function body " + NestingGuard.message());
            return new Part.PlPgSqlBody(literalRange, null, comments);
        }
        times.switchTo(PhaseTimes.Phase.PARSE_PLPGSQL);
        PlPgSqlParser parser = recognizers.plPgSqlParser(tokens);
        TwoStageParse.Outcome<PlPgSqlParser.FunctionBodyContext> outcome =
                TwoStageParse.run(parser, tokens, PlPgSqlParser::functionBody);
        if (outcome.tree() == null) {
            report(body, outcome.failure());
            return new Part.PlPgSqlBody(literalRange, null, comments);
        }
        times.switchTo(PhaseTimes.Phase.BUILD);
        PlStatement.Block block = new PlPgSqlAstBuilder(body, tokens, this).build(outcome.tree());
        return new Part.PlPgSqlBody(literalRange, block, comments);
    }

    /**
     * The statements of a LANGUAGE sql body, split like a script and read for what they do (writes,
     * calls). A syntax error in one is reported at its place in the body: with check_function_bodies
     * on (the default), CREATE FUNCTION parses a SQL body and fails on it, as it does for PL/pgSQL.
     */
    private FunctionBody sqlFunctionBody(TextSlice body, SourceRange literalRange) {
        String text = body.substring(0, body.length());
        List<Statement> statements = new ArrayList<>();
        for (ScriptSplitter.Segment segment : ScriptSplitter.split(text).segments()) {
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

    /**
     * One parser per grammar for all the pieces of a file, instead of two objects (and their ATN
     * simulators and listener lists) per statement; a scanner is cheap and made per piece. Sharing
     * a parser with nested parses is safe: it is done once its tree is returned, and bodies and
     * expressions are parsed only while the outer tree is being built.
     */
    private static final class Recognizers {
        private final DeadlineListener deadline;
        private PostgreSqlParser sqlParser;
        private PlPgSqlParser plPgSqlParser;

        Recognizers(Deadline deadline) {
            this.deadline = new DeadlineListener(deadline);
        }

        PostgreSqlParser sqlParser(BufferedTokenStream tokens) {
            if (sqlParser == null) {
                sqlParser = new PostgreSqlParser(tokens);
                deadline.listenTo(sqlParser);
            } else {
                sqlParser.setTokenStream(tokens);
            }
            return sqlParser;
        }

        PlPgSqlParser plPgSqlParser(BufferedTokenStream tokens) {
            if (plPgSqlParser == null) {
                plPgSqlParser = new PlPgSqlParser(tokens);
                deadline.listenTo(plPgSqlParser);
            } else {
                plPgSqlParser.setTokenStream(tokens);
            }
            return plPgSqlParser;
        }
    }

    private static List<Token> significant(BufferedTokenStream tokens) {
        return tokens.getTokens().stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
                .toList();
    }

    private void reportAt(TextSlice slice, Token token, String message) {
        errors.accept(new SyntaxError(slice.range(token.getStartIndex(), token.getStopIndex() + 1), message));
    }

    private void report(TextSlice slice, SyntaxErrorCollector.Failure failure) {
        errors.accept(new SyntaxError(slice.range(failure.start(), Math.max(failure.end(), failure.start())), failure.message()));
    }
}

package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.FunctionBody;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PostgreSqlParser.PlpgsqlExpressionContext;
import dev.evtlint.grammar.PostgreSqlParser.StatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds evtlint's AST from PostgreSqlParser's parse tree: the only place that knows the SQL
 * grammar's rule names. One builder per area of the grammar, as its files divide it: queries and
 * data changes ({@link QueryAstBuilder}, SqlQueries.g4) with their FROM items
 * ({@link FromItemAstBuilder}) and expressions ({@link ExpressionAstBuilder},
 * {@link FunctionCallAstBuilder}, {@link NestedParts}); tables ({@link TableAstBuilder},
 * SqlTableDdl.g4); routines ({@link RoutineAstBuilder}) and the other objects
 * ({@link ObjectAstBuilder}, SqlObjectDdl.g4 and SqlCatalogDdl.g4); session commands
 * ({@link UtilityAstBuilder}, SqlUtility.g4); names and types ({@link NameAstBuilder}, the names
 * section of PostgreSqlParser.g4). {@link StatementAstBuilder} hands each statement to the builder
 * of its family. This class holds what they share: the text the statement was parsed from, whose
 * {@link TextSlice} maps ranges to file positions also inside function bodies and EXECUTE strings,
 * and the statements kept by their command tag.
 */
final class SqlAstBuilder {
    final NameAstBuilder names = new NameAstBuilder(this);
    final ExpressionAstBuilder expressions = new ExpressionAstBuilder(this);
    final FunctionCallAstBuilder calls = new FunctionCallAstBuilder(this);
    final NestedParts parts = new NestedParts(this);
    final QueryAstBuilder queries = new QueryAstBuilder(this);
    final FromItemAstBuilder fromItems = new FromItemAstBuilder(this);
    final TableAstBuilder tables = new TableAstBuilder(this);
    final RoutineAstBuilder routines = new RoutineAstBuilder(this);
    final ObjectAstBuilder objects = new ObjectAstBuilder(this);
    final UtilityAstBuilder utility = new UtilityAstBuilder(this);
    private final StatementAstBuilder statements = new StatementAstBuilder(this);

    private final TextSlice slice;
    private final List<Token> tokens;
    private final BodyParser bodies;

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

    Statement statement(StatementContext ctx) {
        return statements.visit(ctx);
    }

    /** A lone value stays itself; one with SELECT clauses becomes the scalar subquery PL/pgSQL runs. */
    Expr plpgsqlExpression(PlpgsqlExpressionContext ctx) {
        return queries.plpgsqlExpression(ctx);
    }

    /**
     * A statement kind evtlint has no record for: its tag, the expressions in it and the keys it
     * declares, and the object it creates ({@code created}, null when it creates none).
     */
    Statement other(ParserRuleContext ctx, QualifiedName created) {
        List<Node> collected = parts.partsOf(ctx);
        collected.addAll(tables.keys(ctx));
        List<Node> parts = List.copyOf(collected);
        return created == null ? new Statement.Other(range(ctx), commandTag(ctx), parts)
                : new Statement.CreateObject(range(ctx), commandTag(ctx), created, parts);
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

    /** The body of a routine or DO block, cut from this statement's text and parsed in its language. */
    FunctionBody functionBody(String language, TextSlice body, SourceRange literalRange) {
        return bodies.parse(language, body, literalRange);
    }

    TextSlice slice() {
        return slice;
    }

    SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex() ? ctx.getStart() : ctx.getStop();
        return slice.range(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1);
    }

    SourceRange range(Token token) {
        return slice.range(token.getStartIndex(), token.getStopIndex() + 1);
    }

    /** The upper-case words of a context's tokens from child {@code from} on, e.g. "NO KEY UPDATE". */
    static String words(ParserRuleContext ctx, int from) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode || child.getChildCount() > 0) {
                words.append(words.length() > 0 ? " " : "").append(child.getText());
            }
        }
        return words.toString().toUpperCase(Locale.ROOT);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser.AssignTargetContext;
import dev.evtlint.grammar.PlPgSqlParser.ForTargetContext;
import dev.evtlint.grammar.PlPgSqlParser.PlIdentifierContext;
import dev.evtlint.grammar.PlPgSqlParser.StringLiteralContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The tokens of a PL/pgSQL body as the PL/pgSQL builders read them: runs of tokens that the
 * grammar leaves unparsed (expressions, SQL statements) handed to the SQL grammar as slices of the
 * same text; variables, names and literals; ranges in the file.
 */
final class PlTokenRuns {
    private final TextSlice body;
    private final BufferedTokenStream tokens;
    private final SqlParsing sql;

    PlTokenRuns(TextSlice body, BufferedTokenStream tokens, SqlParsing sql) {
        this.body = body;
        this.tokens = tokens;
        this.sql = sql;
    }

    TextSlice body() {
        return body;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    Statement statement(TextSlice text) {
        return sql.statement(text);
    }

    /** What is known of the statement an EXECUTE of {@code command}, written as {@code run}, runs. */
    DynamicSql.Reading dynamicSql(Expr command, ParserRuleContext run) {
        return new DynamicSql(body, sql).read(command, tokensOf(run));
    }

    Expr expression(ParserRuleContext run) {
        return sql.expression(sliceOf(run));
    }

    /** The expression in tokens [first, last] of a run, cut before {@code stopType} at depth 0 when present. */
    Expr expression(int first, int last, int stopType) {
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

    Expr expressionBetween(int firstToken, int lastToken) {
        int first = nextDefault(firstToken - 1, lastToken);
        if (first > lastToken) {
            return null;
        }
        return sql.expression(body.sub(tokens.get(first).getStartIndex(), tokens.get(lastToken).getStopIndex() + 1));
    }

    int indexAtDepthZero(ParserRuleContext run, int type) {
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

    /** The index of the first token on the default channel after {@code index}; past {@code last} when none is. */
    int nextDefault(int index, int last) {
        int i = index + 1;
        while (i <= last && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
            i++;
        }
        return i;
    }

    private List<Token> tokensOf(ParserRuleContext run) {
        return tokens.get(run.getStart().getTokenIndex(), run.getStop().getTokenIndex());
    }

    TextSlice sliceOf(ParserRuleContext run) {
        return body.sub(run.getStart().getStartIndex(), run.getStop().getStopIndex() + 1);
    }

    static List<Expr> nonNull(Expr expr) {
        return expr == null ? List.of() : List.of(expr);
    }

    List<QualifiedName> targets(ForTargetContext ctx) {
        return ctx.variableName().stream().map(v -> variable(v.PARAM(), v.plIdentifier())).toList();
    }

    /** The variable assigned and its fields; subscripts are not part of the name. */
    QualifiedName target(AssignTargetContext ctx) {
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

    static QualifiedName qualified(List<Identifier> parts) {
        SourceRange range = parts.get(0).range().to(parts.get(parts.size() - 1).range());
        return new QualifiedName(range, List.copyOf(parts));
    }

    Identifier identifier(PlIdentifierContext ctx) {
        return new Identifier(range(ctx), identifierText(ctx), ctx.QUOTED_IDENTIFIER() != null);
    }

    Identifier identifier(Token token) {
        return new Identifier(range(token), identifierText(token.getText()), token.getType() == PlPgSqlLexer.QUOTED_IDENTIFIER);
    }

    static String identifierText(PlIdentifierContext ctx) {
        return identifierText(ctx.getText());
    }

    private static String identifierText(String text) {
        if (text.startsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return Identifier.fold(text);
    }

    Expr.Literal literal(StringLiteralContext ctx) {
        return new Expr.Literal(range(ctx), Expr.LiteralKind.STRING, StringLiterals.decode(ctx.getText()).value());
    }

    String text(ParserRuleContext ctx) {
        return body.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }

    SourceRange range(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        return body.range(ctx.getStart().getStartIndex(), Math.max(stop.getStopIndex() + 1, ctx.getStart().getStartIndex()));
    }

    SourceRange range(Token token) {
        return body.range(token.getStartIndex(), token.getStopIndex() + 1);
    }
}

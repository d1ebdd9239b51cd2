package dev.evtlint.parse;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser.SqlStatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * An SQL statement in a PL/pgSQL body. Its INTO clause names PL/pgSQL variables, not a table, so it
 * is taken out (blanked, keeping offsets) before the statement is parsed as SQL (pl_gram.y
 * make_execsql_stmt: the first INTO at parenthesis depth 0, except after INSERT or MERGE and in
 * IMPORT FOREIGN SCHEMA).
 */
final class PlSqlStatementBuilder {
    private final PlTokenRuns runs;

    PlSqlStatementBuilder(PlTokenRuns runs) {
        this.runs = runs;
    }

    PlStatement.Sql build(SqlStatementContext ctx) {
        int first = ctx.getStart().getTokenIndex();
        int last = ctx.SEMI().getSymbol().getTokenIndex() - 1;
        IntoClause into = findInto(first, last);
        int start = ctx.getStart().getStartIndex();
        int end = runs.token(last).getStopIndex() + 1;
        TextSlice statementSlice = runs.body().sub(start, end);
        List<QualifiedName> targets = List.of();
        boolean strict = false;
        if (into != null) {
            targets = into.targets;
            strict = into.strict;
            statementSlice = statementSlice.edited(into.startOffset - start, into.endOffset - start, "");
        }
        return new PlStatement.Sql(runs.range(ctx), runs.statement(statementSlice), targets, strict);
    }

    private record IntoClause(int startOffset, int endOffset, List<QualifiedName> targets, boolean strict) {
    }

    private IntoClause findInto(int first, int last) {
        String leading = runs.token(first).getText().toLowerCase(Locale.ROOT);
        if (leading.equals("import")) {
            return null;
        }
        int depth = 0;
        for (int i = first; i <= last; i++) {
            Token token = runs.token(i);
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
            if (runs.token(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return runs.token(i);
            }
        }
        return null;
    }

    /** INTO [STRICT] target [, target ...], a target being a variable or positional parameter and its fields. */
    private IntoClause intoClause(int intoIndex, int last) {
        int i = runs.nextDefault(intoIndex, last);
        boolean strict = false;
        if (i <= last && runs.token(i).getType() == PlPgSqlLexer.STRICT) {
            strict = true;
            i = runs.nextDefault(i, last);
        }
        List<QualifiedName> targets = new ArrayList<>();
        int endToken = intoIndex;
        while (i <= last && (isName(runs.token(i)) || runs.token(i).getType() == PlPgSqlLexer.PARAM)) {
            List<Identifier> parts = new ArrayList<>();
            parts.add(runs.identifier(runs.token(i)));
            endToken = i;
            i = runs.nextDefault(i, last);
            while (i <= last && runs.token(i).getType() == PlPgSqlLexer.DOT) {
                int part = runs.nextDefault(i, last);
                if (part > last || !isName(runs.token(part))) {
                    break;
                }
                parts.add(runs.identifier(runs.token(part)));
                endToken = part;
                i = runs.nextDefault(part, last);
            }
            targets.add(new QualifiedName(parts.get(0).range().to(parts.get(parts.size() - 1).range()), parts));
            if (i <= last && runs.token(i).getType() == PlPgSqlLexer.COMMA) {
                i = runs.nextDefault(i, last);
            } else {
                break;
            }
        }
        return new IntoClause(runs.token(intoIndex).getStartIndex(), runs.token(endToken).getStopIndex() + 1, targets, strict);
    }

    private static boolean isName(Token token) {
        int type = token.getType();
        return type == PlPgSqlLexer.IDENTIFIER || type == PlPgSqlLexer.QUOTED_IDENTIFIER
                || Character.isLetter(token.getText().charAt(0)) && type != PlPgSqlLexer.STRING_LITERAL;
    }
}

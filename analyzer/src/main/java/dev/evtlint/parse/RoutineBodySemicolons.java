package dev.evtlint.parse;

import dev.evtlint.grammar.PlPgSqlLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * A PL/pgSQL SQL statement that creates a routine with an SQL-standard body
 * ({@code CREATE [OR REPLACE] FUNCTION|PROCEDURE ... BEGIN ATOMIC ...; END;}) does not end at the
 * semicolons inside that body (pl_gram.y, make_execsql_stmt): they become INNER_SEMI, which the
 * grammar reads as any other token of the statement. As in PostgreSQL, BEGIN and CASE open and END
 * closes outside parentheses only, and only after those leading words.
 */
final class RoutineBodySemicolons {
    /** The tokens after which a PL/pgSQL statement starts. */
    private static final Set<Integer> STATEMENT_BOUNDARIES = Set.of(PlPgSqlLexer.SEMI, PlPgSqlLexer.BEGIN,
            PlPgSqlLexer.THEN, PlPgSqlLexer.ELSE, PlPgSqlLexer.LOOP);
    private static final Set<String> ROUTINES = Set.of("function", "procedure");

    private RoutineBodySemicolons() {
    }

    /** Retypes the inner semicolons of every routine definition among the PL/pgSQL {@code tokens}. */
    static void mark(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (startsRoutineDefinition(tokens, i)) {
                i = markUpToEnd(tokens, i);
            }
        }
    }

    private static boolean startsRoutineDefinition(List<Token> tokens, int i) {
        if (!isWord(tokens, i, "create") || i > 0 && !STATEMENT_BOUNDARIES.contains(tokens.get(i - 1).getType())) {
            return false;
        }
        if (isWord(tokens, i + 1, ROUTINES)) {
            return true;
        }
        return i + 3 < tokens.size() && tokens.get(i + 1).getType() == PlPgSqlLexer.OR && isWord(tokens, i + 2, "replace")
                && isWord(tokens, i + 3, ROUTINES);
    }

    /** Marks the inner semicolons of the statement starting at {@code start}; returns the index of its own. */
    private static int markUpToEnd(List<Token> tokens, int start) {
        int parenDepth = 0;
        int beginDepth = 0;
        for (int i = start + 1; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == PlPgSqlLexer.OPEN_PAREN) {
                parenDepth++;
            } else if (type == PlPgSqlLexer.CLOSE_PAREN && parenDepth > 0) {
                parenDepth--;
            } else if (parenDepth == 0 && (type == PlPgSqlLexer.BEGIN || type == PlPgSqlLexer.CASE)) {
                beginDepth++;
            } else if (parenDepth == 0 && type == PlPgSqlLexer.END && beginDepth > 0) {
                beginDepth--;
            } else if (parenDepth == 0 && type == PlPgSqlLexer.SEMI) {
                if (beginDepth == 0) {
                    return i;
                }
                ((WritableToken) tokens.get(i)).setType(PlPgSqlLexer.INNER_SEMI);
            }
        }
        return tokens.size();
    }

    private static boolean isWord(List<Token> tokens, int i, String word) {
        return isWord(tokens, i, Set.of(word));
    }

    private static boolean isWord(List<Token> tokens, int i, Set<String> words) {
        return i < tokens.size() && tokens.get(i).getType() == PlPgSqlLexer.IDENTIFIER
                && words.contains(tokens.get(i).getText().toLowerCase(Locale.ROOT));
    }
}

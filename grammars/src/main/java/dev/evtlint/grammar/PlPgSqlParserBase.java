package dev.evtlint.grammar;

import java.util.Locale;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * What PostgreSQL's PL/pgSQL parser decides by looking at words rather than grammar: whether the
 * SQL statement being read is a routine definition. pl_gram.y (make_execsql_stmt) ends an SQL
 * statement at the first ';' outside parentheses, except in {@code CREATE [OR REPLACE]
 * FUNCTION|PROCEDURE}, where BEGIN and CASE open a nesting that END closes, so that the semicolons
 * of a {@code BEGIN ATOMIC ... END} body stay inside the statement.
 */
public abstract class PlPgSqlParserBase extends Parser {

    protected PlPgSqlParserBase(TokenStream input) {
        super(input);
    }

    /** Whether the SQL statement that encloses the current rule starts CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
    protected boolean inRoutineDefinition() {
        for (ParserRuleContext context = _ctx; context != null; context = context.getParent()) {
            if (context.getRuleIndex() == sqlStatementRuleIndex()) {
                return startsRoutineDefinition(context.getStart().getTokenIndex());
            }
        }
        return false;
    }

    /** The rule index of the statement rule whose alternatives hold SQL statements. */
    protected abstract int sqlStatementRuleIndex();

    private boolean startsRoutineDefinition(int firstToken) {
        TokenStream tokens = getTokenStream();
        int index = firstToken;
        if (!isWord(tokens.get(index), "create")) {
            return false;
        }
        index = nextOnDefaultChannel(tokens, index);
        if (index >= 0 && isWord(tokens.get(index), "or")) {
            index = nextOnDefaultChannel(tokens, index);
            if (index < 0 || !isWord(tokens.get(index), "replace")) {
                return false;
            }
            index = nextOnDefaultChannel(tokens, index);
        }
        return index >= 0 && (isWord(tokens.get(index), "function") || isWord(tokens.get(index), "procedure"));
    }

    private static int nextOnDefaultChannel(TokenStream tokens, int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == Token.EOF) {
                return -1;
            }
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return i;
            }
        }
        return -1;
    }

    /** A bare word, as pl_gram.y compares it: keywords and identifiers alike, never quoted. */
    private static boolean isWord(Token token, String word) {
        return token.getText().toLowerCase(Locale.ROOT).equals(word);
    }
}

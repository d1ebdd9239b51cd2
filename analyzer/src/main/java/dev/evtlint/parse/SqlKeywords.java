package dev.evtlint.parse;

import dev.evtlint.grammar.PostgreSqlParser;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Which token types of the SQL grammar are keywords: those whose literal is a word. Read from the
 * parser's vocabulary, the lexer's token types (tokenVocab), so that the lexer class, which
 * SqlScanner replaces at run time, is never initialised.
 */
final class SqlKeywords {
    private static final boolean[] KEYWORD = keywordTypes();

    private SqlKeywords() {
    }

    static boolean isKeyword(int tokenType) {
        return tokenType > 0 && tokenType < KEYWORD.length && KEYWORD[tokenType];
    }

    private static boolean[] keywordTypes() {
        Vocabulary vocabulary = PostgreSqlParser.VOCABULARY;
        boolean[] keyword = new boolean[vocabulary.getMaxTokenType() + 1];
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            keyword[type] = literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
        }
        return keyword;
    }
}

package dev.evtlint.parse;

import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlParser;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.Vocabulary;

/**
 * The token types one grammar gives what {@link SqlScanner} finds: its keywords (literal names
 * that are words) and the types of the shared tokens, looked up once by symbolic name because the
 * two grammars number their tokens differently. Read from the parsers' vocabularies, which share
 * the lexers' token types (tokenVocab): reading a lexer's would initialise the lexer class and
 * deserialise an ATN that nothing runs.
 */
final class ScannerVocabulary {
    static final ScannerVocabulary SQL = new ScannerVocabulary(PostgreSqlParser.VOCABULARY);
    static final ScannerVocabulary PL_PG_SQL = new ScannerVocabulary(PlPgSqlParser.VOCABULARY);

    final KeywordTable keywords;
    /** By token type: whether it is a keyword. */
    private final boolean[] keywordType;
    final int openParen;
    final int closeParen;
    final int openBracket;
    final int closeBracket;
    final int comma;
    final int semi;
    final int typecast;
    final int colonEquals;
    final int colon;
    final int dotDot;
    final int dot;
    final int operator;
    final int plus;
    final int minus;
    final int star;
    final int slash;
    final int percent;
    final int caret;
    final int less;
    final int greater;
    final int equals;
    final int lessEquals;
    final int greaterEquals;
    final int notEquals;
    final int equalsGreater;
    final int param;
    final int integer;
    final int numeric;
    final int numberJunk;
    final int identifier;
    final int quotedIdentifier;
    final int unicodeQuotedIdentifier;
    final int string;
    final int escapeString;
    final int nationalString;
    final int bitString;
    final int hexString;
    final int unicodeString;
    final int dollarString;
    final int unterminatedString;
    final int unterminatedEscapeString;
    final int unterminatedQuotedIdentifier;
    final int unterminatedDollarString;
    final int unterminatedBlockComment;
    final int unexpectedCharacter;

    private ScannerVocabulary(Vocabulary vocabulary) {
        Map<String, Integer> typesByName = new HashMap<>();
        Map<String, Integer> keywordTypes = new HashMap<>();
        keywordType = new boolean[vocabulary.getMaxTokenType() + 1];
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String name = vocabulary.getSymbolicName(type);
            if (name != null) {
                typesByName.put(name, type);
            }
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && isWord(literal.substring(1, literal.length() - 1))) {
                keywordTypes.put(literal.substring(1, literal.length() - 1), type);
                keywordType[type] = true;
            }
        }
        keywords = new KeywordTable(keywordTypes);
        Types types = new Types(typesByName);
        openParen = types.named("OPEN_PAREN");
        closeParen = types.named("CLOSE_PAREN");
        openBracket = types.named("OPEN_BRACKET");
        closeBracket = types.named("CLOSE_BRACKET");
        comma = types.named("COMMA");
        semi = types.named("SEMI");
        typecast = types.named("TYPECAST");
        colonEquals = types.named("COLON_EQUALS");
        colon = types.named("COLON");
        dotDot = types.named("DOT_DOT");
        dot = types.named("DOT");
        operator = types.named("OPERATOR_SYMBOL");
        plus = types.named("PLUS");
        minus = types.named("MINUS");
        star = types.named("STAR");
        slash = types.named("SLASH");
        percent = types.named("PERCENT");
        caret = types.named("CARET");
        less = types.named("LESS");
        greater = types.named("GREATER");
        equals = types.named("EQUALS");
        lessEquals = types.named("LESS_EQUALS");
        greaterEquals = types.named("GREATER_EQUALS");
        notEquals = types.named("NOT_EQUALS");
        equalsGreater = types.named("EQUALS_GREATER");
        param = types.named("PARAM");
        integer = types.named("INTEGER_LITERAL");
        numeric = types.named("NUMERIC_LITERAL");
        numberJunk = types.named("NUMBER_JUNK");
        identifier = types.named("IDENTIFIER");
        quotedIdentifier = types.named("QUOTED_IDENTIFIER");
        unicodeQuotedIdentifier = types.named("UNICODE_QUOTED_IDENTIFIER");
        string = types.named("STRING_LITERAL");
        escapeString = types.named("ESCAPE_STRING_LITERAL");
        nationalString = types.named("NATIONAL_STRING_LITERAL");
        bitString = types.named("BIT_STRING_LITERAL");
        hexString = types.named("HEX_STRING_LITERAL");
        unicodeString = types.named("UNICODE_STRING_LITERAL");
        dollarString = types.named("DOLLAR_STRING_LITERAL");
        unterminatedString = types.named("UNTERMINATED_STRING_LITERAL");
        unterminatedEscapeString = types.named("UNTERMINATED_ESCAPE_STRING_LITERAL");
        unterminatedQuotedIdentifier = types.named("UNTERMINATED_QUOTED_IDENTIFIER");
        unterminatedDollarString = types.named("UNTERMINATED_DOLLAR_STRING_LITERAL");
        unterminatedBlockComment = types.named("UNTERMINATED_BLOCK_COMMENT");
        unexpectedCharacter = types.named("UNEXPECTED_CHARACTER");
    }

    /** The token type of a one- or two-character operator the grammar names, else OPERATOR_SYMBOL. */
    int operatorType(String text, int from, int length) {
        char first = text.charAt(from);
        if (length == 1) {
            return switch (first) {
                case '+' -> plus;
                case '-' -> minus;
                case '*' -> star;
                case '/' -> slash;
                case '%' -> percent;
                case '^' -> caret;
                case '<' -> less;
                case '>' -> greater;
                case '=' -> equals;
                default -> operator;
            };
        }
        if (length == 2) {
            char second = text.charAt(from + 1);
            if (second == '=') {
                return first == '<' ? lessEquals : first == '>' ? greaterEquals : first == '!' ? notEquals : operator;
            }
            if (first == '<' && second == '>') {
                return notEquals;
            }
            if (first == '=' && second == '>') {
                return equalsGreater;
            }
        }
        return operator;
    }

    /** Whether {@code tokenType} is a keyword of this grammar: a token whose literal is a word. */
    boolean isKeyword(int tokenType) {
        return tokenType > 0 && tokenType < keywordType.length && keywordType[tokenType];
    }

    private static boolean isWord(String literal) {
        if (literal.isEmpty()) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private record Types(Map<String, Integer> byName) {
        int named(String symbolicName) {
            Integer type = byName.get(symbolicName);
            if (type == null) {
                throw new IllegalStateException("token " + symbolicName + " missing from the grammar");
            }
            return type;
        }
    }
}

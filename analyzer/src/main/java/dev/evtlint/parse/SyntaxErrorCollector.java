package dev.evtlint.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Keeps the first syntax error of a parse, worded as PostgreSQL words it ({@code syntax error at
 * or near "x"}), with what is missing when a quote or comment never ends.
 */
final class SyntaxErrorCollector extends BaseErrorListener {

    /** The first error: the offending token's indexes (relative to the parsed text) and a message. */
    record Failure(int start, int end, String message) {
    }

    private Failure first;

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        if (first != null) {
            return;
        }
        if (offendingSymbol instanceof Token token) {
            first = describe(recognizer, token);
        } else {
            first = new Failure(0, 0, "syntax error");
        }
    }

    private static Failure describe(Recognizer<?, ?> recognizer, Token token) {
        int start = Math.max(token.getStartIndex(), 0);
        if (token.getType() == Token.EOF) {
            return new Failure(start, start, "syntax error at end of input");
        }
        int end = token.getStopIndex() + 1;
        String symbolic = recognizer.getVocabulary().getSymbolicName(token.getType());
        String unterminated = symbolic == null ? null : switch (symbolic) {
            case "UNTERMINATED_STRING_LITERAL", "UNTERMINATED_ESCAPE_STRING_LITERAL" -> "unterminated quoted string";
            case "UNTERMINATED_DOLLAR_STRING_LITERAL" -> "unterminated dollar-quoted string";
            case "UNTERMINATED_QUOTED_IDENTIFIER" -> "unterminated quoted identifier";
            case "UNTERMINATED_BLOCK_COMMENT" -> "unterminated /* comment";
            default -> null;
        };
        if ("NUMBER_JUNK".equals(symbolic)) {
            return new Failure(start, end, "trailing junk after numeric literal at or near \"" + firstChars(token.getText()) + "\"");
        }
        if (unterminated != null) {
            return new Failure(start, start + 1, unterminated + " at or near \"" + firstChars(token.getText()) + "\"");
        }
        return new Failure(start, end, "syntax error at or near \"" + firstChars(token.getText()) + "\"");
    }

    private static String firstChars(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    Failure first() {
        return first;
    }
}

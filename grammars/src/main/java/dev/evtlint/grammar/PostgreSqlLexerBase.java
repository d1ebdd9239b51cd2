package dev.evtlint.grammar;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Vocabulary;

/**
 * What PostgreSQL's scanner does that a lexer grammar cannot say: dollar-quoted bodies that end
 * at the same tag, string literals continued on a later line, and the splitting of operator runs (scan.l, rule {operator}). Both the SQL
 * and the PL/pgSQL lexer extend it; token types are looked up by name because the two lexers
 * number their tokens differently.
 */
public abstract class PostgreSqlLexerBase extends Lexer {

    /** Characters whose presence lets a multi-character operator end in '+' or '-' (scan.l). */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#^&|`?%";

    private final Map<String, Integer> typesByName = new HashMap<>();

    protected PostgreSqlLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Called after the opening delimiter {@code $tag$} has been matched: consumes the body and the
     * closing delimiter. At the end of input the token becomes UNTERMINATED_DOLLAR_STRING_LITERAL.
     */
    protected void consumeDollarQuotedBody() {
        String delimiter = getText();
        CharStream input = getInputStream();
        int length = delimiter.length();
        while (input.LA(1) != IntStream.EOF) {
            if (input.LA(1) == '$' && matchesAhead(input, delimiter, length)) {
                for (int i = 0; i < length; i++) {
                    input.consume();
                }
                return;
            }
            input.consume();
        }
        setType(typeNamed("UNTERMINATED_DOLLAR_STRING_LITERAL"));
    }

    private static boolean matchesAhead(CharStream input, String delimiter, int length) {
        for (int i = 0; i < length; i++) {
            if (input.LA(i + 1) != delimiter.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Called after the closing quote of '...', E'...', N'...' or U&amp;'...': consumes the segments that
     * continue the string ({@link StringContinuation}), so that the literal is one token as in scan.l.
     * A segment that runs to the end of input makes the token the unterminated form.
     */
    protected void continueString(boolean backslashEscapes) {
        CharStream input = getInputStream();
        int quote;
        while ((quote = StringContinuation.continuingQuote(i -> input.LA(i + 1), 0)) >= 0) {
            for (int i = 0; i <= quote; i++) {
                input.consume();
            }
            if (!consumeQuotedSegment(input, backslashEscapes)) {
                setType(typeNamed(backslashEscapes ? "UNTERMINATED_ESCAPE_STRING_LITERAL" : "UNTERMINATED_STRING_LITERAL"));
                return;
            }
        }
    }

    /**
     * Called after the closing quote of B'...' or X'...': consumes the segments that continue it
     * ({@link StringContinuation}) as long as each holds only the digits of the first (and white space).
     */
    protected void continueDigitString(boolean hex) {
        CharStream input = getInputStream();
        int quote;
        while ((quote = StringContinuation.continuingQuote(i -> input.LA(i + 1), 0)) >= 0) {
            int end = quote + 1;
            while (isDigitStringChar(input.LA(end + 1), hex)) {
                end++;
            }
            if (input.LA(end + 1) != '\'') {
                return;
            }
            for (int i = 0; i <= end; i++) {
                input.consume();
            }
        }
    }

    /** The inside of B'...' ([01 \t\r\n]) or of X'...' ([0-9a-f \t\r\n], either case). */
    private static boolean isDigitStringChar(int c, boolean hex) {
        return c == '0' || c == '1' || c == ' ' || c == '\t' || c == '\r' || c == '\n'
                || hex && Character.digit(c, 16) >= 0 && c < 128;
    }

    /** Consumes a quoted body and its closing quote; false when the input ends first. */
    private static boolean consumeQuotedSegment(CharStream input, boolean backslashEscapes) {
        while (input.LA(1) != IntStream.EOF) {
            int c = input.LA(1);
            input.consume();
            if (c == '\\' && backslashEscapes) {
                if (input.LA(1) == IntStream.EOF) {
                    return false;
                }
                input.consume();
            } else if (c == '\'') {
                if (input.LA(1) != '\'') {
                    return true;
                }
                input.consume();
            }
        }
        return false;
    }

    /**
     * Called after {@code /*} has been matched: consumes the comment up to the {@code *}{@code /} that
     * closes it, counting nested comments as PostgreSQL does, and skips it. At the end of input the
     * token becomes UNTERMINATED_BLOCK_COMMENT, for the parser to report.
     */
    protected void consumeBlockComment() {
        CharStream input = getInputStream();
        int depth = 1;
        while (input.LA(1) != IntStream.EOF) {
            int c = input.LA(1);
            if (c == '/' && input.LA(2) == '*') {
                depth++;
                input.consume();
            } else if (c == '*' && input.LA(2) == '/') {
                input.consume();
                if (--depth == 0) {
                    input.consume();
                    skip();
                    return;
                }
            }
            input.consume();
        }
        setType(typeNamed("UNTERMINATED_BLOCK_COMMENT"));
    }

    /**
     * Applies scan.l's operator rules to the run of operator characters just matched: a comment
     * start ends the operator; a multi-character operator may not end in '+' or '-' unless it
     * holds one of {@code ~!@#^&|`?%}; then gives the operators the grammar names their own types.
     */
    protected void fixOperator() {
        String text = getText();
        if (text.startsWith("/*")) {
            // A run such as "/**" is longer than "/*" alone, so it won over the comment rule.
            getInputStream().seek(_tokenStartCharIndex + 2);
            setType(typeNamed("BLOCK_COMMENT"));
            consumeBlockComment();
            return;
        }
        int length = text.length();
        int comment = commentStart(text);
        if (comment > 0) {
            length = comment;
        }
        if (length > 1 && !containsNonMathChar(text, length)) {
            while (length > 1 && (text.charAt(length - 1) == '+' || text.charAt(length - 1) == '-')) {
                length--;
            }
        }
        if (length < text.length()) {
            getInputStream().seek(_tokenStartCharIndex + length);
        }
        setType(typeNamed(operatorTokenName(text, length)));
    }

    /** Gives back the '..' that INTEGER_BEFORE_DOT_DOT matched after an integer. */
    protected void giveBackDotDot() {
        getInputStream().seek(getInputStream().index() - 2);
        setType(typeNamed("INTEGER_LITERAL"));
    }

    private static int commentStart(String text) {
        int dashes = text.indexOf("--");
        int slashStar = text.indexOf("/*");
        if (dashes < 0) {
            return slashStar;
        }
        return slashStar < 0 ? dashes : Math.min(dashes, slashStar);
    }

    private static boolean containsNonMathChar(String text, int length) {
        for (int i = 0; i < length; i++) {
            if (NON_MATH_OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String operatorTokenName(String text, int length) {
        if (length > 2) {
            return "OPERATOR_SYMBOL";
        }
        return switch (text.substring(0, length)) {
            case "+" -> "PLUS";
            case "-" -> "MINUS";
            case "*" -> "STAR";
            case "/" -> "SLASH";
            case "%" -> "PERCENT";
            case "^" -> "CARET";
            case "<" -> "LESS";
            case ">" -> "GREATER";
            case "=" -> "EQUALS";
            case "<=" -> "LESS_EQUALS";
            case ">=" -> "GREATER_EQUALS";
            case "<>", "!=" -> "NOT_EQUALS";
            case "=>" -> "EQUALS_GREATER";
            default -> "OPERATOR_SYMBOL";
        };
    }

    private int typeNamed(String symbolicName) {
        return typesByName.computeIfAbsent(symbolicName, this::lookUpType);
    }

    private int lookUpType(String symbolicName) {
        Vocabulary vocabulary = getVocabulary();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            if (symbolicName.equals(vocabulary.getSymbolicName(type))) {
                return type;
            }
        }
        throw new IllegalStateException("token " + symbolicName + " missing from " + getGrammarFileName());
    }
}

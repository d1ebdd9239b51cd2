package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Statement;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Reads the SQL of {@code EXECUTE}: a constant string, a {@code format()} call with a constant
 * format string (its placeholders stand in as names or literals of the same length), or the
 * constant first part of a concatenation, whose leading keywords still give the command tag.
 * Positions stay those of the string literal in the file.
 */
final class DynamicSql {
    private final TextSlice body;
    private final SqlParsing quiet;

    /** {@code quiet} parses without reporting syntax errors: dynamic SQL is not checked by PostgreSQL either. */
    DynamicSql(TextSlice body, SqlParsing quiet) {
        this.body = body;
        this.quiet = quiet;
    }

    /** The statement an EXECUTE runs, as far as it is known; null when nothing is. */
    Statement read(Expr command, List<Token> literalTokens) {
        Token literal = firstStringToken(command, literalTokens);
        if (literal == null) {
            return null;
        }
        TextSlice text = literalText(literal);
        if (command instanceof Expr.Literal) {
            return quiet.statement(text);
        }
        if (command instanceof Expr.FunctionCall call && call.calls("format")) {
            return quiet.statement(withPlaceholders(text));
        }
        Statement prefix = quiet.statement(text);
        return new Statement.Unparsed(prefix.range(), prefix.commandTag(), false);
    }

    /** The token of the string literal the command starts with, when it is constant text or format(). */
    private Token firstStringToken(Expr command, List<Token> tokens) {
        Expr first = command;
        if (command instanceof Expr.Operator operator && operator.operator().equals("||")) {
            first = leftmost(operator);
        } else if (command instanceof Expr.FunctionCall call && call.calls("format") && !call.arguments().isEmpty()) {
            first = call.arguments().get(0);
        }
        if (!(first instanceof Expr.Literal literal) || literal.kind() != Expr.LiteralKind.STRING) {
            return null;
        }
        for (Token token : tokens) {
            if (body.fileOffset(token.getStartIndex()) == literal.range().startOffset()) {
                return token;
            }
        }
        return null;
    }

    private static Expr leftmost(Expr.Operator concatenation) {
        Expr left = concatenation.operands().get(0);
        while (left instanceof Expr.Operator operator && operator.operator().equals("||")) {
            left = operator.operands().get(0);
        }
        return left;
    }

    /** The value of a string literal token, mapped to the file. */
    private TextSlice literalText(Token token) {
        StringLiterals.Decoded decoded = StringLiterals.decode(token.getText());
        int[] offsets = new int[decoded.sourceIndexes().length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = body.fileOffset(token.getStartIndex() + decoded.sourceIndexes()[i]);
        }
        return TextSlice.mapped(body.file(), decoded.value(), offsets);
    }

    /**
     * format()'s placeholders as SQL of the same length: {@code %I} and {@code %s} an identifier,
     * {@code %L} a string literal, {@code %%} a percent sign.
     */
    private static TextSlice withPlaceholders(TextSlice text) {
        String value = text.substring(0, text.length());
        TextSlice result = text;
        int i = value.indexOf('%');
        while (i >= 0 && i + 1 < value.length()) {
            int end = i + 1;
            while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '$'
                    || value.charAt(end) == '-' || value.charAt(end) == '*')) {
                end++;
            }
            if (end >= value.length()) {
                break;
            }
            char type = value.charAt(end);
            int length = end + 1 - i;
            String replacement = switch (type) {
                case 'L' -> "'" + " ".repeat(Math.max(0, length - 2)) + "'";
                case '%' -> "%";
                default -> "x" + "_".repeat(length - 1);
            };
            result = result.edited(i, end + 1, replacement);
            i = value.indexOf('%', end + 1);
        }
        return result;
    }
}

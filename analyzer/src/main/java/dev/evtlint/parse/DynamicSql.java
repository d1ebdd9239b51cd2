package dev.evtlint.parse;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Reads the SQL of {@code EXECUTE}: a constant string or a concatenation of constant strings, a
 * {@code format()} call with a constant format string (its placeholders stand in as names or
 * literals of the same length, or, where the argument is a constant string, as format() writes
 * that value), or the constant first part of a concatenation, whose leading keywords still give
 * the command tag. Positions stay those of the string literals in the file.
 */
final class DynamicSql {
    /** Beyond this many {@code %s} placeholders in one format string, their readings are not all tried. */
    private static final int MAX_FREE_PLACEHOLDERS = 4;

    /**
     * What is known of the SQL an EXECUTE runs: the statement (null when nothing is known) and, when
     * the whole text is known and does not parse, its syntax error at its place in the literal.
     */
    record Reading(Statement statement, SyntaxError syntaxError) {
        static final Reading NOTHING = new Reading(null, null);
    }

    /** How a format() placeholder's value is spelled in the text to parse, keeping its length. */
    private enum Stand {
        NAME, LITERAL, EMPTY;

        String spelled(int length) {
            return switch (this) {
                case NAME -> "x" + "_".repeat(length - 1);
                case LITERAL -> "'" + " ".repeat(length - 2) + "'";
                case EMPTY -> " ".repeat(length);
            };
        }
    }

    /**
     * A placeholder of a format string: where it stands, and what its value may be: {@code value},
     * the text format() writes for it, where its argument is a constant string; else one of
     * {@code readings} (none for {@code %%}).
     */
    private record Placeholder(int start, int end, List<Stand> readings, TextSlice value) {
        /** Whether more than one reading is tried for it: a {@code %s} whose value is not known. */
        boolean isFree() {
            return value == null && readings.size() > 1;
        }
    }

    private final TextSlice body;
    private final SqlParsing parsing;

    /** {@code parsing} parses the text; its errors are kept here, as PostgreSQL checks dynamic SQL only when it runs. */
    DynamicSql(TextSlice body, SqlParsing parsing) {
        this.body = body;
        this.parsing = parsing;
    }

    /** What is known of the statement an EXECUTE of {@code command} runs. */
    Reading read(Expr command, List<Token> literalTokens) {
        if (command instanceof Expr.FunctionCall call && call.calls("format") && !call.arguments().isEmpty()) {
            TextSlice format = constantText(call.arguments().get(0), literalTokens);
            return format == null ? Reading.NOTHING : formatted(format, call.arguments(), literalTokens);
        }
        TextSlice text = constantText(command, literalTokens);
        if (text != null) {
            return parsed(text);
        }
        if (command instanceof Expr.Operator operator && operator.operator().equals("||")) {
            TextSlice prefix = constantText(leftmost(operator), literalTokens);
            if (prefix != null) {
                Statement statement = parsing.quiet().statement(prefix);
                return new Reading(new Statement.Unparsed(statement.range(), statement.commandTag(), false), null);
            }
        }
        return Reading.NOTHING;
    }

    /**
     * The statement of a fully known text, with its first syntax error. Text with a semicolon inside
     * may hold several statements, which EXECUTE runs one after the other: its error is not judged.
     */
    private Reading parsed(TextSlice text) {
        List<SyntaxError> errors = new ArrayList<>();
        Statement statement = parsing.reportingTo(errors::add).statement(text);
        boolean severalStatements = text.substring(0, text.length()).strip().replaceAll(";+$", "").contains(";");
        return new Reading(statement, errors.isEmpty() || severalStatements ? null : errors.get(0));
    }

    /**
     * The text of a format() string with its placeholders read as values: {@code %I} a name,
     * {@code %L} a literal, {@code %s} whichever of a name, a literal or nothing lets the text parse.
     * The text has an error only when no reading parses and the error is not where a {@code %s}
     * value, which may be several tokens ({@code ENABLE TRIGGER ALL}), could still mend it: in the
     * value or right after it. Then the reading with every {@code %s} a name stands for it.
     */
    private Reading formatted(TextSlice format, List<Expr> arguments, List<Token> literalTokens) {
        List<Placeholder> placeholders = placeholders(format, arguments, literalTokens);
        long free = placeholders.stream().filter(Placeholder::isFree).count();
        int combinations = free > MAX_FREE_PLACEHOLDERS ? 1 : (int) Math.pow(Stand.values().length, free);
        Reading first = null;
        for (int combination = 0; combination < combinations; combination++) {
            Reading reading = parsed(spelled(format, placeholders, combination));
            if (reading.syntaxError() == null) {
                return reading;
            }
            if (first == null) {
                first = reading;
            }
        }
        boolean unjudged = free > MAX_FREE_PLACEHOLDERS || nextToFreeValue(format, placeholders, first.syntaxError());
        return unjudged ? new Reading(first.statement(), null) : first;
    }

    /** Whether {@code error} stands in a {@code %s} placeholder or on the first token after one. */
    private static boolean nextToFreeValue(TextSlice format, List<Placeholder> placeholders, SyntaxError error) {
        int at = indexOf(format, error.range().startOffset());
        for (Placeholder placeholder : placeholders) {
            if (placeholder.isFree() && placeholder.start() <= at
                    && format.substring(Math.min(placeholder.end(), at), at).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The index in {@code text} of the character at file offset {@code offset}; the length when none is. */
    private static int indexOf(TextSlice text, int offset) {
        for (int i = 0; i < text.length(); i++) {
            if (text.fileOffset(i) == offset) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The format text with each placeholder spelled as the {@code combination}-th choice of readings,
     * or as its known value. The readings keep the text's length; the values, which change it, are
     * put in last, from the end, so that the other placeholders' indexes still hold.
     */
    private static TextSlice spelled(TextSlice format, List<Placeholder> placeholders, int combination) {
        TextSlice result = format;
        int rest = combination;
        for (Placeholder placeholder : placeholders) {
            if (placeholder.value() != null) {
                continue;
            }
            List<Stand> readings = placeholder.readings();
            String replacement = "%";
            if (!readings.isEmpty()) {
                replacement = readings.get(rest % readings.size()).spelled(placeholder.end() - placeholder.start());
                rest /= readings.size();
            }
            result = result.edited(placeholder.start(), placeholder.end(), replacement);
        }
        for (int i = placeholders.size() - 1; i >= 0; i--) {
            Placeholder placeholder = placeholders.get(i);
            if (placeholder.value() != null) {
                result = concatenated(concatenated(result.sub(0, placeholder.start()), placeholder.value()),
                        result.sub(placeholder.end(), result.length()));
            }
        }
        return result;
    }

    /**
     * The placeholders of a format string ({@code %I}, {@code %1$L}, {@code %-10s}, {@code %%}...),
     * each with the value format() writes for it where its argument is a constant string and it
     * has no width (a width pads the value; {@code *} takes the width from an argument, after which
     * the arguments are not followed).
     */
    private List<Placeholder> placeholders(TextSlice format, List<Expr> arguments, List<Token> literalTokens) {
        String value = format.substring(0, format.length());
        List<Placeholder> placeholders = new ArrayList<>();
        int nextArgument = 1;
        boolean argumentsFollowed = true;
        int i = value.indexOf('%');
        while (i >= 0 && i + 1 < value.length()) {
            int end = i + 1;
            int position = 0;
            while (end < value.length() && Character.isDigit(value.charAt(end))) {
                position = position * 10 + value.charAt(end) - '0';
                end++;
            }
            boolean positional = end < value.length() && value.charAt(end) == '$' && position > 0;
            int widthStart = positional ? end + 1 : i + 1;
            end = widthStart;
            while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '$'
                    || value.charAt(end) == '-' || value.charAt(end) == '*')) {
                end++;
            }
            if (end >= value.length()) {
                break;
            }
            char type = value.charAt(end);
            List<Stand> readings = switch (type) {
                case 'I' -> List.of(Stand.NAME);
                case 'L' -> List.of(Stand.LITERAL);
                case '%' -> List.of();
                default -> List.of(Stand.NAME, Stand.LITERAL, Stand.EMPTY);
            };
            TextSlice known = null;
            if (type != '%') {
                argumentsFollowed &= value.substring(widthStart, end).indexOf('*') < 0;
                int argument = positional ? position : nextArgument;
                nextArgument = argument + 1;
                if (argumentsFollowed && widthStart == end && argument < arguments.size()) {
                    known = written(type, constantText(arguments.get(argument), literalTokens), format.fileOffset(i));
                }
            }
            placeholders.add(new Placeholder(i, end + 1, readings, known));
            i = value.indexOf('%', end + 1);
        }
        return placeholders;
    }

    /**
     * The text format() writes for a constant string {@code argument} ({@code null}: not constant)
     * under placeholder type {@code type}: as it is for {@code %s}, as a quoted name for {@code %I}
     * (quote_ident leaves some names bare, but a quoted name means the same), as a quoted literal
     * for {@code %L}. Quotes it adds stand at the placeholder's {@code offset}.
     */
    private static TextSlice written(char type, TextSlice argument, int offset) {
        if (argument == null || type == 's') {
            return argument;
        }
        char quote = switch (type) {
            case 'I' -> '"';
            case 'L' -> '\'';
            default -> 0;
        };
        if (quote == 0) {
            return null;
        }
        TextSlice mark = TextSlice.mapped(argument.file(), String.valueOf(quote), new int[] {offset});
        TextSlice quoted = mark;
        int from = 0;
        String text = argument.substring(0, argument.length());
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            quoted = concatenated(concatenated(quoted, argument.sub(from, at + 1)), argument.sub(at, at + 1));
            from = at + 1;
        }
        return concatenated(concatenated(quoted, argument.sub(from, argument.length())), mark);
    }

    /** The text of a string literal, or of a concatenation of string literals; null when it is not constant. */
    private TextSlice constantText(Expr expr, List<Token> tokens) {
        if (expr instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING) {
            for (Token token : tokens) {
                if (body.fileOffset(token.getStartIndex()) == literal.range().startOffset()) {
                    return literalText(token);
                }
            }
            return null;
        }
        if (expr instanceof Expr.Operator operator && operator.operator().equals("||") && operator.operands().size() == 2) {
            TextSlice left = constantText(operator.operands().get(0), tokens);
            TextSlice right = left == null ? null : constantText(operator.operands().get(1), tokens);
            return right == null ? null : concatenated(left, right);
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

    /** Two texts one after the other, each character still mapped to its place in the file. */
    private static TextSlice concatenated(TextSlice left, TextSlice right) {
        int[] offsets = new int[left.length() + right.length()];
        for (int i = 0; i < left.length(); i++) {
            offsets[i] = left.fileOffset(i);
        }
        for (int i = 0; i < right.length(); i++) {
            offsets[left.length() + i] = right.fileOffset(i);
        }
        String text = left.substring(0, left.length()) + right.substring(0, right.length());
        return TextSlice.mapped(left.file(), text, offsets);
    }
}

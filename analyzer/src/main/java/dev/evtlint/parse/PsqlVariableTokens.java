package dev.evtlint.parse;

import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a statement's bare psql variables as the tokens the grammar needs where they stand. psql
 * puts a variable's value in verbatim, so {@code :name} may stand for an identifier
 * ({@code FROM :schema.t}), a string ({@code AS :MODULE_PATHNAME, 'symbol'}) or a number
 * ({@code START WITH :first}, {@code ARRAY[:n]}); a variable that starts the statement may stand for
 * leading words of SQL ({@code \set EXPLAIN 'EXPLAIN (COSTS OFF)'} then {@code :EXPLAIN SELECT ...}),
 * as no value can stand there. Every variable starts as an identifier; while the statement has a
 * syntax error at a variable, that variable becomes the next kind of token, and a leading one last
 * nothing at all. Each kind keeps the variable's length, so no position moves.
 */
final class PsqlVariableTokens {
    /** The readings after the first, the identifier that the split text holds. */
    private enum Kind {
        STRING, NUMBER, NOTHING;

        /** The token of this kind with {@code length} characters. */
        String spelled(int length) {
            return switch (this) {
                case STRING -> "'" + " ".repeat(length - 2) + "'";
                case NUMBER -> "1".repeat(length);
                case NOTHING -> " ".repeat(length);
            };
        }

        /** The next reading, or null when none is left; only a variable that starts the statement may be nothing. */
        static Kind after(Kind kind, boolean startsStatement) {
            return kind == null ? STRING : kind == STRING ? NUMBER : kind == NUMBER && startsStatement ? NOTHING : null;
        }
    }

    private PsqlVariableTokens() {
    }

    /**
     * The statement of {@code slice}, whose variables are the file ranges {@code variables} (each at
     * least two characters: the colon and a name), parsed by {@code parse} (which adds the syntax
     * errors it finds to its list) with each variable read as the token that lets it parse; null
     * when no such reading is found.
     */
    static Statement read(TextSlice slice, List<Segment> variables,
                          BiFunction<TextSlice, List<SyntaxError>, Statement> parse) {
        Kind[] kinds = new Kind[variables.size()];
        TextSlice text = slice;
        for (int attempt = 0; attempt <= 3 * variables.size(); attempt++) {
            List<SyntaxError> errors = new ArrayList<>();
            Statement statement = parse.apply(text, errors);
            if (errors.isEmpty()) {
                return statement;
            }
            int at = indexAt(variables, errors.get(0).range().startOffset());
            if (at < 0) {
                return null;
            }
            Segment variable = variables.get(at);
            int start = variable.start() - slice.fileOffset(0);
            Kind next = Kind.after(kinds[at], slice.substring(0, start).isBlank());
            if (next == null) {
                return null;
            }
            kinds[at] = next;
            text = text.edited(start, start + variable.end() - variable.start(),
                    kinds[at].spelled(variable.end() - variable.start()));
        }
        return null;
    }

    /** The index of the variable holding file offset {@code offset}, or -1. */
    private static int indexAt(List<Segment> variables, int offset) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).start() <= offset && offset < variables.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}

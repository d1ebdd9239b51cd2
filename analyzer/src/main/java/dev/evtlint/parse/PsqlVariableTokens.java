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
 * ({@code START WITH :first}, {@code ARRAY[:n]}). Every variable starts as an identifier; while the
 * statement has a syntax error at a variable, that variable becomes the next kind of token. Each
 * kind keeps the variable's length, so no position moves.
 */
final class PsqlVariableTokens {
    /** The readings after the first, the identifier that the split text holds. */
    private enum Kind {
        STRING, NUMBER;

        /** The token of this kind with {@code length} characters. */
        String spelled(int length) {
            return this == STRING ? "'" + " ".repeat(length - 2) + "'" : "1".repeat(length);
        }

        /** The next reading, or null when none is left. */
        static Kind after(Kind kind) {
            return kind == null ? STRING : kind == STRING ? NUMBER : null;
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
    static Statement read(TextSlice slice, List<ScriptSplitter.Segment> variables,
                          BiFunction<TextSlice, List<SyntaxError>, Statement> parse) {
        Kind[] kinds = new Kind[variables.size()];
        TextSlice text = slice;
        for (int attempt = 0; attempt <= 2 * variables.size(); attempt++) {
            List<SyntaxError> errors = new ArrayList<>();
            Statement statement = parse.apply(text, errors);
            if (errors.isEmpty()) {
                return statement;
            }
            int at = indexAt(variables, errors.get(0).range().startOffset());
            if (at < 0 || Kind.after(kinds[at]) == null) {
                return null;
            }
            kinds[at] = Kind.after(kinds[at]);
            ScriptSplitter.Segment variable = variables.get(at);
            int start = variable.start() - slice.fileOffset(0);
            text = text.edited(start, start + variable.end() - variable.start(),
                    kinds[at].spelled(variable.end() - variable.start()));
        }
        return null;
    }

    /** The index of the variable holding file offset {@code offset}, or -1. */
    private static int indexAt(List<ScriptSplitter.Segment> variables, int offset) {
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).start() <= offset && offset < variables.get(i).end()) {
                return i;
            }
        }
        return -1;
    }
}

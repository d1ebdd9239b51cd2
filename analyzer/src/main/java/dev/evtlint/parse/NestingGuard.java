package dev.evtlint.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Refuses input nested deeper than evtlint analyses, before it is parsed: a recursive-descent
 * parser would need a stack as deep as the nesting, and its prediction time grows with the square
 * of it. PostgreSQL itself stops at max_stack_depth; real scripts stay far below the limit.
 */
final class NestingGuard {
    /** Parentheses, brackets or PL/pgSQL blocks nested deeper than this are not analysed. */
    static final int MAX_DEPTH = 256;

    private NestingGuard() {
    }

    /**
     * The first token at which nesting exceeds {@link #MAX_DEPTH}, or null. An opening token right
     * after a {@code closer} does not open anything (PL/pgSQL's END IF, END LOOP, END CASE); pass -1
     * when there is no such closer.
     */
    static Token tooDeep(List<Token> tokens, int[] openTypes, int[] closeTypes, int closer) {
        int depth = 0;
        int previous = -1;
        for (Token token : tokens) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = token.getType();
            boolean closes = previous == closer;
            previous = type;
            if (contains(openTypes, type) && !closes) {
                depth++;
                if (depth > MAX_DEPTH) {
                    return token;
                }
            } else if (contains(closeTypes, type)) {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    static String message() {
        return "nested more than " + MAX_DEPTH + " levels deep; evtlint does not analyse it";
    }

    private static boolean contains(int[] types, int type) {
        for (int t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }
}

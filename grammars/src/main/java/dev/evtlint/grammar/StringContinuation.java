package dev.evtlint.grammar;

import java.util.function.IntUnaryOperator;

/**
 * Where a quoted string continues after its closing quote (scan.l, {@code quotecontinue}): string
 * literals separated only by white space that holds at least one newline are one constant, and
 * {@code --} comments may stand in that white space; a block comment may not. {@code 'a' 'b'} on
 * one line is two tokens, which PostgreSQL's grammar then rejects. {@code '...'}, {@code E'...'},
 * {@code N'...'}, {@code U&'...'}, {@code B'...'} and {@code X'...'} continue, always with a plain
 * quote ({@code 'a'} newline {@code E'b'} does not continue); dollar-quoted strings never do.
 *
 * <p>The lexers, the hand-written scanner and the decoder of literal values share this one answer.
 */
public final class StringContinuation {
    private StringContinuation() {
    }

    /**
     * The offset of the quote that continues a string whose closing quote ends just before
     * {@code from}, or -1 when the string ends there. {@code charAt} reads the text at an offset,
     * -1 past its end.
     */
    public static int continuingQuote(IntUnaryOperator charAt, int from) {
        boolean sawNewline = false;
        int i = from;
        while (true) {
            int c = charAt.applyAsInt(i);
            if (c == '\n' || c == '\r') {
                sawNewline = true;
                i++;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
                i++;
            } else if (c == '-' && charAt.applyAsInt(i + 1) == '-') {
                i = endOfLine(charAt, i + 2);
            } else {
                return c == '\'' && sawNewline ? i : -1;
            }
        }
    }

    private static int endOfLine(IntUnaryOperator charAt, int from) {
        int i = from;
        int c = charAt.applyAsInt(i);
        while (c != '\n' && c != '\r' && c != -1) {
            c = charAt.applyAsInt(++i);
        }
        return i;
    }
}

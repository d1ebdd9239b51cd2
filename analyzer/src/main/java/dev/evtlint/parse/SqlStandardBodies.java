package dev.evtlint.parse;

import java.util.Arrays;

/**
 * Whether a statement's scan is inside the {@code BEGIN ... END} of a SQL-standard routine body,
 * where a semicolon does not end the statement. Like psqlscan.l: when the statement starts with
 * CREATE [OR REPLACE] FUNCTION/PROCEDURE, BEGIN opens a block outside parentheses, CASE nests
 * inside one, and END closes one. Only the initials of the first four words are kept: enough to
 * tell those leading words from others once each word has been compared in full.
 */
final class SqlStandardBodies {
    private final char[] leadingWordInitials = new char[4];
    private int wordCount;
    private int depth;

    /** A new statement starts. */
    void reset() {
        depth = 0;
        wordCount = 0;
        Arrays.fill(leadingWordInitials, (char) 0);
    }

    /** The statement's next word, {@code text[start, start + length)}, read at {@code parenDepth}. */
    void word(String text, int start, int length, int parenDepth) {
        if (wordCount < leadingWordInitials.length) {
            leadingWordInitials[wordCount] = isRoutineWord(text, start, length) ? Character.toLowerCase(text.charAt(start)) : 0;
        }
        wordCount++;
        if (!isCreateRoutine() || parenDepth != 0) {
            return;
        }
        if (isWord(text, start, length, "begin")) {
            depth++;
        } else if (isWord(text, start, length, "case")) {
            if (depth >= 1) {
                depth++;
            }
        } else if (isWord(text, start, length, "end") && depth > 0) {
            depth--;
        }
    }

    boolean isInside() {
        return depth > 0;
    }

    private static boolean isRoutineWord(String text, int start, int length) {
        return isWord(text, start, length, "create") || isWord(text, start, length, "function")
                || isWord(text, start, length, "procedure") || isWord(text, start, length, "or")
                || isWord(text, start, length, "replace");
    }

    private static boolean isWord(String text, int start, int length, String word) {
        return length == word.length() && Character.toLowerCase(text.charAt(start)) == word.charAt(0)
                && text.regionMatches(true, start, word, 0, length);
    }

    private boolean isCreateRoutine() {
        char[] w = leadingWordInitials;
        return w[0] == 'c' && (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
    }
}

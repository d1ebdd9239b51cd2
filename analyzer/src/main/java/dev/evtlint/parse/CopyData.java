package dev.evtlint.parse;

import java.util.Locale;

/**
 * The data psql sends for {@code COPY ... FROM stdin} (or {@code pstdin}): the lines after the
 * statement up to and including the line {@code \.}. Without such a line further on, the data was
 * already taken out of the file and there is none: the statements that follow are SQL.
 */
final class CopyData {
    private final String text;
    private final int length;
    /** Where the last search for a terminator line started, and the line it found (-1: none). */
    private int terminatorSearchedFrom = Integer.MAX_VALUE;
    private int terminatorLineStart = -1;

    CopyData(String text) {
        this.text = text;
        this.length = text.length();
    }

    static boolean isCopyFromStdin(String text, Segment statement) {
        if (statement.end() - statement.start() < 4 || !text.regionMatches(true, statement.start(), "copy", 0, 4)) {
            return false;
        }
        String copy = text.substring(statement.start(), statement.end()).toLowerCase(Locale.ROOT);
        return copy.matches("(?s)copy\\b.*\\bfrom\\s+(stdin|pstdin)\\b.*");
    }

    /** The data from the line after {@code position} to the end of the line {@code \.}, or null when there is none. */
    Segment after(int position) {
        int lineStart = text.indexOf('\n', position) + 1;
        int end = lineStart == 0 ? -1 : terminatorEnd(lineStart);
        return end < 0 ? null : new Segment(lineStart, end);
    }

    /**
     * The end of the first line from {@code from} (a line start) on that is {@code \.}, or -1. The
     * answer of the last search is kept: searches only move forward, and a script whose COPY
     * statements come without data (taken out, as in PostgreSQL's regression scripts) would
     * otherwise be searched to its end once per COPY.
     */
    private int terminatorEnd(int from) {
        if (from < terminatorSearchedFrom || (terminatorLineStart >= 0 && terminatorLineStart < from)) {
            terminatorSearchedFrom = from;
            terminatorLineStart = firstTerminatorLine(from);
        }
        if (terminatorLineStart < 0) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', terminatorLineStart);
        return lineEnd < 0 ? length : lineEnd;
    }

    /** The start of the first line from {@code from} on that holds {@code \.} and white space only, or -1. */
    private int firstTerminatorLine(int from) {
        int lineStart = from;
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? length : lineEnd;
            if (isTerminatorLine(lineStart, lineEnd)) {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private boolean isTerminatorLine(int lineStart, int lineEnd) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start == 2 && text.charAt(start) == '\\' && text.charAt(start + 1) == '.';
    }
}

package dev.evtlint.ast;

import java.util.Arrays;

/**
 * Line starts of a text, so that a character offset becomes a 1-based line and a 1-based column
 * in UTF-16 code units (SARIF's {@code utf16CodeUnits}). A line ends at LF, CRLF or a lone CR.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;
    /**
     * The line of the last look-up: nodes are positioned in source order, so the next offset is
     * usually on the same line. Racy by design: a stale value only costs a binary search.
     */
    private int lastLineIndex;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line holding {@code offset}; an offset at the end of the text is on the last line. */
    public int line(int offset) {
        int clamped = clamp(offset);
        int hint = lastLineIndex;
        if (lineStarts[hint] <= clamped && (hint + 1 == lineStarts.length || clamped < lineStarts[hint + 1])) {
            return hint + 1;
        }
        int found = Arrays.binarySearch(lineStarts, clamped);
        int index = found >= 0 ? found : -found - 2;
        lastLineIndex = index;
        return index + 1;
    }

    /** The 1-based column of {@code offset} on its 1-based {@code line}, in UTF-16 code units. */
    public int column(int offset, int line) {
        return clamp(offset) - lineStarts[line - 1] + 1;
    }

    /** The 1-based column of {@code offset} in UTF-16 code units. */
    public int column(int offset) {
        return column(offset, line(offset));
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of a 1-based line, before its line terminator. */
    public int lineEnd(int line, CharSequence text) {
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }
}

package dev.evtlint.report;

/**
 * A source line as the text report shows it, with the line of {@code ^~~~} drawn under the range.
 * Columns are UTF-16 based (as ranges are) but a terminal shows one cell per code point, so the
 * caret line counts code points; tabs before the range are copied so that the terminal expands
 * them to the same width. Control characters show escaped ({@link Printable}), and the caret line
 * makes room for their escapes. A long line shows only a window of {@link #WIDTH} columns around
 * the start of the range: a finding on a 10 MB line must not print (or build) 10 MB.
 */
final class Caret {
    /** The most columns of a source line shown. */
    static final int WIDTH = 200;
    /** How much of the line before the range a window shows. */
    private static final int BEFORE = 40;
    /** Marks the line as cut on that side. */
    private static final String CUT = "...";

    /** The line as shown and the caret line under it. */
    record Shown(String line, String marker) {
    }

    private Caret() {
    }

    /**
     * @param line        the source line, without its terminator (a view into the file's text: the whole
     *                    of a long line is never copied)
     * @param startColumn 1-based UTF-16 column where the range starts
     * @param endColumn   1-based UTF-16 column just past the range on this line
     */
    static Shown show(CharSequence line, int startColumn, int endColumn) {
        int start = clamp(startColumn - 1, line.length());
        int end = Math.max(start, clamp(endColumn - 1, line.length()));
        int from = 0;
        int to = line.length();
        if (line.length() > WIDTH) {
            from = codePointStart(line, Math.max(0, start - BEFORE));
            to = codePointStart(line, Math.min(line.length(), from + WIDTH));
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder marker = new StringBuilder();
        if (from > 0) {
            shown.append(CUT);
            marker.append(" ".repeat(CUT.length()));
        }
        boolean caretDrawn = false;
        // A line shown from its start must not start a GitHub workflow command either (Printable.escapeLineStart).
        int command = from == 0 ? Printable.commandStart(line) : -1;
        for (int i = from; i < to; i += Character.charCount(Character.codePointAt(line, i))) {
            char c = line.charAt(i);
            boolean escaped = Printable.isUnsafe(c) || i == command;
            String cell = i == command ? Printable.ESCAPED_COLON : Printable.isUnsafe(c) ? Printable.escape(c)
                    : line.subSequence(i, i + Character.charCount(Character.codePointAt(line, i))).toString();
            int width = escaped ? cell.length() : 1;
            shown.append(cell);
            if (i < start) {
                marker.append(c == '\t' ? "\t" : " ".repeat(width));
            } else if (i < end || !caretDrawn && i == start) {
                marker.append(caretDrawn ? '~' : '^').append("~".repeat(width - 1));
                caretDrawn = true;
            }
        }
        if (!caretDrawn) {
            // An empty range at the end of the line: the caret stands just past it.
            marker.append('^');
        }
        if (to < line.length()) {
            shown.append(CUT);
        }
        return new Shown(shown.toString(), marker.toString());
    }

    /** {@code index}, or the one before it when it falls between the halves of a surrogate pair. */
    private static int codePointStart(CharSequence line, int index) {
        return index > 0 && index < line.length() && Character.isLowSurrogate(line.charAt(index))
                && Character.isHighSurrogate(line.charAt(index - 1)) ? index - 1 : index;
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}

package dev.evtlint.report;

/**
 * The line of {@code ^~~~} drawn under a source line. Columns are UTF-16 based (as ranges are)
 * but a terminal shows one cell per code point, so the caret line counts code points; tabs
 * before the range are copied so that the terminal expands them to the same width.
 */
final class Caret {
    private Caret() {
    }

    /**
     * @param line        the source line, without its terminator
     * @param startColumn 1-based UTF-16 column where the range starts
     * @param endColumn   1-based UTF-16 column just past the range on this line
     */
    static String under(String line, int startColumn, int endColumn) {
        int start = clamp(startColumn - 1, line.length());
        int end = Math.max(start, clamp(endColumn - 1, line.length()));
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < start; i += Character.charCount(line.codePointAt(i))) {
            caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append('^');
        caret.append("~".repeat(Math.max(0, line.codePointCount(start, end) - 1)));
        return caret.toString();
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}

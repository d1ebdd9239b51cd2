package dev.evtlint.report;

/**
 * Text from inputs (identifiers, paths, file content) made safe to print: evtlint's output goes to
 * terminals and CI logs, where a newline in a quoted identifier would start a line of its own
 * (a GitHub {@code ::error} workflow command, a fake finding) and an escape sequence would drive
 * the terminal. Every place that prints text from an input passes it through here.
 */
public final class Printable {
    /** How many characters of an input an error message quotes at most. */
    public static final int EXCERPT_LENGTH = 60;
    /** How long a message of a library that quotes an input (a parser's) may be. */
    public static final int MESSAGE_LENGTH = 200;

    private Printable() {
    }

    /**
     * {@code text} with each control character (but tab), line or paragraph separator and
     * bidirectional override written as a Java escape: {@code \n}, {@code \r}, {@code \u001B}.
     * Text without them comes back as it is.
     */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            appendEscaped(escaped, text.charAt(i));
        }
        return escaped.toString();
    }

    /**
     * {@link #escape(String)} for text that may start a printed line (a path, a source line, a
     * trigger name): GitHub's runner reads any line of a job's log that starts with {@code ::}
     * (after blanks) as a workflow command, so a leading {@code ::} gets its first colon escaped
     * ({@code \u003A:error}).
     */
    public static String escapeLineStart(String text) {
        String escaped = escape(text);
        int start = commandStart(escaped);
        return start < 0 ? escaped : escaped.substring(0, start) + ESCAPED_COLON + escaped.substring(start + 1);
    }

    /** The escape of the colon that would start a workflow command. */
    static final String ESCAPED_COLON = "\\u003A";

    /** Where a line's leading {@code ::} starts, after blanks, or -1 when it has none. */
    static int commandStart(CharSequence line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i + 1 < line.length() && line.charAt(i) == ':' && line.charAt(i + 1) == ':' ? i : -1;
    }

    /** How a character shows when printed: itself, or its escape. */
    static String escape(char c) {
        StringBuilder escaped = new StringBuilder(6);
        appendEscaped(escaped, c);
        return escaped.toString();
    }

    /**
     * A short, escaped quote of an input for an error message: at most {@link #EXCERPT_LENGTH}
     * characters of it, then {@code ...} and how long it was. An error must never echo a whole
     * file or value: a configuration may name a file that holds secrets.
     */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT_LENGTH);
    }

    /** {@link #excerpt(String)} of at most {@code length} characters. */
    public static String excerpt(String text, int length) {
        if (text.length() <= length) {
            return escape(text);
        }
        int end = length;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return escape(text.substring(0, end)) + String.format("... (%,d characters)", text.length());
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isUnsafe(char c) {
        return (Character.isISOControl(c) && c != '\t')
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendEscaped(StringBuilder out, char c) {
        if (!isUnsafe(c)) {
            out.append(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else {
            out.append(String.format("\\u%04X", (int) c));
        }
    }
}

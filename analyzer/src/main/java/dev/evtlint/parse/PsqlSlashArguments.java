package dev.evtlint.parse;

/**
 * Reads the arguments of a psql meta-command one after another, the way psql reads an argument
 * (psqlscanslash.l): white space ends it, and so does a backslash (the next meta-command); single
 * quotes take white space in, with {@code ''} for a quote and backslash escapes; double quotes stay
 * in the argument, with the white space between them (what psql makes of them depends on the
 * command). A psql variable ({@code :name}, {@code :'name'}, {@code :"name"}) and a shell command
 * in backquotes make the argument unknowable from the script.
 */
final class PsqlSlashArguments {

    /**
     * One argument: its text, or null when the script alone does not tell it; {@code quoted} when
     * some of it was written in quotes.
     */
    record Argument(String text, boolean quoted) {
    }

    private final String text;
    private final int end;
    private int position;

    /** The arguments from {@code position} (just after the command's name) to {@code end} (the line's end). */
    PsqlSlashArguments(String text, int position, int end) {
        this.text = text;
        this.position = position;
        this.end = end;
    }

    /** Where the name of the meta-command that starts at {@code start} (a backslash) ends. */
    static int commandNameEnd(String text, int start, int end) {
        int nameEnd = start + 1;
        while (nameEnd < end && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_')) {
            nameEnd++;
        }
        return nameEnd;
    }

    /** The next argument, or null when none is left. */
    Argument next() {
        while (position < end && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        if (position >= end || text.charAt(position) == '\\') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        boolean knowable = true;
        boolean quoted = false;
        while (position < end && !Character.isWhitespace(text.charAt(position)) && text.charAt(position) != '\\') {
            char c = text.charAt(position);
            if (c == ':' && position + 1 < end && isVariableStart(text.charAt(position + 1)) && !isPortNumber()) {
                knowable = false;
                skipVariable();
            } else if (c == '`') {
                knowable = false;
                skipPast('`', position + 1);
            } else if (c == '\'') {
                quoted = true;
                singleQuoted(value);
            } else if (c == '"') {
                quoted = true;
                doubleQuoted(value);
            } else {
                value.append(c);
                position++;
            }
        }
        return new Argument(knowable ? value.toString() : null, quoted);
    }

    /**
     * Whether the colon here starts digits alone, as a port in {@code postgresql://h:5432/db}: psql
     * would substitute a variable of that name, but no script sets one, and psql keeps the text.
     */
    private boolean isPortNumber() {
        int i = position + 1;
        while (i < end && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > position + 1 && (i == end || !isVariablePart(text.charAt(i)));
    }

    private static boolean isVariableStart(char c) {
        return isVariablePart(c) || c == '\'' || c == '"' || c == '{';
    }

    private static boolean isVariablePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c >= 0x80;
    }

    /** {@code :name}, {@code :'name'}, {@code :"name"} or {@code :{?name}}. */
    private void skipVariable() {
        char first = text.charAt(position + 1);
        if (first == '\'' || first == '"') {
            skipPast(first, position + 2);
        } else if (first == '{') {
            skipPast('}', position + 2);
        } else {
            position++;
            while (position < end && isVariablePart(text.charAt(position))) {
                position++;
            }
        }
    }

    /** Moves past the first {@code close} from {@code from} on, or to the end. */
    private void skipPast(char close, int from) {
        int at = text.indexOf(close, from);
        position = at < 0 || at >= end ? end : at + 1;
    }

    /** {@code 'a b.sql'}: the quotes go, {@code ''} is a quote, a backslash escapes the next character. */
    private void singleQuoted(StringBuilder value) {
        position++;
        while (position < end) {
            char c = text.charAt(position);
            if (c == '\'' && position + 1 < end && text.charAt(position + 1) == '\'') {
                value.append('\'');
                position += 2;
            } else if (c == '\'') {
                position++;
                return;
            } else if (c == '\\' && position + 1 < end) {
                value.append(escaped(text.charAt(position + 1)));
                position += 2;
            } else {
                value.append(c);
                position++;
            }
        }
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> c;
        };
    }

    /** {@code "a b"}: kept as written, quotes and white space included. */
    private void doubleQuoted(StringBuilder value) {
        int close = text.indexOf('"', position + 1);
        int stop = close < 0 || close >= end ? end : close + 1;
        value.append(text, position, stop);
        position = stop;
    }
}

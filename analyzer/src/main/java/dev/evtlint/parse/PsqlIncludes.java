package dev.evtlint.parse;

import dev.evtlint.script.PsqlInclude;
import java.util.Set;

/**
 * Reads psql's include commands ({@code \i}, {@code \include}, {@code \ir}, {@code \include_relative})
 * from a meta-command line the way psql reads a file name argument (psqlscanslash.l, option type
 * OT_NORMAL): white space ends it, and so does a backslash (the next meta-command); single quotes
 * take white space in, with {@code ''} for a quote and backslash escapes; double quotes stay in the
 * name. A psql variable ({@code :name}, {@code :'name'}, {@code :"name"}), a shell command in
 * backquotes and a leading {@code ~} (psql's expand_tilde) make the file unknowable from the script.
 */
final class PsqlIncludes {
    private static final Set<String> COMMANDS = Set.of("i", "include", "ir", "include_relative");

    private final String text;
    private final int end;
    private int position;

    private PsqlIncludes(String text, int position, int end) {
        this.text = text;
        this.position = position;
        this.end = end;
    }

    /** The include command that starts at {@code start} (a backslash) and runs to {@code end}, or null for any other command. */
    static PsqlInclude read(String text, int start, int end) {
        int nameEnd = start + 1;
        while (nameEnd < end && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_')) {
            nameEnd++;
        }
        String command = text.substring(start + 1, nameEnd);
        if (!COMMANDS.contains(command)) {
            return null;
        }
        return new PsqlIncludes(text, nameEnd, end).argument(start, command);
    }

    private PsqlInclude argument(int offset, String command) {
        while (position < end && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        StringBuilder path = new StringBuilder();
        while (position < end && !Character.isWhitespace(text.charAt(position)) && text.charAt(position) != '\\') {
            char c = text.charAt(position);
            if (c == ':' && position + 1 < end && isVariableStart(text.charAt(position + 1))) {
                return unknown(offset, command);
            } else if (c == '`') {
                return unknown(offset, command);
            } else if (c == '\'') {
                singleQuoted(path);
            } else if (c == '"') {
                doubleQuoted(path);
            } else {
                path.append(c);
                position++;
            }
        }
        if (path.isEmpty() || path.charAt(0) == '~') {
            return unknown(offset, command);
        }
        return new PsqlInclude(offset, command, path.toString());
    }

    private static boolean isVariableStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '"' || c == '{' || c >= 0x80;
    }

    private static PsqlInclude unknown(int offset, String command) {
        return new PsqlInclude(offset, command, null);
    }

    /** {@code 'a b.sql'}: the quotes go, {@code ''} is a quote, a backslash escapes the next character. */
    private void singleQuoted(StringBuilder path) {
        position++;
        while (position < end) {
            char c = text.charAt(position);
            if (c == '\'' && position + 1 < end && text.charAt(position + 1) == '\'') {
                path.append('\'');
                position += 2;
            } else if (c == '\'') {
                position++;
                return;
            } else if (c == '\\' && position + 1 < end) {
                path.append(escaped(text.charAt(position + 1)));
                position += 2;
            } else {
                path.append(c);
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

    /** {@code "a b.sql"}: psql keeps the double quotes in a file name, and the white space between them. */
    private void doubleQuoted(StringBuilder path) {
        int close = text.indexOf('"', position + 1);
        int stop = close < 0 || close >= end ? end : close + 1;
        path.append(text, position, stop);
        position = stop;
    }
}

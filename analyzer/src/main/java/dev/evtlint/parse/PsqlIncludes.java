package dev.evtlint.parse;

import dev.evtlint.script.PsqlInclude;
import java.util.Set;

/**
 * Reads psql's include commands ({@code \i}, {@code \include}, {@code \ir}, {@code \include_relative})
 * from a meta-command line the way psql reads a file name argument (option type OT_NORMAL,
 * {@link PsqlSlashArguments}): double quotes stay in the name. A psql variable, a shell command in
 * backquotes and a leading {@code ~} (psql's expand_tilde) make the file unknowable from the script.
 */
final class PsqlIncludes {
    private static final Set<String> COMMANDS = Set.of("i", "include", "ir", "include_relative");

    private PsqlIncludes() {
    }

    /** The include command that starts at {@code start} (a backslash) and runs to {@code end}, or null for any other command. */
    static PsqlInclude read(String text, int start, int end) {
        int nameEnd = PsqlSlashArguments.commandNameEnd(text, start, end);
        String command = text.substring(start + 1, nameEnd);
        if (!COMMANDS.contains(command)) {
            return null;
        }
        PsqlSlashArguments.Argument path = new PsqlSlashArguments(text, nameEnd, end).next();
        if (path == null || path.text() == null || path.text().isEmpty() || path.text().charAt(0) == '~') {
            return new PsqlInclude(start, command, null);
        }
        return new PsqlInclude(start, command, path.text());
    }
}

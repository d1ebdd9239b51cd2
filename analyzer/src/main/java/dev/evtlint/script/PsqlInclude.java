package dev.evtlint.script;

/**
 * A psql {@code \i}, {@code \include}, {@code \ir} or {@code \include_relative} command, at
 * {@code offset} of its file: psql runs the statements of the file it names right there. {@code
 * path} is the file as written (quotes taken off), or null when the script alone does not tell it
 * (a psql variable, a shell command, the home folder of whoever runs psql, no argument at all).
 */
public record PsqlInclude(int offset, String command, String path) {

    /**
     * Whether psql reads the path relative to the folder of the file that holds the command
     * ({@code \ir}) rather than relative to the folder psql runs in ({@code \i}); psql's
     * process_file() in command.c.
     */
    public boolean relative() {
        return command.equals("ir") || command.equals("include_relative");
    }

    /** The command as written, for messages: {@code \ir ../common.sql}. */
    public String written() {
        return "\\" + command + (path != null ? " " + path : "");
    }
}

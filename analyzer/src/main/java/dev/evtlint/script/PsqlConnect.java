package dev.evtlint.script;

/**
 * A psql {@code \c} or {@code \connect} command, at {@code offset} of its file: psql opens a new
 * session there, and every later statement of the session, in this file, in the files it
 * includes and in the file that included it, runs in the database it connects to. {@code written}
 * is the command as the script spells it, for messages.
 */
public record PsqlConnect(int offset, Target target, String database, String written) {

    /** Where the command connects; {@code database} is the name for {@link #NAMED} only. */
    public enum Target {
        /** No database name, or {@code -}, with the previous connection's parameters reused: the same database. */
        SAME,
        /** The database {@code database}. */
        NAMED,
        /** A database the script does not tell: a psql variable, or libpq's default (the environment, the user name). */
        UNKNOWN
    }
}

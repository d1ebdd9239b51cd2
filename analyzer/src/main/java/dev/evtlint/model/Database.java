package dev.evtlint.model;

import dev.evtlint.script.PsqlConnect;

/**
 * A database that statements run in. Event triggers, functions, tables and sessions belong to one
 * database; roles and databases are shared by the cluster. Every script starts in {@link #DEFAULT},
 * the database it is run against, whose name the script does not tell; psql's {@code \connect}
 * ({@link PsqlConnect}) moves the rest of the session to the database it names. A named database
 * is never taken for the default, since the script cannot tell that they are the same; two named
 * ones are the same when their names are. One that the script does not name (a psql variable,
 * libpq's default) is unknown: equal to no other.
 */
public final class Database {
    /** The database the script was run against. */
    public static final Database DEFAULT = new Database(null, null);

    /** The name psql connects with; null for the default and for an unknown database. */
    private final String name;
    /** For an unknown database, the command that connected to it: the same command, the same database. */
    private final PsqlConnect unknownAfter;

    private Database(String name, PsqlConnect unknownAfter) {
        this.name = name;
        this.unknownAfter = unknownAfter;
    }

    /** The database the session is in after {@code connect}, when it was in this one before. */
    Database after(PsqlConnect connect) {
        return switch (connect.target()) {
            case SAME -> this;
            case NAMED -> new Database(connect.database(), null);
            case UNKNOWN -> new Database(null, connect);
        };
    }

    /** Whether this is the database of that name (never the default or an unknown one). */
    public boolean hasName(String databaseName) {
        return name != null && name.equals(databaseName);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Database that && (name != null ? name.equals(that.name)
                : that.name == null && unknownAfter != null && unknownAfter == that.unknownAfter);
    }

    @Override
    public int hashCode() {
        return name != null ? name.hashCode() : System.identityHashCode(unknownAfter);
    }

    /** For messages: {@code database app}, or what psql was run against. */
    @Override
    public String toString() {
        if (name != null) {
            return "database " + name;
        }
        return unknownAfter == null ? "the database the script runs against" : "the database of " + unknownAfter.written();
    }
}

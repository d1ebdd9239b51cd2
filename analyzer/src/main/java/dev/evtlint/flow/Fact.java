package dev.evtlint.flow;

/** Boolean facts about the session, or the firing, that conditions in trigger functions test. */
public enum Fact {
    /** {@code pg_is_in_recovery()}: the server is a hot standby. */
    IN_RECOVERY,
    /** The connecting user is a superuser or a named maintenance role ({@code rolsuper}, {@code current_user = 'x'}). */
    PRIVILEGED_USER,
    /** pg_event_trigger_ddl_commands() returns at most one row in this firing: a count of its rows, or TG_TAG, was checked. */
    ONE_DDL_COMMAND,
    /** pg_event_trigger_dropped_objects() returns at most one row in this firing. */
    ONE_DROPPED_OBJECT,
    /**
     * {@code current_setting('transaction_read_only')}: the transaction is read-only. Every transaction
     * on a hot standby is, so where it is false the server is no standby.
     */
    READ_ONLY_TRANSACTION;

    /** The fact that follows from this one having {@code value}, or null. */
    FactLiteral implied(boolean value) {
        if (this == IN_RECOVERY && value) {
            return new FactLiteral(READ_ONLY_TRANSACTION, true);
        }
        if (this == READ_ONLY_TRANSACTION && !value) {
            return new FactLiteral(IN_RECOVERY, false);
        }
        return null;
    }
}

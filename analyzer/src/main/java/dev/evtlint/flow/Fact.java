package dev.evtlint.flow;

/** Boolean facts about the session that guards in trigger functions test. */
public enum Fact {
    /** {@code pg_is_in_recovery()}: the server is a hot standby. */
    IN_RECOVERY,
    /** The connecting user is a superuser or a named maintenance role ({@code rolsuper}, {@code current_user = 'x'}). */
    PRIVILEGED_USER
}

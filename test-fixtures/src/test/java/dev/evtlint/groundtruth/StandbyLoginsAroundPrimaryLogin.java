package dev.evtlint.groundtruth;

import java.util.Optional;

/**
 * What EVT105's checks observe after the script: a login on the standby, then (once no session is
 * connected to the database, so that it may clear {@code dathasloginevt}) one on the primary, and
 * then again one on the standby after the primary's change has been replayed. Each login is empty
 * when accepted, else the reason it was refused.
 */
record StandbyLoginsAroundPrimaryLogin(boolean flagBefore, Optional<String> before, Optional<String> onPrimary,
                                       boolean flagAfter, Optional<String> after) {

    /** The error of a standby login while the flag says login triggers exist and none may run. */
    static final String LOCK_ERROR =
            "cannot acquire lock mode AccessExclusiveLock on database objects while recovery is in progress";

    static StandbyLoginsAroundPrimaryLogin observe(FixtureDatabase database) throws Exception {
        ReplicatedPair pair = database.pair();
        pair.awaitReplay();
        boolean flagBefore = database.hasLoginEventTriggersFlag();
        Optional<String> before = Logins.attempt(pair.standby(), database.name());
        database.awaitNoSessions();
        Optional<String> onPrimary = Logins.attempt(pair.primary(), database.name());
        boolean flagAfter = database.hasLoginEventTriggersFlag();
        pair.awaitReplay();
        Optional<String> after = Logins.attempt(pair.standby(), database.name());
        return new StandbyLoginsAroundPrimaryLogin(flagBefore, before, onPrimary, flagAfter, after);
    }

    static String describe(Optional<String> login) {
        return login.map(reason -> "refused: " + reason).orElse("accepted");
    }

    String evidence() {
        return "dathasloginevt " + flagBefore + ", standby login " + describe(before) + "; then a primary login "
                + describe(onPrimary) + ", dathasloginevt " + flagAfter + ", standby login " + describe(after);
    }

    boolean standbyLockedOutBefore() {
        return before.filter(LOCK_ERROR::equals).isPresent();
    }
}

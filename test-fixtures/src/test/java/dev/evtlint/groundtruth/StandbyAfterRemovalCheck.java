package dev.evtlint.groundtruth;

import java.util.Optional;

/**
 * EVT105: the script (which removes or disables a login trigger on the primary) runs in one
 * connection, and no other login to that database on the primary follows. Then a login on the
 * standby must be refused with the lock error when the rule reports the removal, and accepted
 * otherwise; after one login on the primary (once no other session is connected to the database:
 * only then can it clear the flag), the standby must accept logins again.
 */
final class StandbyAfterRemovalCheck extends AfterScriptCheck {
    private static final String LOCK_ERROR =
            "cannot acquire lock mode AccessExclusiveLock on database objects while recovery is in progress";

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        ReplicatedPair pair = database.pair();
        pair.awaitReplay();
        boolean flagBefore = database.hasLoginEventTriggersFlag();
        Optional<String> before = Logins.attempt(pair.standby(), database.name());
        database.awaitNoSessions();
        Optional<String> onPrimary = Logins.attempt(pair.primary(), database.name());
        boolean flagAfter = database.hasLoginEventTriggersFlag();
        pair.awaitReplay();
        Optional<String> after = Logins.attempt(pair.standby(), database.name());
        String evidence = Setup.findings(fixture) + "; dathasloginevt " + flagBefore + ", standby login "
                + before.map(reason -> "refused: " + reason).orElse("accepted")
                + "; then a primary login " + onPrimary.map(reason -> "refused: " + reason).orElse("accepted")
                + ", dathasloginevt " + flagAfter + ", standby login " + after.map(reason -> "refused: " + reason).orElse("accepted");
        boolean claimsRefusal = !fixture.findings().isEmpty();
        boolean holds = claimsRefusal
                ? before.filter(LOCK_ERROR::equals).isPresent() && onPrimary.isEmpty() && after.isEmpty()
                : before.isEmpty();
        return Verdict.of(holds, evidence);
    }
}

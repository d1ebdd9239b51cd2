package dev.evtlint.groundtruth;

import dev.evtlint.rule.Severity;
import java.util.Optional;
import java.util.Properties;

/**
 * EVT105 on a login trigger left enabled for replica sessions only: after the script, an ordinary
 * login on the standby must be refused with the lock error when the rule reports it as an error,
 * and still be refused after a login on the primary (which finds the trigger and leaves the flag
 * set), while a superuser still gets in with {@code -c session_replication_role=replica} or
 * {@code -c event_triggers=off}. Without an error finding, the standby accepts at once.
 */
final class StandbyReplicaLockoutCheck extends AfterScriptCheck {
    private static final String LOCK_ERROR =
            "cannot acquire lock mode AccessExclusiveLock on database objects while recovery is in progress";

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        ReplicatedPair pair = database.pair();
        pair.awaitReplay();
        Optional<String> before = Logins.attempt(pair.standby(), database.name());
        database.awaitNoSessions();
        Optional<String> onPrimary = Logins.attempt(pair.primary(), database.name());
        boolean flagAfter = database.hasLoginEventTriggersFlag();
        pair.awaitReplay();
        Optional<String> after = Logins.attempt(pair.standby(), database.name());
        Optional<String> asReplica = Logins.attempt(pair.standby(), database.name(), option("session_replication_role=replica"));
        Optional<String> triggersOff = Logins.attempt(pair.standby(), database.name(), option("event_triggers=off"));
        String evidence = Setup.findings(fixture) + "; standby login " + describe(before)
                + "; then a primary login " + describe(onPrimary) + ", dathasloginevt " + flagAfter
                + ", standby login " + describe(after) + "; as replica session " + describe(asReplica)
                + ", with event_triggers off " + describe(triggersOff);
        // the rule says "for good" with an error; a warning is for a state a later statement changes
        boolean claimsLockout = fixture.findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        boolean holds = claimsLockout
                ? before.filter(LOCK_ERROR::equals).isPresent() && onPrimary.isEmpty()
                        && after.filter(LOCK_ERROR::equals).isPresent() && asReplica.isEmpty() && triggersOff.isEmpty()
                : before.isEmpty();
        return Verdict.of(holds, evidence);
    }

    private static Properties option(String setting) {
        Properties settings = new Properties();
        settings.setProperty("options", "-c " + setting);
        return settings;
    }

    private static String describe(Optional<String> login) {
        return login.map(reason -> "refused: " + reason).orElse("accepted");
    }
}

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

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        StandbyLoginsAroundPrimaryLogin logins = StandbyLoginsAroundPrimaryLogin.observe(database);
        ReplicatedPair pair = database.pair();
        Optional<String> asReplica = Logins.attempt(pair.standby(), database.name(), option("session_replication_role=replica"));
        Optional<String> triggersOff = Logins.attempt(pair.standby(), database.name(), option("event_triggers=off"));
        String evidence = Setup.findings(fixture) + "; " + logins.evidence() + "; as replica session "
                + StandbyLoginsAroundPrimaryLogin.describe(asReplica) + ", with event_triggers off "
                + StandbyLoginsAroundPrimaryLogin.describe(triggersOff);
        // the rule says "for good" with an error; a warning is for a state a later statement changes
        boolean claimsLockout = fixture.findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        boolean holds = claimsLockout
                ? logins.standbyLockedOutBefore() && logins.onPrimary().isEmpty()
                        && logins.after().filter(StandbyLoginsAroundPrimaryLogin.LOCK_ERROR::equals).isPresent()
                        && asReplica.isEmpty() && triggersOff.isEmpty()
                : logins.before().isEmpty();
        return Verdict.of(holds, evidence);
    }

    private static Properties option(String setting) {
        Properties settings = new Properties();
        settings.setProperty("options", "-c " + setting);
        return settings;
    }
}

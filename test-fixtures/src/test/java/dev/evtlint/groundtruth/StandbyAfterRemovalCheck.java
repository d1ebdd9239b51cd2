package dev.evtlint.groundtruth;

/**
 * EVT105: the script (which removes or disables a login trigger on the primary) runs in one
 * connection, and no other login to that database on the primary follows. Then a login on the
 * standby must be refused with the lock error when the rule reports the removal, and accepted
 * otherwise; after one login on the primary (once no other session is connected to the database:
 * only then can it clear the flag), the standby must accept logins again.
 */
final class StandbyAfterRemovalCheck extends AfterScriptCheck {

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        StandbyLoginsAroundPrimaryLogin logins = StandbyLoginsAroundPrimaryLogin.observe(database);
        String evidence = Setup.findings(fixture) + "; " + logins.evidence();
        boolean claimsRefusal = !fixture.findings().isEmpty();
        boolean holds = claimsRefusal
                ? logins.standbyLockedOutBefore() && logins.onPrimary().isEmpty() && logins.after().isEmpty()
                : logins.before().isEmpty();
        return Verdict.of(holds, evidence);
    }
}

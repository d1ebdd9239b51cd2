package dev.evtlint.groundtruth;

import java.util.Optional;

/**
 * EVT102: after the script, a new connection to the database on the primary (as a superuser) must
 * be refused when the rule reports a login trigger that can raise, and accepted otherwise.
 */
final class LoginCheck extends AfterScriptCheck {

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Optional<String> refusal = Logins.attempt(database.pair().primary(), database.name());
        boolean claimsRefusal = !fixture.findings().isEmpty();
        return Verdict.of(claimsRefusal == refusal.isPresent(), Setup.findings(fixture) + "; a superuser's login on the primary is "
                + refusal.map(reason -> "refused: " + reason).orElse("accepted"));
    }
}

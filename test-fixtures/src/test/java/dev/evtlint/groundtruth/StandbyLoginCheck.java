package dev.evtlint.groundtruth;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * EVT101: after the script, a login to the database on the hot standby must be refused with a
 * read-only or recovery error when the rule reports a write in a login function, and not refused
 * with such an error otherwise (a guard may refuse standby logins on purpose). The same login on
 * the primary must work, so that the refusal is the standby's.
 */
final class StandbyLoginCheck extends AfterScriptCheck {
    private static final Pattern STANDBY_ERROR =
            Pattern.compile("in a read-only transaction|during recovery|while recovery is in progress");

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Optional<String> onPrimary = Logins.attempt(database.pair().primary(), database.name());
        if (onPrimary.isPresent()) {
            return Verdict.refuted("the login is refused on the primary already: " + onPrimary.get());
        }
        database.pair().awaitReplay();
        Optional<String> onStandby = Logins.attempt(database.pair().standby(), database.name());
        boolean claimsRefusal = !fixture.findings().isEmpty();
        boolean refusedAsStandby = onStandby.filter(reason -> STANDBY_ERROR.matcher(reason).find()).isPresent();
        String evidence = Setup.findings(fixture) + "; login on the primary accepted, on the standby "
                + onStandby.map(reason -> "refused: " + reason).orElse("accepted");
        return Verdict.of(claimsRefusal == refusedAsStandby, evidence);
    }
}

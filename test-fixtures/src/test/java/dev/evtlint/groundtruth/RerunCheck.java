package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * EVT601: the script runs, then runs again in the same database, statement by statement as psql
 * does without ON_ERROR_STOP. On the second run every statement with a finding must fail with an
 * error a finding in it quotes ({@code event trigger "x" already exists}), and every CREATE EVENT
 * TRIGGER without one must succeed, but for one that fails on every run as its {@code -- fails:}
 * comment says.
 */
final class RerunCheck extends AfterScriptCheck {
    private static final String CREATE_EVENT_TRIGGER = "CREATE EVENT TRIGGER";

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        List<ScriptRun.Result> again;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            again = ScriptRun.run(connection, fixture.statements());
        }
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ScriptRun.Result result : again) {
            boolean claimed = !fixture.findingsIn(result.statement()).isEmpty();
            String where = result.statement().where();
            if (claimed && !result.failed()) {
                wrong.add(where + " succeeds again");
            } else if (claimed && !fixture.quotes(fixture.findingsIn(result.statement()), result.error())) {
                wrong.add(where + " fails again with \"" + result.error() + "\", which no finding there states");
            } else if (claimed) {
                seen.add(where + " fails again with \"" + result.error() + "\"");
            } else if (result.failed() && result.statement().tag().equals(CREATE_EVENT_TRIGGER)
                    && !result.statement().failsAsExpected(result.error())) {
                wrong.add(where + " fails again with \"" + result.error() + "\", but " + fixture.rule() + " reports nothing there");
            }
        }
        String summary = Setup.findings(fixture) + "; on the second run";
        if (!wrong.isEmpty()) {
            return Verdict.refuted(summary + " " + String.join("; ", wrong));
        }
        return Verdict.confirmed(summary + (seen.isEmpty() ? " every CREATE EVENT TRIGGER succeeds" : " " + String.join("; ", seen)));
    }
}

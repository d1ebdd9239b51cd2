package dev.evtlint.groundtruth;

import dev.evtlint.rule.Finding;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * For rules that say a statement fails when it runs (EVT201-EVT205, EVT404, EVT405, EVT603): the
 * script runs statement by statement; every statement with a finding must fail with an error whose
 * text the finding quotes word for word, and every other statement must succeed, or fail with an
 * error that another rule's finding in it quotes.
 */
final class CreationCheck implements Check {

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        List<ScriptRun.Result> results;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            results = ScriptRun.run(connection, fixture.statements());
        }
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ScriptRun.Result result : results) {
            List<Finding> claims = fixture.findingsIn(result.statement());
            String where = result.statement().where();
            if (!claims.isEmpty() && !result.failed()) {
                wrong.add(where + " succeeds, but " + fixture.rule() + " says it fails");
            } else if (!claims.isEmpty() && !AnalysedFixture.quotes(claims, result.error())) {
                wrong.add(where + " fails with \"" + result.error() + "\", which no " + fixture.rule() + " finding there states");
            } else if (!claims.isEmpty()) {
                seen.add(where + " fails with \"" + result.error() + "\"");
            } else if (result.failed()) {
                String others = AnalysedFixture.quotedBy(fixture.allFindingsIn(result.statement()), result.error());
                if (others.isEmpty()) {
                    wrong.add(where + " fails with \"" + result.error() + "\", and no rule reports it");
                } else {
                    seen.add(where + " fails with \"" + result.error() + "\" as " + others + " says");
                }
            }
        }
        long succeeded = results.stream().filter(result -> !result.failed()).count();
        String summary = Setup.findings(fixture) + "; " + succeeded + " of " + results.size() + " statements succeed";
        if (!wrong.isEmpty()) {
            return Verdict.refuted(summary + "; " + String.join("; ", wrong));
        }
        return Verdict.confirmed(seen.isEmpty() ? summary : summary + "; " + String.join("; ", seen));
    }
}

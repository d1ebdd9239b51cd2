package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** Runs a fixture's script on the primary for the checks that observe what happens afterwards. */
final class Setup {

    private Setup() {
    }

    /**
     * Runs the whole script in one connection; empty when it ran as the findings predict, otherwise
     * the first failure, which makes the fixture unfit for the check (its verdict is then refuted:
     * fix the fixture). A statement may fail with an error some finding quotes (a trigger the
     * script created can fire already on its later statements), or with the one its {@code --
     * fails:} comment gives.
     */
    static Optional<String> runScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        return runStatements(fixture, database, fixture.statements());
    }

    /** As {@link #runScript}, for the first of the script's statements only. */
    static Optional<String> runStatements(AnalysedFixture fixture, FixtureDatabase database, List<SqlStatement> statements)
            throws Exception {
        try (Connection connection = database.pair().primary().connect(database.name())) {
            List<ScriptRun.Result> results = ScriptRun.run(connection, statements);
            return results.stream()
                    .filter(result -> result.failed() && !fixture.quotes(fixture.allFindings(), result.error())
                            && !result.statement().failsAsExpected(result.error()))
                    .findFirst()
                    .map(failed -> "the script itself fails at " + failed.statement().where() + ": " + failed.error());
        }
    }

    /** "N finding(s)" or "no finding", for evidence. */
    static String findings(AnalysedFixture fixture) {
        int n = fixture.findings().size();
        return n == 0 ? "no " + fixture.rule() + " finding" : n + " " + fixture.rule() + " finding" + (n == 1 ? "" : "s");
    }
}

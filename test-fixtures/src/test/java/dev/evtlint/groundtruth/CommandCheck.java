package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.util.Optional;

/**
 * For rules that say a trigger fails when it fires (EVT305, EVT306, EVT401-EVT403, EVT405, EVT407):
 * after the script, a command that fires the triggers ({@code -- verify: command DROP TABLE t})
 * must fail when the rule reports something in the fixture, and succeed when it reports nothing.
 */
final class CommandCheck implements Check {
    private final String command;

    CommandCheck(String command) {
        if (command.isBlank()) {
            throw new IllegalArgumentException("'-- verify: command' needs the SQL command to run");
        }
        this.command = command;
    }

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Optional<String> broken = Setup.runScript(fixture, database);
        if (broken.isPresent()) {
            return Verdict.refuted(broken.get());
        }
        ScriptRun.Result result;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            result = ScriptRun.run(connection, new SqlStatement("verify", 0, 0, 0, command));
        }
        boolean claimsFailure = !fixture.findings().isEmpty();
        String observed = result.failed()
                ? command + " fails with \"" + result.error() + "\""
                        + (AnalysedFixture.quotes(fixture.findings(), result.error()) ? " as " + fixture.rule() + " says" : "")
                : command + " succeeds";
        return Verdict.of(claimsFailure == result.failed(), Setup.findings(fixture) + "; " + observed);
    }
}

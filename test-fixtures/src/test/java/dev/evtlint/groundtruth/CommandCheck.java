package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.util.Optional;

/**
 * For rules that say a trigger fails when it fires (EVT305, EVT306, EVT401-EVT403, EVT405, EVT407):
 * after the script, a command that fires the triggers ({@code -- verify: command DROP TABLE t})
 * must fail when the rule reports something in the fixture; when it reports nothing, the command
 * must succeed, or fail with an error another rule's finding quotes. The rules' messages need not
 * quote run-time errors, so the error is evidence here, not a condition.
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
            result = ScriptRun.run(connection, SqlStatement.command(command));
        }
        boolean claimsFailure = !fixture.findings().isEmpty();
        if (!result.failed()) {
            return Verdict.of(!claimsFailure, Setup.findings(fixture) + "; " + command + " succeeds");
        }
        String quotedBy = AnalysedFixture.quotedBy(fixture.allFindings(), result.error());
        String observed = Setup.findings(fixture) + "; " + command + " fails with \"" + result.error() + "\""
                + (quotedBy.isEmpty() ? "" : " as " + quotedBy + " says");
        // Without a finding of this rule, the command may still fail where another rule says it does.
        boolean otherRulesFailure = !quotedBy.isEmpty() && !AnalysedFixture.quotes(fixture.findings(), result.error());
        return Verdict.of(claimsFailure || otherRulesFailure, observed);
    }
}

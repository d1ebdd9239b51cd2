package dev.evtlint.groundtruth;

import java.sql.Connection;

/**
 * For rules that say a trigger fails when it fires (EVT305, EVT306, EVT401-EVT403, EVT405, EVT407, EVT408, EVT504):
 * after the script, a command that fires the triggers ({@code -- verify: command DROP TABLE t})
 * must fail when the rule reports something in the fixture; when it reports nothing, the command
 * must succeed, or fail with an error another rule's finding quotes. The rules' messages need not
 * quote run-time errors, so the error is evidence here, not a condition.
 */
final class CommandCheck extends AfterScriptCheck {
    private final String command;

    CommandCheck(String command) {
        this.command = requireCommand("command", command, "the SQL command to run");
    }

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        return run(fixture, database, command);
    }

    /** Runs {@code command} on the fixture's database as it stands, and judges the rule's findings by its outcome. */
    static Verdict run(AnalysedFixture fixture, FixtureDatabase database, String command) throws Exception {
        ScriptRun.Result result;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            result = ScriptRun.run(connection, SqlStatement.command(command));
        }
        boolean claimsFailure = !fixture.findings().isEmpty();
        if (!result.failed()) {
            return Verdict.of(!claimsFailure, Setup.findings(fixture) + "; " + command + " succeeds");
        }
        String quotedBy = fixture.quotedBy(fixture.allFindings(), result.error());
        String observed = Setup.findings(fixture) + "; " + command + " fails with \"" + result.error() + "\""
                + (quotedBy.isEmpty() ? "" : " as " + quotedBy + " says");
        // Without a finding of this rule, the command may still fail where another rule says it does.
        boolean otherRulesFailure = !quotedBy.isEmpty() && !fixture.quotes(fixture.findings(), result.error());
        return Verdict.of(claimsFailure || otherRulesFailure, observed);
    }
}

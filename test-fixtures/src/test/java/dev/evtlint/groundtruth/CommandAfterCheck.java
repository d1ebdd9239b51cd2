package dev.evtlint.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * As {@link CommandCheck}, at a point of the script's run: {@code -- verify: command-after
 * 001_a.sql CREATE TABLE probe ()} runs the statements of the files up to and including
 * {@code 001_a.sql} (in run order), then the command, which must fail when the rule reports
 * something in the fixture. For findings in a definition that a later file replaces: CREATE OR
 * REPLACE keeps the function's OID, so the event triggers bound to it run the earlier body only
 * until then, which a command after the whole script cannot observe.
 */
final class CommandAfterCheck implements Check {
    private final String file;
    private final String command;

    CommandAfterCheck(String argument) {
        String[] parts = argument.strip().split("\\s+", 2);
        this.file = parts[0];
        this.command = AfterScriptCheck.requireCommand("command-after", parts.length < 2 ? "" : parts[1],
                "a file of the fixture and the SQL command to run after it");
    }

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        List<SqlStatement> upTo = new ArrayList<>();
        int last = -1;
        for (SqlStatement statement : fixture.statements()) {
            upTo.add(statement);
            if (statement.file().equals(file) || statement.file().endsWith("/" + file)) {
                last = upTo.size();
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("'-- verify: command-after " + file + "': no statement of the fixture is in that file");
        }
        Optional<String> broken = Setup.runStatements(fixture, database, upTo.subList(0, last));
        return broken.isPresent() ? Verdict.refuted(broken.get()) : CommandCheck.run(fixture, database, command);
    }
}

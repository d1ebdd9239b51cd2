package dev.evtlint.groundtruth;

import java.util.Optional;

/**
 * A check that observes the server after the fixture's script has run on the primary. A script
 * that fails where no finding says it will refutes the fixture before anything is observed: the
 * fixture would then claim something about a state the server never reached.
 */
abstract class AfterScriptCheck implements Check {

    @Override
    public final Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Optional<String> broken = Setup.runScript(fixture, database);
        return broken.isPresent() ? Verdict.refuted(broken.get()) : afterScript(fixture, database);
    }

    /** The verdict, observed once the script has run as its findings say it does. */
    abstract Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception;

    /** The SQL command a verify line gives after the check's name, which {@code check} cannot do without. */
    static String requireCommand(String check, String command, String purpose) {
        if (command.isBlank()) {
            throw new IllegalArgumentException("'-- verify: " + check + "' needs " + purpose);
        }
        return command;
    }
}

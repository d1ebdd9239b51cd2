package dev.evtlint.groundtruth;

import dev.evtlint.rule.Finding;
import java.util.List;
import java.util.Map;

/**
 * EVT301/EVT302: the order in which the server really fires the script's triggers, with the
 * fixture's functions replaced by {@link Probes}; a command fires them
 * ({@code -- verify: firing-order CREATE TABLE t ()}). Every finding's message must state the
 * observed order of some event, as names separated by ", "; without a finding, every event must
 * fire its triggers in the order their names suggest to a reader.
 */
final class FiringOrderCheck extends AfterScriptCheck {
    private final String command;

    FiringOrderCheck(String command) {
        this.command = requireCommand("firing-order", command, "the SQL command that fires the triggers");
    }

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Probes.replaceTriggerFunctions(database);
        ScriptRun.Result fired = Probes.run(database, command);
        Map<String, List<String>> order = Probes.firingOrder(fired.notices());
        String evidence = Setup.findings(fixture) + "; " + command + " fired " + order
                + (fired.failed() ? " and failed: " + fired.error() : "");
        if (fixture.findings().isEmpty()) {
            boolean namesTellTheOrder = order.values().stream()
                    .allMatch(names -> names.equals(names.stream().sorted(NaturalOrder.INSTANCE).toList()));
            return Verdict.of(namesTellTheOrder, evidence + (namesTellTheOrder
                    ? "; the order the names suggest (numbers by value, letters by case-insensitive alphabet)"
                    : "; not the order the names suggest (numbers by value, letters by case-insensitive alphabet)"));
        }
        for (Finding finding : fixture.findings()) {
            boolean statesObservedOrder = order.values().stream()
                    .anyMatch(names -> names.size() > 1 && finding.message().contains(String.join(", ", names)));
            if (!statesObservedOrder) {
                return Verdict.refuted(evidence + "; the finding at line " + finding.location().range().startLine()
                        + " states another order: " + finding.message());
            }
        }
        return Verdict.confirmed(evidence);
    }
}

package dev.evtlint.groundtruth;

import dev.evtlint.rule.Finding;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * EVT301/EVT302: the order in which the server really fires the script's triggers. Every trigger
 * is re-created with its name, event, tags and enable state, but executing a probe that only
 * reports its name, so the fixture's functions play no part; then a command fires them
 * ({@code -- verify: firing-order CREATE TABLE t ()}). Every finding's message must state the
 * observed order of some event, as names separated by ", "; without a finding, every event must
 * fire its triggers in the order their names suggest to a reader.
 */
final class FiringOrderCheck implements Check {
    private static final String FIRED = "evtlint fired ";
    /** Re-creates every event trigger with a probe that reports FIRED, event, name; run with event triggers off. */
    private static final String REWIRE = """
            DO $rewire$
            DECLARE
              t record;
              n int := 0;
            BEGIN
              FOR t IN SELECT evtname, evtevent, evttags, evtenabled FROM pg_event_trigger LOOP
                n := n + 1;
                EXECUTE format('CREATE FUNCTION evtlint_probe_%s() RETURNS event_trigger LANGUAGE plpgsql'
                    ' AS $p$BEGIN RAISE NOTICE %L; END$p$', n, 'evtlint fired ' || t.evtevent || ' ' || t.evtname);
                EXECUTE format('DROP EVENT TRIGGER %I', t.evtname);
                EXECUTE format('CREATE EVENT TRIGGER %I ON %I %s EXECUTE FUNCTION evtlint_probe_%s()', t.evtname,
                    t.evtevent, CASE WHEN t.evttags IS NULL THEN '' ELSE 'WHEN TAG IN ('
                      || (SELECT string_agg(quote_literal(tag), ', ') FROM unnest(t.evttags) tag) || ')' END, n);
                EXECUTE format('ALTER EVENT TRIGGER %I %s', t.evtname, CASE t.evtenabled
                    WHEN 'O' THEN 'ENABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'DISABLE' END);
              END LOOP;
            END
            $rewire$""";

    private final String command;

    FiringOrderCheck(String command) {
        if (command.isBlank()) {
            throw new IllegalArgumentException("'-- verify: firing-order' needs the SQL command that fires the triggers");
        }
        this.command = command;
    }

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Optional<String> broken = Setup.runScript(fixture, database);
        if (broken.isPresent()) {
            return Verdict.refuted(broken.get());
        }
        Properties triggersOff = new Properties();
        triggersOff.setProperty("options", "-c event_triggers=off");
        try (Connection connection = database.pair().primary().connect(database.name(), triggersOff);
             Statement statement = connection.createStatement()) {
            statement.execute(REWIRE);
        }
        ScriptRun.Result fired;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            fired = ScriptRun.run(connection, SqlStatement.command(command));
        }
        Map<String, List<String>> order = observedOrder(fired.notices());
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

    /** Per event, the trigger names in the order their probes reported. */
    private static Map<String, List<String>> observedOrder(List<String> notices) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        for (String notice : notices) {
            if (notice.startsWith(FIRED)) {
                String[] eventAndName = notice.substring(FIRED.length()).split(" ", 2);
                order.computeIfAbsent(eventAndName[0], event -> new ArrayList<>()).add(eventAndName[1]);
            }
        }
        return order;
    }
}

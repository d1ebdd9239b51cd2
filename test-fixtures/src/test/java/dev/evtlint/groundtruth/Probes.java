package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Makes the script's event triggers observable: every trigger is re-created with its name,
 * event, tags and enable state, but executing a probe that only reports, as a notice, that it
 * fired; so the fixture's functions play no part in what fires when.
 */
final class Probes {
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


    private Probes() {
    }

    static void replaceTriggerFunctions(FixtureDatabase database) throws SQLException {
        Properties triggersOff = new Properties();
        triggersOff.setProperty("options", "-c event_triggers=off");
        try (Connection connection = database.pair().primary().connect(database.name(), triggersOff);
             Statement statement = connection.createStatement()) {
            statement.execute(REWIRE);
        }
    }

    /**
     * Runs a command in a new session; its notices tell which probes fired, those of the login
     * triggers first: they fire when the session connects, and the driver keeps their notices as
     * the connection's warnings.
     */
    static ScriptRun.Result run(FixtureDatabase database, String command) throws SQLException {
        try (Connection connection = database.pair().primary().connect(database.name())) {
            List<String> notices = new ArrayList<>(ScriptRun.notices(connection.getWarnings()));
            ScriptRun.Result result = ScriptRun.run(connection, SqlStatement.command(command));
            notices.addAll(result.notices());
            return new ScriptRun.Result(result.statement(), result.error(), notices);
        }
    }

    /** Per event, the trigger names in the order their probes reported. */
    static Map<String, List<String>> firingOrder(List<String> notices) {
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

package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * EVT602: the script runs statement by statement while the harness watches pg_event_trigger.
 * Every statement with a finding must succeed and take event triggers with it; no other
 * statement, DROP EVENT TRIGGER aside, may make one disappear.
 */
final class DroppedTriggersCheck implements Check {
    private static final String DROP_EVENT_TRIGGER = "DROP EVENT TRIGGER";

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (Connection connection = database.pair().primary().connect(database.name())) {
            for (SqlStatement statement : fixture.statements()) {
                Set<String> before = eventTriggers(connection);
                ScriptRun.Result result = ScriptRun.run(connection, statement);
                Set<String> gone = new HashSet<>(before);
                gone.removeAll(eventTriggers(connection));
                boolean claimed = !fixture.findingsIn(statement).isEmpty();
                String where = statement.where();
                if (claimed && (result.failed() || gone.isEmpty())) {
                    wrong.add(where + (result.failed() ? " fails: " + result.error() : " drops no event trigger"));
                } else if (claimed) {
                    seen.add(where + " drops " + String.join(", ", new TreeSet<>(gone)));
                } else if (!gone.isEmpty() && !statement.tag().equals(DROP_EVENT_TRIGGER)) {
                    wrong.add(where + " drops " + String.join(", ", new TreeSet<>(gone)) + ", but "
                            + fixture.rule() + " reports nothing there");
                }
            }
        }
        String summary = Setup.findings(fixture);
        if (!wrong.isEmpty()) {
            return Verdict.refuted(summary + "; " + String.join("; ", wrong));
        }
        return Verdict.confirmed(summary + (seen.isEmpty() ? "; no statement drops an event trigger on the side"
                : "; " + String.join("; ", seen)));
    }

    private static Set<String> eventTriggers(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT evtname FROM pg_event_trigger")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}

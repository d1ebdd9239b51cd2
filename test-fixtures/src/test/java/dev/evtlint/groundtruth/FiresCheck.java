package dev.evtlint.groundtruth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * EVT206: a tag filter that is accepted but never matches. After the script, with the fixture's
 * functions replaced by {@link Probes}, a command with the tags in question runs
 * ({@code -- verify: fires CREATE TABLE t ()}): no trigger whose CREATE EVENT TRIGGER has a finding
 * of the rule may fire, and every other trigger must fire, which shows the command does fire
 * event triggers.
 */
final class FiresCheck extends AfterScriptCheck {
    private static final String CREATE_EVENT_TRIGGER = "CREATE EVENT TRIGGER";
    private static final Pattern TRIGGER_NAME =
            Pattern.compile("CREATE\\s+EVENT\\s+TRIGGER\\s+(\"(?:[^\"]|\"\")+\"|\\S+)", Pattern.CASE_INSENSITIVE);

    private final String command;

    FiresCheck(String command) {
        this.command = requireCommand("fires", command, "the SQL command that fires the triggers");
    }

    @Override
    Verdict afterScript(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        Probes.replaceTriggerFunctions(database);
        ScriptRun.Result result = Probes.run(database, command);
        Set<String> fired = Probes.firingOrder(result.notices()).values().stream().flatMap(List::stream)
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        for (SqlStatement statement : fixture.statements()) {
            if (!statement.tag().equals(CREATE_EVENT_TRIGGER)) {
                continue;
            }
            String name = triggerName(statement);
            boolean claimedNeverFires = !fixture.findingsIn(statement).isEmpty();
            if (claimedNeverFires && fired.contains(name)) {
                wrong.add(name + " fires, though " + fixture.rule() + " says it never does");
            } else if (!claimedNeverFires && !fired.contains(name)) {
                wrong.add(name + " does not fire, and " + fixture.rule() + " reports nothing");
            }
        }
        String evidence = Setup.findings(fixture) + "; " + command + " fired " + new TreeSet<>(fired)
                + (result.failed() ? " and failed: " + result.error() : "");
        return wrong.isEmpty() ? Verdict.confirmed(evidence) : Verdict.refuted(evidence + "; " + String.join("; ", wrong));
    }

    private static String triggerName(SqlStatement statement) {
        Matcher matcher = TRIGGER_NAME.matcher(statement.sql());
        if (!matcher.lookingAt()) {
            throw new IllegalStateException("no trigger name in " + statement.where());
        }
        String name = matcher.group(1);
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name.toLowerCase(Locale.ROOT);
    }
}

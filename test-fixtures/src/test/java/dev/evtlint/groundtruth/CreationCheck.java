package dev.evtlint.groundtruth;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For rules that say a statement fails when it runs (EVT201-EVT205, EVT404, EVT405, EVT603, EVT604): the
 * script runs statement by statement; every statement with a finding of the rule must fail. Every
 * failure must be explained word for word: a finding in that statement (of any rule: PostgreSQL
 * reports only the first failing check) quotes the server's message, or the message is
 * {@code function f() does not exist} after f's CREATE FUNCTION failed; a statement without a
 * finding may also fail in a trigger the script created, with an error a finding on it quotes.
 */
final class CreationCheck implements Check {
    private static final Pattern CREATE_FUNCTION =
            Pattern.compile("CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+([\\w.\"]+)\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_SUCH_FUNCTION = Pattern.compile("function (\\S+)\\(\\) does not exist");

    @Override
    public Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception {
        List<ScriptRun.Result> results;
        try (Connection connection = database.pair().primary().connect(database.name())) {
            results = ScriptRun.run(connection, fixture.statements());
        }
        List<String> wrong = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Set<String> refusedFunctions = new HashSet<>();
        for (ScriptRun.Result result : results) {
            boolean claimed = !fixture.findingsIn(result.statement()).isEmpty();
            String where = result.statement().where();
            if (!result.failed()) {
                if (claimed) {
                    wrong.add(where + " succeeds, but " + fixture.rule() + " says it fails");
                }
                continue;
            }
            createdFunction(result.statement()).ifPresent(refusedFunctions::add);
            Optional<String> explanation = explanation(fixture, result, refusedFunctions)
                    .or(() -> claimed ? Optional.empty() : firedTriggerExplanation(fixture, result))
                    .or(() -> claimed ? Optional.empty() : commentedFailure(result));
            String failure = where + " fails with \"" + result.error() + "\"";
            if (explanation.isEmpty()) {
                wrong.add(failure + ", which no finding " + (claimed ? "there" : "anywhere") + " states");
            } else {
                seen.add(failure + " " + explanation.get());
            }
        }
        long succeeded = results.stream().filter(result -> !result.failed()).count();
        String summary = Setup.findings(fixture) + "; " + succeeded + " of " + results.size() + " statements succeed";
        if (!wrong.isEmpty()) {
            return Verdict.refuted(summary + "; " + String.join("; ", wrong));
        }
        return Verdict.confirmed(seen.isEmpty() ? summary : summary + "; " + String.join("; ", seen));
    }

    private static Optional<String> explanation(AnalysedFixture fixture, ScriptRun.Result result, Set<String> refusedFunctions) {
        String quotedBy = fixture.quotedBy(fixture.allFindingsIn(result.statement()), result.error());
        if (!quotedBy.isEmpty()) {
            return Optional.of("as " + quotedBy + " says");
        }
        Matcher missing = NO_SUCH_FUNCTION.matcher(result.error());
        if (missing.matches() && refusedFunctions.contains(missing.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of("because its CREATE FUNCTION failed");
        }
        return Optional.empty();
    }

    /**
     * A statement the rule says nothing about may fail in a trigger the script created before it,
     * with an error a finding on that trigger's function states.
     */
    private static Optional<String> firedTriggerExplanation(AnalysedFixture fixture, ScriptRun.Result result) {
        String quotedBy = fixture.quotedBy(fixture.allFindings(), result.error());
        return quotedBy.isEmpty() ? Optional.empty() : Optional.of("in a trigger it fires, as " + quotedBy + " says");
    }

    /** A statement no finding is about may fail on purpose, as its {@code -- fails:} comment says. */
    private static Optional<String> commentedFailure(ScriptRun.Result result) {
        return result.statement().failsAsExpected(result.error()) ? Optional.of("as its -- fails: comment says") : Optional.empty();
    }

    private static Optional<String> createdFunction(SqlStatement statement) {
        Matcher matcher = CREATE_FUNCTION.matcher(statement.sql());
        return matcher.lookingAt() ? Optional.of(matcher.group(1).replace("\"", "").toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}

package dev.evtlint.groundtruth;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.ParseListing;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.fixtures.Expectation;
import dev.evtlint.fixtures.Fixture;
import dev.evtlint.fixtures.FixtureRunner;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fixture with a verify line, as evtlint sees it: the statements to send to the server, in the
 * order the scripts run, and the findings of the fixture's rule, which are the claims to check.
 */
record AnalysedFixture(Fixture fixture, VerifyDirective directive, List<SqlStatement> statements, List<Finding> findings,
                       List<Finding> allFindings, boolean claimsAreExpectations) {
    private static final Pattern FAILS = Pattern.compile("--\\s*fails:\\s*(.+)$");

    String rule() {
        return fixture.ruleFolder();
    }

    String name() {
        return fixture.name();
    }

    /** The fixture analysed, or empty when it has no verify line; evtlint's findings are the claims. */
    static Optional<AnalysedFixture> of(Fixture fixture, FixtureRunner runner) {
        FixtureRunner.Outcome outcome = runner.run(fixture);
        return of(fixture, outcome, outcome.result().findings(), false);
    }

    /**
     * A case of a held-out set (CaseSet), or empty when it has no verify line: its expectations are
     * the claims, each standing as a finding at its line (and column, else the line's first
     * character) whose message is the expected text, so that the servers judge the case, not evtlint.
     * A claim is an error: a case claims the hazard in its lasting form, which a check that reads
     * severities (standby-replica-lockout) tells from a passing one that way.
     */
    static Optional<AnalysedFixture> ofExpectations(Fixture fixture, FixtureRunner runner, RuleRegistry registry) {
        FixtureRunner.Outcome outcome = runner.run(fixture);
        Map<String, SourceFile> files = outcome.result().files().stream()
                .collect(Collectors.toMap(SourceFile::displayPath, Function.identity()));
        List<Finding> claims = outcome.expected().stream()
                .map(expectation -> claimOf(expectation, files.get(expectation.file()), registry)).toList();
        return of(fixture, outcome, claims, true);
    }

    private static Finding claimOf(Expectation expectation, SourceFile file, RuleRegistry registry) {
        RuleDescriptor rule = registry.find(expectation.ruleId()).orElseThrow();
        int lineStart = file.lines().lineStart(expectation.line());
        String line = file.lineText(expectation.line());
        int column = expectation.column() != Expectation.ANY_COLUMN ? expectation.column() - 1
                : line.length() - line.stripLeading().length();
        int start = lineStart + column;
        return new Finding(rule, Severity.ERROR, new Location(file, file.range(start, start + 1)),
                expectation.messagePart(), "", List.of());
    }

    private static Optional<AnalysedFixture> of(Fixture fixture, FixtureRunner.Outcome outcome, List<Finding> claims,
                                                boolean claimsAreExpectations) {
        Map<String, SourceFile> files = outcome.result().files().stream()
                .collect(Collectors.toMap(SourceFile::displayPath, Function.identity()));
        Optional<VerifyDirective> directive = files.values().stream()
                .map(file -> VerifyDirective.find(file.text())).flatMap(Optional::stream).findFirst();
        if (directive.isEmpty()) {
            return Optional.empty();
        }
        Path base = (fixture.isProject() ? fixture.root() : fixture.root().getParent()).toAbsolutePath();
        List<Path> paths = (fixture.isProject() ? List.of(fixture.root()) : fixture.files()).stream()
                .map(Path::toAbsolutePath).toList();
        List<SqlStatement> statements = new ArrayList<>();
        for (ParseListing.Row row : ParseListing.of(AnalysisRequest.of(base, paths)).rows()) {
            if (row.kind().equals("statement")) {
                SourceFile file = files.get(row.file());
                statements.add(new SqlStatement(row.file(), row.range().startLine(), row.range().startOffset(),
                        row.range().endOffset(), row.tag(), file.text(row.range()), expectedError(file, row.range().startLine())));
            }
        }
        // The listing is in path order; the analysis has the files in the order the scripts run (V2 before V10).
        List<String> runOrder = outcome.result().files().stream().map(SourceFile::displayPath).toList();
        statements.sort(Comparator.comparingInt(statement -> runOrder.indexOf(statement.file())));
        List<Finding> findings = claims.stream()
                .filter(finding -> finding.rule().id().equals(fixture.ruleFolder())).toList();
        return Optional.of(new AnalysedFixture(fixture, directive.get(), statements, findings, claims, claimsAreExpectations));
    }

    /**
     * The error a {@code -- fails: <error>} comment says the statement on {@code line} fails with:
     * at the end of that line, or alone on the line before. A statement may fail on purpose, for
     * reasons no rule reports (CREATE EVENT TRIGGER as a role without SUPERUSER).
     */
    private static String expectedError(SourceFile file, int line) {
        String own = failsComment(file.lineText(line));
        if (own != null || line == 1) {
            return own;
        }
        String before = file.lineText(line - 1).strip();
        return before.startsWith("--") ? failsComment(before) : null;
    }

    private static String failsComment(String text) {
        Matcher fails = FAILS.matcher(text);
        return fails.find() ? fails.group(1).strip() : null;
    }

    /** The findings of the fixture's rule in a statement. */
    List<Finding> findingsIn(SqlStatement statement) {
        return in(findings, statement);
    }

    /** The findings of any rule in a statement. */
    List<Finding> allFindingsIn(SqlStatement statement) {
        return in(allFindings, statement);
    }

    private static List<Finding> in(List<Finding> findings, SqlStatement statement) {
        return findings.stream().filter(finding -> statement.contains(finding.location().file().displayPath(),
                finding.location().range().startOffset())).toList();
    }

    /**
     * Whether some finding's message quotes {@code serverMessage} word for word; an expectation of a
     * case, which names only a part of a message (and cannot hold a double quote), states the
     * server's message when that part is in it.
     */
    boolean quotes(List<Finding> findings, String serverMessage) {
        return findings.stream().anyMatch(finding -> states(finding, serverMessage));
    }

    /** The rules whose findings quote {@code serverMessage}. */
    String quotedBy(List<Finding> findings, String serverMessage) {
        return findings.stream().filter(finding -> states(finding, serverMessage))
                .map(finding -> finding.rule().id()).distinct().collect(Collectors.joining(","));
    }

    private boolean states(Finding finding, String serverMessage) {
        return claimsAreExpectations
                ? !finding.message().isEmpty() && serverMessage != null && serverMessage.contains(finding.message())
                : finding.message().contains(serverMessage);
    }
}

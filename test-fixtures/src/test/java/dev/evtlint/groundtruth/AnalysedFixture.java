package dev.evtlint.groundtruth;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.ParseListing;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.fixtures.Fixture;
import dev.evtlint.fixtures.FixtureRunner;
import dev.evtlint.rule.Finding;
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
                       List<Finding> allFindings) {
    private static final Pattern FAILS = Pattern.compile("--\\s*fails:\\s*(.+)$");

    String rule() {
        return fixture.ruleFolder();
    }

    String name() {
        return fixture.name();
    }

    /** The fixture analysed, or empty when it has no verify line. */
    static Optional<AnalysedFixture> of(Fixture fixture, FixtureRunner runner) {
        FixtureRunner.Outcome outcome = runner.run(fixture);
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
        List<Finding> findings = outcome.result().findings().stream()
                .filter(finding -> finding.rule().id().equals(fixture.ruleFolder())).toList();
        return Optional.of(new AnalysedFixture(fixture, directive.get(), statements, findings,
                outcome.result().findings()));
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

    /** Whether some finding's message quotes {@code serverMessage} word for word. */
    static boolean quotes(List<Finding> findings, String serverMessage) {
        return findings.stream().anyMatch(finding -> finding.message().contains(serverMessage));
    }

    /** The rules whose findings quote {@code serverMessage}. */
    static String quotedBy(List<Finding> findings, String serverMessage) {
        return findings.stream().filter(finding -> finding.message().contains(serverMessage))
                .map(finding -> finding.rule().id()).distinct().collect(Collectors.joining(","));
    }
}

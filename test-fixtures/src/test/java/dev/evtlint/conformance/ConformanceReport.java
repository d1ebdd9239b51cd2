package dev.evtlint.conformance;

import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a conformance run and the failures grouped by cause, as Markdown. */
final class ConformanceReport {
    private int statements;
    private int ok;
    private int errors;
    private int untagged;
    private int bodies;
    private int bodiesOk;
    private int rejected;
    private int rejectedByUs;
    private long characters;
    private double parseSeconds;
    private final Map<String, Integer> errorsByCause = new TreeMap<>();
    private final Map<String, Integer> bodyErrorsByCause = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();

    void statement(ScriptFile file, Statement statement) {
        statements++;
        characters += statement.range().endOffset() - statement.range().startOffset();
        if (statement.commandTag().equals("???")) {
            untagged++;
        }
        if (!(statement instanceof Statement.Unparsed unparsed)) {
            ok++;
            return;
        }
        errors++;
        String cause = unparsed.commandTag() + ": " + firstErrorIn(file, statement);
        errorsByCause.merge(cause, 1, Integer::sum);
        if (examples.size() < 200) {
            examples.add(file.source().displayPath() + ":" + statement.range().startLine() + " " + cause);
        }
    }

    private static String firstErrorIn(ScriptFile file, Statement statement) {
        for (SyntaxError error : file.syntaxErrors()) {
            if (statement.range().contains(error.range())) {
                return error.message();
            }
        }
        return "(no message)";
    }

    void plpgsqlBody(ScriptFile file, ConformanceTest.BodyStatus status) {
        bodies++;
        if (status.ok()) {
            bodiesOk++;
        } else {
            bodyErrorsByCause.merge(status.error(), 1, Integer::sum);
        }
    }

    void rejectedByPostgres(boolean rejectedByUsToo) {
        rejected++;
        if (rejectedByUsToo) {
            rejectedByUs++;
        }
    }

    void parseSeconds(double seconds) {
        this.parseSeconds = seconds;
    }

    double statementOkPercent() {
        return 100.0 * ok / statements;
    }

    double plpgsqlOkPercent() {
        return 100.0 * bodiesOk / bodies;
    }

    int untaggedStatements() {
        return untagged;
    }

    String summary() {
        return String.format("conformance: %d/%d statements ok (%.2f%%), %d syntax errors; "
                        + "PL/pgSQL bodies %d/%d (%.2f%%); rejected by PostgreSQL and by us %d/%d; parse %.1f s (%.2f MB/s, cold)",
                ok, statements, statementOkPercent(), errors, bodiesOk, bodies, plpgsqlOkPercent(),
                rejectedByUs, rejected, parseSeconds, characters / 1e6 / parseSeconds);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Conformance on ../shared/corpus/pg-regress\n\n");
        md.append(summary()).append("\n\n| figure | value |\n|---|---|\n");
        md.append(String.format("| statements in valid/ | %d |%n| parsed (status ok) | %d (%.2f%%) |%n", statements, ok, statementOkPercent()));
        md.append(String.format("| syntax errors (EVT000) | %d |%n", errors));
        md.append(String.format("| PL/pgSQL bodies PostgreSQL accepts | %d |%n| of them parsed | %d (%.2f%%) |%n", bodies, bodiesOk, plpgsqlOkPercent()));
        md.append(String.format("| statements PostgreSQL rejects (raw/) | %d |%n| of them we reject too | %d |%n", rejected, rejectedByUs));
        section(md, "Syntax errors by tag and message", errorsByCause);
        section(md, "PL/pgSQL body failures", bodyErrorsByCause);
        md.append("\n## First failures\n\n");
        examples.forEach(e -> md.append("- ").append(e).append('\n'));
        return md.toString();
    }

    private static void section(StringBuilder md, String title, Map<String, Integer> counts) {
        md.append("\n## ").append(title).append("\n\n| count | cause |\n|---|---|\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(80)
                .forEach(e -> md.append("| ").append(e.getValue()).append(" | ").append(e.getKey().replace("|", "\\|")).append(" |\n"));
    }
}

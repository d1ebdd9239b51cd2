package dev.evtlint.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * How well evtlint reads PostgreSQL's own regression scripts, measured against PostgreSQL 18's
 * parser (../shared/corpus/pg-regress). Writes target/conformance.md and fails when a figure falls
 * below conformance-baseline.properties, the ratchet that only moves up. Runs when the corpus is
 * beside the project; run it alone with
 * {@code mvn -B -pl test-fixtures -am verify -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConformanceTest {
    private static final Path REPORT = Path.of("target", "conformance.md");

    @Test
    void regressionSuiteConformance() throws IOException {
        assumeTrue(Corpus.present(), "../shared/corpus/pg-regress is not beside the project");
        ScriptParser parser = new ScriptParser();
        Map<String, ScriptFile> valid = new HashMap<>();
        ConformanceReport report = new ConformanceReport();
        long start = System.nanoTime();
        for (String name : Corpus.files("valid")) {
            ScriptFile file = parser.parse(Corpus.source("valid", name));
            valid.put(name, file);
            file.statements().forEach(statement -> report.statement(file, statement));
        }
        report.parseSeconds((System.nanoTime() - start) / 1e9);
        for (Corpus.OracleRow row : Corpus.plpgsqlBodies()) {
            if (row.accepted()) {
                ScriptFile file = valid.get(row.file());
                report.plpgsqlBody(file, bodyStatus(file, row));
            }
        }
        Map<String, ScriptFile> raw = new HashMap<>();
        for (Corpus.OracleRow row : Corpus.statements()) {
            if (!row.accepted()) {
                ScriptFile file = raw.computeIfAbsent(row.file(), name -> parser.parse(Corpus.source("raw", name)));
                report.rejectedByPostgres(statementAt(file, row) instanceof Statement.Unparsed);
            }
        }
        AnalysisResult rawRun = Evtlint.analyze(AnalysisRequest.of(Corpus.ROOT, List.of(Corpus.ROOT.resolve("raw"))));
        List<ToolNotification> internalErrors = rawRun.notifications().stream().filter(ToolNotification::internalError).toList();

        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.markdown(), StandardCharsets.UTF_8);
        System.out.println(report.summary());

        assertEquals(List.of(), internalErrors, "internal errors on raw/");
        Properties baseline = baseline();
        assertAtLeast(report.statementOkPercent(), baseline, "statement.ok.percent");
        assertAtLeast(report.plpgsqlOkPercent(), baseline, "plpgsql.ok.percent");
        assertEquals(0, report.untaggedStatements(), "statements without a command tag");
    }

    private static void assertAtLeast(double actual, Properties baseline, String key) {
        double minimum = Double.parseDouble(baseline.getProperty(key));
        assertTrue(actual >= minimum, String.format("%s fell to %.2f%% (baseline %.2f%%)", key, actual, minimum));
    }

    private static Properties baseline() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("conformance-baseline.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** Whether PL/pgSQL body of the function or DO block at an oracle row parsed, with its first error. */
    private static BodyStatus bodyStatus(ScriptFile file, Corpus.OracleRow row) {
        Statement statement = statementAt(file, row);
        Part.FunctionBody body = statement instanceof Statement.CreateFunction f ? f.body()
                : statement instanceof Statement.Do d ? d.body() : null;
        if (!(body instanceof Part.PlPgSqlBody plpgsql)) {
            String error = firstError(file, statement.range());
            return new BodyStatus(false, statement.commandTag() + " at " + file.source().displayPath() + ":"
                    + statement.range().startLine() + ": " + (error != null ? error : "no PL/pgSQL body found"));
        }
        String error = firstError(file, plpgsql.range());
        return new BodyStatus(plpgsql.block() != null && error == null, error == null ? "" : error);
    }

    record BodyStatus(boolean ok, String error) {
    }

    private static String firstError(ScriptFile file, SourceRange range) {
        for (SyntaxError error : file.syntaxErrors()) {
            if (range.contains(error.range())) {
                return error.message();
            }
        }
        return null;
    }

    private static Statement statementAt(ScriptFile file, Corpus.OracleRow row) {
        SourceFile source = file.source();
        int offset = Corpus.charOffset(source, row.byteStart());
        int end = Corpus.charOffset(source, row.byteEnd());
        Statement best = null;
        for (Statement statement : file.statements()) {
            SourceRange range = statement.range();
            if (range.startOffset() < end && range.endOffset() > offset) {
                best = statement;
                break;
            }
        }
        return best == null ? new Statement.Unparsed(source.range(offset, end), "???", true) : best;
    }
}

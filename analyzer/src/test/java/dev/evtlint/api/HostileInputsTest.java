package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a linter meets unattended in CI: each gets a result or one clear notification, never an
 * internal error, and the ordinary file beside them is still analysed. docs/robustness.md says what
 * evtlint does with each.
 */
class HostileInputsTest {
    private static final int DEEP = 20_000;
    private static final String ORDINARY = "CREATE TABLE t (a int);\n";

    @TempDir
    Path dir;

    private ScriptLoader.Loaded load(Duration fileTimeout, String... names) throws IOException {
        Files.writeString(dir.resolve("ordinary.sql"), ORDINARY);
        ScriptLoader.Loaded loaded = ScriptLoader.load(new AnalysisRequest(List.of(dir), dir, AnalysisRequest.DEFAULT_PG_VERSION, Set.of(), Set.of(),
                List.of(), 2, List.of(), fileTimeout), Progress.NONE);
        assertTrue(loaded.notifications().stream().noneMatch(ToolNotification::internalError), loaded.notifications()::toString);
        assertEquals(ORDINARY, script(loaded, "ordinary.sql").orElseThrow().source().text(), "the ordinary file is analysed");
        for (String name : names) {
            assertTrue(script(loaded, name).isPresent() || notification(loaded, name).isPresent(), name + " got no outcome");
        }
        return loaded;
    }

    private ScriptLoader.Loaded load(String... names) throws IOException {
        return load(AnalysisRequest.DEFAULT_FILE_TIMEOUT, names);
    }

    private static Optional<ScriptFile> script(ScriptLoader.Loaded loaded, String name) {
        return loaded.scripts().stream().filter(s -> s.source().displayPath().equals(name)).findFirst();
    }

    private static Optional<String> notification(ScriptLoader.Loaded loaded, String name) {
        return loaded.notifications().stream().filter(n -> n.path().equals(name)).map(ToolNotification::message).findFirst();
    }

    private static List<String> errors(ScriptLoader.Loaded loaded, String name) {
        return script(loaded, name).orElseThrow().syntaxErrors().stream().map(SyntaxError::message).toList();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] prefix, byte[] body) {
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    @Test
    void binaryAndInvalidUtf8FilesAreSkippedWithTheReason() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        write("binary.sql", binary);
        write("latin1.sql", "SELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        ScriptLoader.Loaded loaded = load("binary.sql", "latin1.sql");
        assertEquals("binary file (NUL byte at offset 0); not analysed", notification(loaded, "binary.sql").orElseThrow());
        assertEquals("not valid UTF-8: byte 0xE9 at offset 11 (line 1); convert the file to UTF-8",
                notification(loaded, "latin1.sql").orElseThrow());
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkAndUtf8WithOneAreRead() throws IOException {
        String text = "SELECT 'h\u00e9llo \uD83D\uDE00';\n";
        write("le-bom.sql", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        write("be-bom.sql", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        write("le.sql", text.getBytes(StandardCharsets.UTF_16LE));
        write("be.sql", text.getBytes(StandardCharsets.UTF_16BE));
        write("utf8-bom.sql", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        ScriptLoader.Loaded loaded = load();
        for (String name : List.of("le-bom.sql", "be-bom.sql", "le.sql", "be.sql", "utf8-bom.sql")) {
            ScriptFile file = script(loaded, name).orElseThrow(() -> new AssertionError(name + ": " + loaded.notifications()));
            assertEquals(text, file.source().text(), name);
            assertEquals(List.of("SELECT"), file.statements().stream().map(Statement::commandTag).toList(), name);
        }
    }

    @Test
    void emptyFilesAndUnterminatedQuotesCommentsAndDollarQuotesGiveAResult() throws IOException {
        write("empty.sql", "");
        write("quote.sql", "SELECT 1;\nSELECT 'never closed;\n");
        write("comment.sql", "SELECT 1;\n/* never closed;\nSELECT 2;\n");
        write("dollar.sql", "SELECT 1;\nDO $body$ BEGIN PERFORM 1; END;\n");
        ScriptLoader.Loaded loaded = load();
        assertEquals(List.of(), script(loaded, "empty.sql").orElseThrow().statements());
        // What follows an unterminated quote is all quote: one statement that does not parse.
        assertEquals(2, script(loaded, "quote.sql").orElseThrow().statements().size());
        assertEquals(1, errors(loaded, "quote.sql").size());
        assertEquals(1, errors(loaded, "dollar.sql").size());
        // psql never sends an unterminated comment; nor does anything after it run.
        assertEquals(1, script(loaded, "comment.sql").orElseThrow().statements().size());
    }

    @Test
    void twentyThousandNestedParenthesesAndBlocksAreSyntaxErrorsNotCrashes() throws IOException {
        write("parens.sql", "SELECT " + "(".repeat(DEEP) + "1" + ")".repeat(DEEP) + ";\nSELECT 2;\n");
        write("brackets.sql", "SELECT a" + "[".repeat(DEEP) + "1" + "]".repeat(DEEP) + ";\n");
        write("atomic.sql", "CREATE FUNCTION f() RETURNS int LANGUAGE sql " + "BEGIN ATOMIC ".repeat(DEEP) + "SELECT 1; "
                + "END; ".repeat(DEEP) + "\nSELECT 2;\n");
        write("sql-blocks.sql", "BEGIN ".repeat(DEEP) + "END ".repeat(DEEP) + ";\nSELECT 2;\n");
        write("plpgsql.sql", "CREATE FUNCTION g() RETURNS event_trigger LANGUAGE plpgsql AS $$\n" + "BEGIN\n".repeat(DEEP)
                + "NULL;\n" + "END;\n".repeat(DEEP - 1) + "END $$;\nSELECT 2;\n");
        write("plpgsql-ifs.sql", "DO $$ BEGIN\n" + "IF true THEN\n".repeat(DEEP) + "NULL;\n" + "END IF;\n".repeat(DEEP)
                + "END $$;\n");
        ScriptLoader.Loaded loaded = load();
        assertEquals(List.of("statement nested more than 256 levels deep; evtlint does not analyse it"), errors(loaded, "parens.sql"));
        assertEquals(List.of("statement nested more than 256 levels deep; evtlint does not analyse it"), errors(loaded, "brackets.sql"));
        assertEquals(List.of("function body nested more than 256 levels deep; evtlint does not analyse it"),
                errors(loaded, "plpgsql.sql"));
        assertEquals(List.of("function body nested more than 256 levels deep; evtlint does not analyse it"),
                errors(loaded, "plpgsql-ifs.sql"));
        for (String name : List.of("parens.sql", "atomic.sql", "sql-blocks.sql", "plpgsql.sql")) {
            List<Statement> statements = script(loaded, name).orElseThrow().statements();
            assertEquals("SELECT", statements.get(statements.size() - 1).commandTag(), name + ": the statement after it is read");
        }
    }

    @Test
    void aHundredThousandLineFunctionIsParsed() throws IOException {
        StringBuilder body = new StringBuilder("CREATE FUNCTION big() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "DECLARE n int := 0;\nBEGIN\n");
        for (int i = 0; i < 100_000; i++) {
            body.append("  n := n + ").append(i).append(";\n");
        }
        write("big.sql", body.append("END $$;\n").toString());
        ScriptLoader.Loaded loaded = load(Duration.ZERO);
        Statement.CreateFunction function = (Statement.CreateFunction) script(loaded, "big.sql").orElseThrow().statements().get(0);
        assertEquals(100_000, ((Part.PlPgSqlBody) function.body()).block().body().size());
        assertEquals(List.of(), errors(loaded, "big.sql"));
    }

    @Test
    void aTenMegabyteLineIsOneStatementWithExactPositions() throws IOException {
        String literal = "'" + "x".repeat(10 * 1024 * 1024) + "'";
        write("long-line.sql", "SELECT " + literal + ";\nSELECT 2;\n");
        ScriptLoader.Loaded loaded = load();
        List<Statement> statements = script(loaded, "long-line.sql").orElseThrow().statements();
        assertEquals(2, statements.size());
        assertEquals(1, statements.get(0).range().endLine());
        assertEquals(1 + "SELECT ".length() + literal.length(), statements.get(0).range().endColumn());
        assertEquals(2, statements.get(1).range().startLine());
    }

    @Test
    void aLongOperatorChainIsAnalysedWithoutOverflowingTheStack() {
        // Left-deep ASTs: the model once overflowed hashing records of a 2,000-term chain on a 1 MB stack.
        String text = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                + String.join(" AND ", Collections.nCopies(10_000, "x = 1")) + " THEN RETURN; END IF; END $$;\n"
                + "CREATE EVENT TRIGGER f ON login EXECUTE FUNCTION f();\n";
        AnalysisResult result = Evtlint.analyze(new AnalysisRequest(List.of(), dir, AnalysisRequest.DEFAULT_PG_VERSION,
                Set.of(), Set.of(), List.of(), 1, List.of(new InMemorySource("chain.sql", text))));
        assertEquals(List.of(), result.notifications());
        assertEquals(List.of("chain.sql"), result.files().stream().map(SourceFile::displayPath).toList());
    }

    @Test
    void aFileOverTheTimeBudgetIsSkippedWithANotification() throws IOException {
        write("slow.sql", "SELECT 1 + 2 * (3 - 4);\n".repeat(20_000));
        ScriptLoader.Loaded loaded = load(Duration.ofMillis(1), "slow.sql");
        assertEquals("not analysed: parsing it takes longer than the time budget of 1 ms per file",
                notification(loaded, "slow.sql").orElseThrow());
        assertFalse(notification(loaded, "ordinary.sql").isPresent());
    }
}

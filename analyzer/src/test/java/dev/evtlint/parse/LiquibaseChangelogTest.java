package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.RunsOnce;
import dev.evtlint.script.Changeset;
import dev.evtlint.script.ScriptFile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Liquibase formatted SQL changelogs split into the statements Liquibase runs on PostgreSQL. */
class LiquibaseChangelogTest {

    private static ScriptFile parse(String text) {
        return new ScriptParser().parse(SourceFile.ofText("changelog.sql", text));
    }

    private static List<String> tags(ScriptFile file) {
        return file.statements().stream().map(Statement::commandTag).toList();
    }

    @Test
    void aChangesetEndsTheStatementBeforeItAndRollbackLinesDoNotRun() {
        ScriptFile file = parse("--liquibase formatted sql\n"
                + "--changeset alice:1\n"
                + "CREATE TABLE t (a int)\n"
                + "--rollback DROP TABLE t;\n"
                + "--changeset alice:2 splitStatements:false\n"
                + "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2)\n"
                + "--rollback DELETE FROM t;\n");
        assertEquals(List.of("CREATE TABLE", "INSERT", "INSERT"), tags(file));
        assertEquals(List.of(), file.syntaxErrors());
        assertEquals(List.of("1", "2"), file.changesets().stream().map(Changeset::id).toList());
        assertEquals("alice", file.changesets().get(0).author());
    }

    @Test
    void anEndDelimiterOnALineOfItsOwnEndsAStatementAndADivisionDoesNot() {
        ScriptFile file = parse("--liquibase formatted sql\r\n"
                + "--changeset bob:fn endDelimiter:/\r\n"
                + "SELECT 4\r\n/ 2\r\n/\r\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'\r\n  /  \r\n");
        assertEquals(List.of("SELECT", "CREATE FUNCTION"), tags(file));
        assertEquals(List.of(), file.syntaxErrors());
        assertEquals(6, file.statements().get(1).range().startLine());
    }

    @Test
    void aChangesetForAnotherDatabaseIsNotRun() {
        ScriptFile file = parse("--liquibase formatted sql\n"
                + "--changeset a:ora dbms:oracle\n"
                + "CREATE OR REPLACE TRIGGER x AFTER DDL ON SCHEMA BEGIN NULL; END;\n"
                + "--changeset a:pg dbms:postgresql,h2\nSELECT 1;\n"
                + "--changeset a:not-mysql dbms:!mysql\nSELECT 2;\n"
                + "--changeset a:never dbms:none\nSELECT 3;\n");
        assertEquals(List.of("SELECT", "SELECT"), tags(file));
        assertEquals(List.of(), file.syntaxErrors());
    }

    @Test
    void changesetsRunOnceUnlessTheyRunAlwaysOrOnChange() {
        ScriptFile file = parse("--liquibase formatted sql\n"
                + "--changeset a:1\nSELECT 1;\n"
                + "--changeset a:2 runOnChange:true\nSELECT 2;\n"
                + "--changeset \"a b\":\"3\" runAlways:true context:dev\nSELECT 3;\n");
        assertEquals(List.of(true, false, false), file.statements().stream().map(statement -> RunsOnce.statement(file, statement)).toList());
        assertEquals("a b", file.changesets().get(2).author());
    }

    @Test
    void aChangesetLineInsideAQuoteDoesNotStopTheChangesetsAfterIt() {
        ScriptFile file = parse("--liquibase formatted sql\n"
                + "--changeset a:1\nSELECT $$\n--changeset a:2\n$$\n"
                + "--changeset a:3\nSELECT 3\n"
                + "--changeset a:4\nSELECT 4\n");
        assertEquals(List.of("SELECT", "SELECT", "SELECT"), tags(file));
    }

    @Test
    void aFileWithoutTheFirstLineIsNoChangelog() {
        ScriptFile file = parse("SELECT 1;\n--liquibase formatted sql\n--changeset a:1\nSELECT 2\n--changeset a:2\n;\n");
        assertTrue(file.changesets().isEmpty());
        assertFalse(RunsOnce.statement(file, file.statements().get(0)));
        assertEquals(List.of("SELECT", "SELECT"), tags(file));
    }

    /** A changeset line with a long word or quote in its attributes: the patterns must not try it from every position. */
    @Test
    void longChangesetLinesTakeLinearTime() {
        for (String tail : List.of("w".repeat(200_000), "\"".repeat(200_000), "a:\"" + "b".repeat(200_000),
                ":".repeat(200_000), "x-".repeat(100_000))) {
            String text = "--liquibase formatted sql\n--changeset alice:1 endDelimiter:/ " + tail + "\nSELECT 1\n/\n";
            List<LiquibaseChangelog.Header> headers = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> LiquibaseChangelog.headers(text));
            assertEquals(1, headers.size());
            assertEquals("/", headers.get(0).endDelimiter());
        }
    }
}

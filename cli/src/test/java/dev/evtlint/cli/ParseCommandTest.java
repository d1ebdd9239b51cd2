package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path folder;

    @Test
    void tsvHasARowPerStatementAndPerPlPgSqlBody() throws IOException {
        Files.writeString(folder.resolve("a.sql"), """
                CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE NOTICE 'hi';
                END $$;
                SELECT * FORM t;
                """);
        CliRun run = CliRun.in(folder, "parse", "--format", "tsv", "a.sql");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertEquals(List.of(
                ParseCommand.TSV_HEADER,
                "a.sql\t1\t1\t4\t7\tstatement\tCREATE FUNCTION\tok\t",
                "a.sql\t1\t63\t4\t7\tplpgsql-body\tCREATE FUNCTION\tok\t",
                "a.sql\t5\t1\t5\t16\tstatement\tSELECT\terror\tsyntax error at or near \"FORM\""),
                run.out().lines().toList());
    }

    @Test
    void textSaysWhereAndWhat() throws IOException {
        Files.writeString(folder.resolve("b.sql"), "DO $$ BEGIN NULL; END $$;\n");
        CliRun run = CliRun.in(folder, "parse", "b.sql");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("b.sql:1:1-1:25: statement DO: ok", "  b.sql:1:4-1:25: plpgsql-body DO: ok"),
                run.out().lines().toList());
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertTrue(CliRun.in(folder, "parse", "nope.sql").isOneLineUsageError());
    }
}

package dev.evtlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PostgreSQL's parser through one node process answers each statement of a batch, in order. */
class LibPgQueryTest {

    @Test
    void acceptsAndRejectsAsPostgresDoes() throws Exception {
        List<LibPgQuery.Verdict> verdicts = LibPgQuery.installedIn(Path.of("target", "libpg-query")).parse(List.of(
                "SELECT * FORM pg_event_trigger",
                "CREATE EVENT TRIGGER audit ON login EXECUTE FUNCTION audit()",
                "SELECT 'never closed",
                "SELECT 'ü' AS \"\uD83D\uDE00\""));
        assertEquals(List.of(
                new LibPgQuery.Verdict(false, "syntax error at or near \"FORM\""),
                new LibPgQuery.Verdict(true, ""),
                new LibPgQuery.Verdict(false, "unterminated quoted string at or near \"'never closed\""),
                new LibPgQuery.Verdict(true, "")), verdicts);
    }
}

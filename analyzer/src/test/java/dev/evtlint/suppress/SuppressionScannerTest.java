package dev.evtlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where suppression comments are, exactly, and what each covers. */
class SuppressionScannerTest {
    private static final RuleDescriptor EVT101 = new RuleDescriptor("EVT101", "login-write-without-recovery-guard", "s",
            Severity.ERROR, Category.LOGIN, "0.1.0", List.of(), "high", "", "");

    private final SuppressionScanner scanner = new SuppressionScanner(
            key -> key.equalsIgnoreCase("EVT101") ? Optional.of(EVT101) : Optional.empty());

    @Test
    void commentsAtTopLevelAndInBodiesWithExactRangesAndTargets() {
        String text = "SELECT E'\\' -- evtlint-ignore EVT999', $q$ -- evtlint-ignore EVT999 $q$;\r\n"
                + "  -- evtlint-ignore EVT101 top\r\n"
                + "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $body$\r\n"
                + "BEGIN\r\n"
                + "  PERFORM 1; -- evtlint-ignore EVT101 inner\r\n"
                + "  INSERT INTO t VALUES (1);\r\n"
                + "  -- evtlint-ignore EVT101 last\r\n"
                + "END $body$;\r\n";
        SourceFile file = SourceFile.ofText("a.sql", text);
        scanner.scan(new ScriptParser().parse(file));

        assertEquals(List.of(), scanner.invalid(), "text in strings is not a comment");
        List<SuppressionComment> comments = scanner.comments();
        assertEquals(3, comments.size());

        SuppressionComment top = comments.get(0);
        assertEquals("2:3-2:31", top.range().toString(), "from -- to the line end, without the CR");
        assertEquals("top", top.reason());
        assertEquals(3, top.target().startLine(), "the next statement: CREATE FUNCTION");
        assertEquals(8, top.target().endLine());

        SuppressionComment inner = comments.get(1);
        assertEquals("5:14-5:44", inner.range().toString());
        assertEquals(at(text, "INSERT INTO t VALUES (1);"), inner.target().startOffset(), "the next PL/pgSQL statement");
        assertEquals(6, inner.target().endLine());

        assertNull(comments.get(2).target(), "no statement follows in the body");
    }

    /**
     * The comments of a quoted body are those of its value, as PL/pgSQL reads it: a doubled quote
     * is a quote in the body, so a {@code --} after it can sit inside a string of the body.
     */
    @Test
    void aQuotedBodyHasTheCommentsOfItsValueAtTheirPlaceInTheFile() {
        String text = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS '\n"
                + "DECLARE x text := ''-- evtlint-ignore EVT999'';\n"
                + "BEGIN\n"
                + "  -- evtlint-ignore EVT101 it''s fine\n"
                + "  INSERT INTO t VALUES (x);\n"
                + "END';\n";
        scanner.scan(new ScriptParser().parse(SourceFile.ofText("a.sql", text)));

        assertEquals(List.of(), scanner.invalid(), "a string of the body is not a comment");
        List<SuppressionComment> comments = scanner.comments();
        assertEquals(1, comments.size());
        assertEquals("4:3-4:38", comments.get(0).range().toString(), "as the file holds it, the quote doubled");
        assertEquals("it''s fine", comments.get(0).reason());
        assertEquals(at(text, "INSERT INTO t VALUES (x);"), comments.get(0).target().startOffset());
    }

    private static int at(String text, String snippet) {
        return text.indexOf(snippet);
    }

}

package dev.evtlint.report;

import static dev.evtlint.report.ReportFixtures.EVT101;
import static dev.evtlint.report.ReportFixtures.EVT102;
import static dev.evtlint.report.ReportFixtures.EVT501;
import static dev.evtlint.report.ReportFixtures.at;
import static dev.evtlint.report.ReportFixtures.insertFinding;
import static dev.evtlint.report.ReportFixtures.result;
import static dev.evtlint.report.ReportFixtures.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Severity;
import dev.evtlint.suppress.SuppressedFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    @Test
    void findingWithSourceCaretHelpAndNote() throws IOException {
        SourceFile file = script();
        String text = render(false, result(List.of(insertFinding(file)), List.of(file), List.of()));
        assertEquals("db/V1__login.sql:3:2: error: INSERT in login function on_login() fails on a hot standby"
                        + " [EVT101 login-write-without-recovery-guard]\n"
                        + "\tINSERT INTO login_log VALUES (session_user, now());\n"
                        + "\t^~~~~~~~~~~~~~~~~~~~~\n"
                        + "  = help: return early when pg_is_in_recovery() is true\n"
                        + "  = see docs/rules/EVT101.md\n"
                        + "  note: db/V1__login.sql:5:1: login trigger on_login\n"
                        + "1 finding (1 error) in 1 file\n",
                text);
    }

    @Test
    void headlineIsTheFindingsFirstLineWithoutColour() {
        SourceFile file = script();
        assertEquals("db/V1__login.sql:3:2: error: INSERT in login function on_login() fails on a hot standby"
                + " [EVT101 login-write-without-recovery-guard]", TextReporter.headline(insertFinding(file)));
    }

    @Test
    void multiLineRangeIsMarkedToTheEndOfItsFirstLine() throws IOException {
        SourceFile file = script();
        Finding finding = new Finding(EVT102, Severity.WARNING, at(file, "BEGIN\n\tINSERT"), "body can raise", "",
                List.of());
        assertEquals("db/V1__login.sql:2:1: warning: body can raise [EVT102 login-trigger-can-lock-out]\n"
                        + "BEGIN\n"
                        + "^~~~~\n"
                        + "  = see docs/rules/EVT102.md\n"
                        + "1 finding (1 warning) in 1 file\n",
                render(false, result(List.of(finding), List.of(file), List.of())));
    }

    @Test
    void emptyRangeGetsOneCaret() throws IOException {
        SourceFile file = SourceFile.ofText("a.sql", "SELECT 1");
        Finding finding = new Finding(EVT501, Severity.NOTE, new dev.evtlint.rule.Location(file, file.range(8, 8)),
                "missing semicolon", "", List.of());
        assertEquals("a.sql:1:9: note: missing semicolon [EVT501 security-definer-without-search-path]\n"
                        + "SELECT 1\n"
                        + "        ^\n"
                        + "  = see docs/rules/EVT501.md\n"
                        + "1 finding (1 note) in 1 file\n",
                render(false, result(List.of(finding), List.of(file), List.of())));
    }

    @Test
    void caretCountsCodePointsNotUtf16Units() {
        // U+1F600 takes two UTF-16 units (two columns) but one terminal cell.
        String line = "SELECT '\uD83D\uDE00', x";
        assertEquals("            ^", Caret.show(line, 14, 15).marker());
        assertEquals("       ^~~", Caret.show(line, 8, 12).marker());
    }

    @Test
    void notificationsAndSummaryWithSeveralSeverities() throws IOException {
        SourceFile file = script();
        Finding warning = new Finding(EVT102, Severity.WARNING, at(file, "END"), "w", "", List.of());
        Finding note = new Finding(EVT501, Severity.NOTE, at(file, "END"), "n", "", List.of());
        AnalysisResult result = result(List.of(insertFinding(file), warning, note, warning),
                List.of(file, SourceFile.ofText("b.sql", "")),
                List.of(new ToolNotification("c.sql", "not valid UTF-8: byte 0xFF at offset 3 (line 1)", false),
                        new ToolNotification("", "internal error in EVT101", true)));
        String text = render(false, result);
        String[] lines = text.split("\n");
        assertEquals("c.sql: error: not valid UTF-8: byte 0xFF at offset 3 (line 1)", lines[lines.length - 3]);
        assertEquals("evtlint: error: internal error in EVT101", lines[lines.length - 2]);
        assertEquals("4 findings (1 error, 2 warnings, 1 note) in 2 files; 2 tool errors", lines[lines.length - 1]);
    }

    @Test
    void summarySaysHowManyFindingsWereSuppressedAndDoesNotShowThem() throws IOException {
        SourceFile file = script();
        Finding silenced = new Finding(EVT102, Severity.WARNING, at(file, "END"), "silenced warning", "", List.of());
        AnalysisResult result = new AnalysisResult(List.of(), List.of(EVT102), List.of(file), List.of(),
                List.of(new SuppressedFinding(silenced, "why")), null);
        assertEquals("No findings in 1 file; 1 suppressed\n", render(false, result));
    }

    @Test
    void noFindings() throws IOException {
        List<SourceFile> files = List.of(script(), script(), script(), script());
        assertEquals("No findings in 4 files\n", render(false, result(List.of(), files, List.of())));
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        SourceFile file = script();
        AnalysisResult result = result(List.of(insertFinding(file)), List.of(file), List.of());
        String coloured = render(true, result);
        assertEquals(true, coloured.contains("\u001b[1;31merror:\u001b[0m"), coloured);
        assertEquals(render(false, result), coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
        assertEquals(false, render(false, result).contains("\u001b"));
    }

    private static String render(boolean colour, AnalysisResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextReporter(colour).write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A quoted identifier may hold a newline: it must not start a line of its own, such as a workflow command. */
    @Test
    void controlCharactersOfInputsAreEscapedEverywhereTheTextShowsThem() throws IOException {
        SourceFile file = SourceFile.ofText("db/x\u001B[31m.sql", "SELECT \"a\u001B[2Jb\";\n");
        Finding finding = new Finding(EVT102, Severity.WARNING, at(file, "\"a\u001B[2Jb\""),
                "trigger \"t\n::error file=x.sql::forged\" fails", "rename \"t\rx\"",
                List.of(new dev.evtlint.rule.RelatedLocation(new dev.evtlint.rule.Location(file, file.range(0, 6)),
                        "note \u202Eevil")));
        String text = render(false, result(List.of(finding), List.of(file),
                List.of(new ToolNotification("db/y\n::error::z.sql", "binary\u0007", false))));
        assertEquals("db/x\\u001B[31m.sql:1:8: warning: trigger \"t\\n::error file=x.sql::forged\" fails"
                        + " [EVT102 login-trigger-can-lock-out]\n"
                        + "SELECT \"a\\u001B[2Jb\";\n"
                        + "       ^~~~~~~~~~~~~\n"
                        + "  = help: rename \"t\\rx\"\n"
                        + "  = see docs/rules/EVT102.md\n"
                        + "  note: db/x\\u001B[31m.sql:1:1: note \\u202Eevil\n"
                        + "db/y\\n::error::z.sql: error: binary\\u0007\n"
                        + "1 finding (1 warning) in 1 file; 1 tool error\n",
                text);
    }

    @Test
    void aLongLineShowsAWindowAroundTheRange() throws IOException {
        String line = "SELECT " + "x".repeat(1_000_000) + ", 'target', " + "y".repeat(1_000_000) + ";";
        SourceFile file = SourceFile.ofText("long.sql", line + "\n");
        Finding finding = new Finding(EVT102, Severity.WARNING, at(file, "'target'"), "m", "", List.of());
        String[] lines = render(false, result(List.of(finding), List.of(file), List.of())).split("\n");
        assertEquals("..." + "x".repeat(38) + ", 'target', " + "y".repeat(150) + "...", lines[1]);
        assertEquals(" ".repeat(3 + 40) + "^" + "~".repeat(7), lines[2]);
    }

    @Test
    void aWindowNeverSplitsASurrogatePair() {
        String line = "\uD83D\uDE00".repeat(300);
        Caret.Shown shown = Caret.show(line, 301, 303);
        assertEquals("..." + "\uD83D\uDE00".repeat(100) + "...", shown.line());
        assertEquals(" ".repeat(3 + 20) + "^", shown.marker());
    }

    /** GitHub's runner reads a log line starting with '::' (after blanks) as a workflow command. */
    @Test
    void noPrintedLineStartsAWorkflowCommand() throws IOException {
        SourceFile file = SourceFile.ofText("::warning::x.sql", "CREATE EVENT TRIGGER \"a\n  ::error file=x::pwn\" ON login;\n");
        Finding finding = new Finding(EVT102, Severity.WARNING, at(file, "pwn"), "m", "", List.of());
        String text = render(false, result(List.of(finding), List.of(file),
                List.of(new ToolNotification("::error::y.sql", "binary", false))));
        assertEquals("\\u003A:warning::x.sql:2:19: warning: m [EVT102 login-trigger-can-lock-out]\n"
                        + "  \\u003A:error file=x::pwn\" ON login;\n"
                        + "                       ^~~\n"
                        + "  = see docs/rules/EVT102.md\n"
                        + "\\u003A:error::y.sql: error: binary\n"
                        + "1 finding (1 warning) in 1 file; 1 tool error\n",
                text);
        assertEquals(false, text.lines().anyMatch(line -> line.strip().startsWith("::")), text);
    }
}

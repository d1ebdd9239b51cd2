package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlConnect.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psql's connect commands as the splitter reads them: the database the way psql 18 reads it (command.c, do_connect). */
class PsqlConnectsTest {

    private static List<PsqlConnect> connects(String script) {
        return new ScriptParser().parse(SourceFile.ofText("main.sql", script)).connects();
    }

    /** Where each command of the script connects: the name, SAME or UNKNOWN. */
    private static List<String> targets(String script) {
        return connects(script).stream().map(c -> c.target() == Target.NAMED ? c.database() : c.target().name()).toList();
    }

    @Test
    void bothSpellingsAreConnectsAtTheirOffsetAndOtherCommandsAreNot() {
        List<PsqlConnect> found = connects("\\c app\n\\connect other\n\\copy t from x\n\\conninfo\n\\i a.sql\n");
        assertEquals(List.of(0, 7), found.stream().map(PsqlConnect::offset).toList());
        assertEquals(List.of("app", "other"), targets("\\c app\n\\connect other\n\\copy t from x\n\\conninfo\n\\i a.sql\n"));
        assertEquals("\\connect other", found.get(1).written());
    }

    @Test
    void theStatementsAroundStayApart() {
        var script = new ScriptParser().parse(SourceFile.ofText("main.sql", "CREATE DATABASE app;\n\\c app\nSELECT 1;\n"));
        assertEquals(2, script.statements().size());
        assertEquals(List.of(), script.syntaxErrors());
    }

    @Test
    void namesAreVerbatimAndDoubleQuotesGoAsForAnSqlIdentifierWithoutFolding() {
        assertEquals(List.of("App", "My DB", "a\"b", "x y", "-"),
                targets("\\c App\n\\c \"My DB\"\n\\c \"a\"\"b\"\n\\c 'x y'\n\\c '-'\n"));
    }

    @Test
    void noNameOrADashKeepsTheDatabaseAndAUserHostOrPortAfterItChangeNothing() {
        assertEquals(List.of("SAME", "SAME", "SAME", "app", "SAME"),
                targets("\\c\n\\c - otheruser\n\\connect - - otherhost 5433\n\\c app someone\n\\c \\echo x\n"));
    }

    @Test
    void reusePreviousIsReadLikeAPsqlBoolean() {
        assertEquals(List.of("app", "SAME", "UNKNOWN", "UNKNOWN", "SAME"),
                targets("\\c -reuse-previous=on app\n\\c -reuse-previous=on\n\\c -reuse-previous=off\n"
                        + "\\c -reuse-previous=of\n\\c -reuse-previous=maybe app\n"));
    }

    @Test
    void aConnectionStringNamesTheDatabaseWithDbname() {
        assertEquals(List.of("postgres", "a b", "app", "SAME", "UNKNOWN"),
                targets("\\connect -reuse-previous=on \"dbname='postgres'\"\n\\c \"dbname = 'a b' host=x\"\n"
                        + "\\c 'host=h dbname=app'\n\\c -reuse-previous=on host=other\n\\c host=other\n"));
    }

    @Test
    void aUriNamesTheDatabaseWithItsPathOrADbnameParameter() {
        assertEquals(List.of("app", "my db", "q", "UNKNOWN", "SAME"),
                targets("\\c postgresql://u@localhost:5432/app\n\\c postgres://h/my%20db?sslmode=disable\n"
                        + "\\c postgresql://h/p?dbname=q\n\\c postgresql://h\n\\c -reuse-previous=on postgresql://h/\n"));
    }

    @Test
    void aPsqlVariableOrAShellCommandMakesTheDatabaseUnknown() {
        assertEquals(List.of("UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN"),
                targets("\\c :db\n\\c :'db'\n\\connect `echo app`\n\\c app_:suffix\n"));
    }
}

package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.LineComment;
import dev.evtlint.script.Changeset;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlInclude;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split exactly, one feature per test: each statement as {@code offset:text} (read from the
 * text to parse) and the text to parse itself, whose blanking must keep every offset and line.
 * First the SQL statement boundaries ({@link StatementBoundaries}), then the psql layer around them
 * ({@link ScriptSplitter}).
 */
class ScriptSplitterTest {

    /** Each statement of the split as its offset and its text in the text to parse. */
    private static List<String> statements(ScriptSplitter.Result split) {
        return split.segments().stream().map(s -> s.start() + ":" + split.text().substring(s.start(), s.end())).toList();
    }

    private static void assertSplit(String script, String textToParse, String... statements) {
        ScriptSplitter.Result split = ScriptSplitter.split(script);
        assertEquals(List.of(statements), statements(split));
        assertEquals(textToParse, split.text());
    }

    @Test
    void aSemicolonEndsAStatementAndTheLastNeedsNone() {
        String script = "select 1;\n  select 2 ;select 3\n";
        assertSplit(script, script, "0:select 1", "12:select 2", "22:select 3");
    }

    @Test
    void quotesHideSemicolonsAndDoubledQuotesStayInside() {
        String script = "select 'a;''b', \"c;\"\"d\";select 2;";
        assertSplit(script, script, "0:select 'a;''b', \"c;\"\"d\"", "24:select 2");
    }

    @Test
    void onlyAnEStringTakesABackslashEscapedQuote() {
        // E'a\';b' is one string; in 'c\' and in some'\' (no E of its own) the backslash is a character.
        String script = "select E'a\\';b';select 'c\\';select some'\\';";
        assertSplit(script, script, "0:select E'a\\';b'", "16:select 'c\\'", "28:select some'\\'");
    }

    @Test
    void dollarQuotesHideSemicolonsAndAParameterOrAWordsDollarOpensNone() {
        String script = "create function f() returns int as $body$ begin; return 1; end $body$ language plpgsql;"
                + "select $1;select a$b;";
        assertSplit(script, script, "0:create function f() returns int as $body$ begin; return 1; end $body$ language plpgsql",
                "87:select $1", "97:select a$b");
    }

    @Test
    void commentsHideSemicolonsBlockCommentsNestAndLineCommentsAreKept() {
        String script = "select 1; -- a; b\n/* outer /* inner; */ still; */ select 2;";
        ScriptSplitter.Result split = ScriptSplitter.split(script);
        assertEquals(List.of("0:select 1", "50:select 2"), statements(split));
        assertEquals(List.of(new LineComment(10, 17)), split.lineComments());
    }

    @Test
    void parenthesesHideSemicolons() {
        String script = "create rule r as on insert to t do also (insert into a values (1); insert into b values (2));select 1;";
        assertSplit(script, script, "0:create rule r as on insert to t do also (insert into a values (1); insert into b values (2))",
                "93:select 1");
    }

    @Test
    void inBracketsAColonAfterAnOperandIsASliceAndAfterABracketOrCommaAVariable() {
        ScriptSplitter.Result split = ScriptSplitter.split("select a[1:n], a[:i], array[:n, :m];");
        assertEquals("select a[1:n], a[_i], array[_n, _m];", split.text());
        assertEquals(List.of(new Segment(17, 19), new Segment(28, 30), new Segment(32, 34)), split.psqlVariables());
    }

    @Test
    void aSqlStandardBodyRunsToItsEndAndATransactionsBeginDoesNot() {
        String script = "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;\n"
                + "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;\n"
                + "begin; select 1; end;";
        assertSplit(script, script,
                "0:CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END",
                "118:CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END", "183:begin", "190:select 1", "200:end");
    }

    @Test
    void aLiquibaseChangesetEndsTheStatementBeforeIt() {
        String script = "--liquibase formatted sql\n--changeset alice:1\nselect 1\n--changeset alice:2 runOnChange:true\nselect 2;\n";
        ScriptSplitter.Result split = ScriptSplitter.split(script);
        assertEquals(List.of("46:select 1", "92:select 2"), statements(split));
        assertEquals(List.of(new Changeset("alice", "1", 26, 55, false), new Changeset("alice", "2", 55, 102, true)), split.changesets());
        assertEquals(List.of(new LineComment(0, 25)), split.lineComments());
    }

    @Test
    void aChangesetsEndDelimiterOnALineOfItsOwnEndsAStatementAndIsBlanked() {
        String script = "--liquibase formatted sql\n--changeset a:1 endDelimiter:/\nselect 4\n/ 2\n/\nselect 5\n  /  \n";
        assertSplit(script, "--liquibase formatted sql\n--changeset a:1 endDelimiter:/\nselect 4\n/ 2\n \nselect 5\n     \n",
                "57:select 4\n/ 2", "72:select 5");
    }

    @Test
    void aChangesetForAnotherDatabaseIsBlanked() {
        String script = "--liquibase formatted sql\n--changeset a:1 dbms:oracle\nselect 1 from dual;\n--changeset a:2\nselect 2;\n";
        assertSplit(script, "--liquibase formatted sql\n                           \n                   \n--changeset a:2\nselect 2;\n",
                "90:select 2");
    }

    @Test
    void aMetaCommandIsBlankedToItsLineEnd() {
        assertSplit("\\set x 1\nselect 1; \\echo a;b\nselect 2;\n", "        \nselect 1;          \nselect 2;\n",
                "9:select 1", "29:select 2");
    }

    @Test
    void aGoCommandOrABackslashSemicolonEndsTheStatement() {
        assertSplit("select 1 \\gset\nselect 2 \\g out.txt\nselect 3 \\;\nselect 4",
                "select 1      \nselect 2           \nselect 3   \nselect 4",
                "0:select 1", "15:select 2", "35:select 3", "47:select 4");
    }

    @Test
    void bothBranchesOfAnIfStayAndTheConditionsAreBlanked() {
        assertSplit("\\if :first\nselect 1;\n\\else\nselect 2;\n\\endif\n", "          \nselect 1;\n     \nselect 2;\n      \n",
                "11:select 1", "27:select 2");
    }

    @Test
    void includeCommandsAreKeptWhereTheyStand() {
        ScriptSplitter.Result split = ScriptSplitter.split("\\i a.sql\nselect 1;\n\\ir 'b c.sql'\n");
        assertEquals(List.of(new PsqlInclude(0, "i", "a.sql"), new PsqlInclude(19, "ir", "b c.sql")), split.includes());
        assertEquals("        \nselect 1;\n             \n", split.text());
    }

    @Test
    void connectCommandsAreKeptWhereTheyStand() {
        ScriptSplitter.Result split = ScriptSplitter.split("\\c other\nselect 1;\n\\connect - alice\n");
        assertEquals(List.of(new PsqlConnect(0, PsqlConnect.Target.NAMED, "other", "\\c other"),
                new PsqlConnect(19, PsqlConnect.Target.SAME, null, "\\connect - alice")), split.connects());
        assertEquals(List.of("9:select 1"), statements(split));
    }

    @Test
    void theDataOfCopyFromStdinIsBlankedUpToItsTerminator() {
        assertSplit("copy t from stdin;\n1\tx;y\n\\.\nselect 1;\n", "copy t from stdin;\n     \n  \nselect 1;\n",
                "0:copy t from stdin", "28:select 1");
    }

    @Test
    void copyFromStdinWithoutATerminatorFurtherOnHasNoDataInTheScript() {
        String script = "COPY t (a) FROM pstdin;\nselect 1;\n";
        assertSplit(script, script, "0:COPY t (a) FROM pstdin", "24:select 1");
    }

    @Test
    void psqlVariablesBecomeWhatPsqlSubstitutes() {
        ScriptSplitter.Result split = ScriptSplitter.split("select :v, :'s', :\"i\", :{?b} from t where a::int = 1 and f(x := 2);");
        assertEquals("select _v,  's',  \"i\", true  from t where a::int = 1 and f(x := 2);", split.text());
        assertEquals(List.of(new Segment(7, 9)), split.psqlVariables());
        assertEquals(List.of(new Segment(7, 9)), split.psqlVariablesIn(split.segments().get(0)));
    }

    @Test
    void blankingKeepsEveryOffsetAndLineBreak() {
        assertSplit("\\set a 1\r\nselect 1;\r\ncopy t from stdin;\r\nx\r\n\\.\r\nselect 2;\r\n",
                "        \r\nselect 1;\r\ncopy t from stdin;\r\n \r\n  \r\nselect 2;\r\n",
                "10:select 1", "21:copy t from stdin", "48:select 2");
    }
}

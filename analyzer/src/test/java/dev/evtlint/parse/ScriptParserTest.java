package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private static ScriptFile parse(String text) {
        return new ScriptParser().parse(SourceFile.ofText("test.sql", text));
    }

    @Test
    void aLargeScriptParsedOnSeveralThreadsGivesWhatOneThreadGives() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3 * 1024 * 1024; i++) {
            text.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, note text DEFAULT 'x');\n")
                    .append(i % 997 == 0 ? "SELEC broken " + i + ";\n" : "SELECT count(*) FROM t" + i + " WHERE id > " + i + ";\n")
                    .append("DO $$ BEGIN PERFORM ").append(i).append("; END $$;\n");
        }
        SourceFile source = SourceFile.ofText("large.sql", text.toString());
        ScriptFile oneThread = new ScriptParser().parse(source);
        ScriptFile fourThreads = new ScriptParser(4).parse(source);
        assertTrue(oneThread.syntaxErrors().size() > 10, "the script has syntax errors spread over it");
        assertEquals(oneThread, fourThreads);
    }

    @Test
    void splitsStatementsAndKeepsTheirTags() {
        ScriptFile file = parse("CREATE ROLE a;\nSELECT 1;\nCREATE EVENT TRIGGER t ON login EXECUTE FUNCTION f();\n");
        assertEquals(List.of("CREATE ROLE", "SELECT", "CREATE EVENT TRIGGER"),
                file.statements().stream().map(Statement::commandTag).toList());
        assertEquals(List.of(), file.syntaxErrors());
    }

    @Test
    void positionsInsideDollarQuotedBodiesAreFilePositions() {
        String text = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n"
                + "  INSERT INTO t VALUES (1);\n"
                + "END $$;\n";
        ScriptFile file = parse(text);
        Statement.CreateFunction function = assertInstanceOf(Statement.CreateFunction.class, file.statements().get(0));
        Part.PlPgSqlBody body = assertInstanceOf(Part.PlPgSqlBody.class, function.body());
        PlStatement.Sql insert = assertInstanceOf(PlStatement.Sql.class, body.block().body().get(0));
        SourceRange range = insert.statement().range();
        assertEquals(3, range.startLine());
        assertEquals(3, range.startColumn());
        assertEquals("INSERT", insert.statement().commandTag());
    }

    @Test
    void positionsInsideSingleQuotedBodiesSkipDoubledQuotes() {
        String text = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS '\n"
                + "BEGIN\n"
                + "  RAISE EXCEPTION ''it''''s late'';\n"
                + "  PERFORM pg_notify(''c'', ''x'');\n"
                + "END';\n";
        ScriptFile file = parse(text);
        assertEquals(List.of(), file.syntaxErrors());
        Statement.CreateFunction function = (Statement.CreateFunction) file.statements().get(0);
        PlStatement.Block block = ((Part.PlPgSqlBody) function.body()).block();
        PlStatement.Raise raise = assertInstanceOf(PlStatement.Raise.class, block.body().get(0));
        assertEquals("it's late", raise.message().value());
        assertEquals(3, raise.range().startLine());
        PlStatement.Perform perform = assertInstanceOf(PlStatement.Perform.class, block.body().get(1));
        Expr.FunctionCall notify = AstVisitor.collect(perform, Expr.FunctionCall.class).get(0);
        assertTrue(notify.calls("pg_notify"));
        assertEquals(4, notify.range().startLine());
        assertEquals(11, notify.range().startColumn());
    }

    @Test
    void aStringContinuedOnLaterLinesIsOneLiteralWhosePositionsStayInTheFile() {
        String text = "CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN RAISE NOTICE ''a''\n"
                + "  -- a comment between the parts\n"
                + "  ''b %'', 1;'\n"
                + "  ' PERFORM 1 2; END';\n"
                + "SELECT E'x\\n'\n  '\\n';\n";
        ScriptFile file = parse(text);
        Statement.CreateFunction function = (Statement.CreateFunction) file.statements().get(0);
        PlStatement.Raise raise = (PlStatement.Raise) ((Part.PlPgSqlBody) function.body()).block().body().get(0);
        assertEquals("ab %", raise.message().value());
        assertEquals(1, file.syntaxErrors().size(), file.syntaxErrors().toString());
        assertEquals(4, file.syntaxErrors().get(0).range().startLine());
        assertEquals(15, file.syntaxErrors().get(0).range().startColumn());
        Expr.Literal continued = (Expr.Literal) ((Statement.Select) file.statements().get(1)).targets().get(0);
        assertEquals("x\n\n", continued.value(), "an escape string continues as an escape string");
    }

    @Test
    void stringsSideBySideOnOneLineAreTwoLiterals() {
        ScriptFile file = parse("SELECT 'a' 'b';\nSELECT 'a' /* c */\n 'b';\nSELECT $$a$$\n 'b';\nSELECT 'a'\n E'b';\n");
        assertEquals(List.of(1, 3, 5, 7), file.syntaxErrors().stream().map(e -> e.range().startLine()).toList());
    }

    @Test
    void columnsCountUtf16UnitsAfterCharactersOutsideTheBmp() {
        ScriptFile file = parse("SELECT '\uD83D\uDE00', x FROM t WHERE y = 1;\r\nSELECT bad bad bad;");
        Statement.Select select = (Statement.Select) file.statements().get(0);
        Expr second = select.targets().get(1);
        assertEquals(1, second.range().startLine());
        assertEquals(14, second.range().startColumn());
        assertEquals(1, file.syntaxErrors().size());
        assertEquals(2, file.syntaxErrors().get(0).range().startLine());
    }

    @Test
    void aSyntaxErrorPointsAtTheBadTokenAndTheRestIsParsed() {
        ScriptFile file = parse("SELECT 1;\nSELECT * FORM t;\nCREATE ROLE r;\n");
        assertEquals(1, file.syntaxErrors().size());
        var error = file.syntaxErrors().get(0);
        assertEquals("syntax error at or near \"FORM\"", error.message());
        assertEquals(2, error.range().startLine());
        assertEquals(10, error.range().startColumn());
        assertEquals(List.of("SELECT", "SELECT", "CREATE ROLE"),
                file.statements().stream().map(Statement::commandTag).toList());
    }

    @Test
    void plPgSqlIntoIsTakenOutOfTheSql() {
        ScriptFile file = parse("DO $$ DECLARE rec boolean; BEGIN SELECT pg_is_in_recovery() INTO rec; END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Do block = (Statement.Do) file.statements().get(0);
        PlStatement.Block body = ((Part.PlPgSqlBody) block.body()).block();
        PlStatement.Sql select = assertInstanceOf(PlStatement.Sql.class, body.body().get(0));
        assertEquals("rec", select.into().get(0).name());
        assertEquals("SELECT", select.statement().commandTag());
        assertNotNull(AstVisitor.collect(select.statement(), Expr.FunctionCall.class).get(0));
    }

    @Test
    void fieldsOfAPositionalParameterAreTargetsWhereverPlPgSqlTakesOne() {
        ScriptFile file = parse("CREATE FUNCTION f(INOUT pg_event_trigger, c refcursor) LANGUAGE plpgsql AS $$\nBEGIN\n"
                + "  SELECT evtname, evtevent INTO STRICT $1.evtname, $1.evtevent FROM pg_event_trigger;\n"
                + "  EXECUTE 'SELECT 1' INTO $1.evtowner;\n"
                + "  UPDATE t SET x = 1 RETURNING x INTO $1.evtfoid;\n"
                + "  $1.evttags[1] := 'CREATE TABLE';\n"
                + "  FOR $1.evtname, $1.evtevent IN SELECT 'a', 'b' LOOP NULL; END LOOP;\n"
                + "  FOREACH $1.evtname IN ARRAY ARRAY['a']::name[] LOOP NULL; END LOOP;\n"
                + "  GET DIAGNOSTICS $1.evtowner = ROW_COUNT;\n"
                + "END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        List<PlStatement> body = ((Part.PlPgSqlBody) ((Statement.CreateFunction) file.statements().get(0)).body()).block().body();
        PlStatement.Sql select = (PlStatement.Sql) body.get(0);
        assertEquals("[$1.evtname, $1.evtevent]", select.into().toString());
        assertTrue(select.strict());
        assertEquals(List.of(), AstVisitor.collect(select.statement(), Expr.Param.class), "the INTO clause is out of the SQL");
        assertEquals("[$1.evtowner]", ((PlStatement.Execute) body.get(1)).into().toString());
        assertEquals("[$1.evtfoid]", ((PlStatement.Sql) body.get(2)).into().toString());
        assertEquals("$1.evttags", ((PlStatement.Assign) body.get(3)).target().toString());
        assertEquals("[$1.evtname, $1.evtevent]", ((PlStatement.Loop) body.get(4)).targets().toString());
        assertEquals("[$1.evtname]", ((PlStatement.Loop) body.get(5)).targets().toString());
        assertEquals("[$1.evtowner]", ((PlStatement.GetDiagnostics) body.get(6)).targets().toString());
        PlStatement.Sql returning = (PlStatement.Sql) body.get(2);
        SourceRange target = returning.into().get(0).range();
        assertEquals(5, target.startLine());
        assertEquals(39, target.startColumn());
    }

    @Test
    void formatArgumentsThatAreConstantStringsAreReadAsFormatWritesThem() {
        ScriptFile file = parse("DO $$ BEGIN\n"
                + "  EXECUTE format('CREATE EVENT TRIGGER %I ON %s EXECUTE FUNCTION f()', 'Say \"hi\"', 'login');\n"
                + "  EXECUTE format('SELECT %L AS v', 'it''s');\n"
                + "  EXECUTE format('ALTER TABLE t RENAME TO %s', 'a b');\n"
                + "  EXECUTE format('ALTER TABLE t RENAME TO %-10s', 'a b');\n"
                + "END $$;");
        List<PlStatement> body = ((Part.PlPgSqlBody) ((Statement.Do) file.statements().get(0)).body()).block().body();
        Statement.CreateEventTrigger trigger = (Statement.CreateEventTrigger) ((PlStatement.Execute) body.get(0)).statement();
        assertEquals("Say \"hi\"", trigger.name().name(), "%I quotes the name, doubling its quotes");
        assertEquals("login", trigger.event().name(), "%s writes the text as it is");
        assertEquals("it's", AstVisitor.collect(((PlStatement.Execute) body.get(1)).statement(), Expr.Literal.class).get(0).value(),
                "%L writes a quoted literal");
        assertNotNull(((PlStatement.Execute) body.get(2)).syntaxError(), "a constant value that breaks the text is an error");
        assertEquals(null, ((PlStatement.Execute) body.get(3)).syntaxError(), "a width pads the value: it stays a free reading");
    }

    @Test
    void aForLoopOverDmlWithReturningLoopsOverThatQuery() {
        ScriptFile file = parse("DO $$ DECLARE r record; BEGIN\n"
                + "  FOR r IN DELETE FROM queue RETURNING * LOOP NULL; END LOOP;\n"
                + "  FOR r IN update queue SET n = n + 1 RETURNING n LOOP NULL; END LOOP;\n"
                + "END $$;");
        List<PlStatement> body = ((Part.PlPgSqlBody) ((Statement.Do) file.statements().get(0)).body()).block().body();
        PlStatement.Loop delete = (PlStatement.Loop) body.get(0);
        assertEquals(PlStatement.LoopKind.FOR_QUERY, delete.kind());
        assertInstanceOf(Statement.Delete.class, delete.query());
        assertInstanceOf(Statement.Update.class, ((PlStatement.Loop) body.get(1)).query());
    }

    @Test
    void aSubscriptIsNoIntoTarget() {
        ScriptFile file = parse("DO $$ BEGIN SELECT 'x' INTO $1.tags[1]; END $$;");
        assertEquals("syntax error at or near \"[\"", file.syntaxErrors().get(0).message());
    }

    @Test
    void aBeginAtomicRoutineInABodyKeepsItsOwnSemicolons() {
        ScriptFile file = parse("DO $$\nBEGIN\n"
                + "  CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;\n"
                + "  create or replace procedure p() begin atomic insert into t values (1); end;\n"
                + "  PERFORM f();\n"
                + "END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        PlStatement.Block body = ((Part.PlPgSqlBody) ((Statement.Do) file.statements().get(0)).body()).block();
        assertEquals(List.of("CREATE FUNCTION", "CREATE PROCEDURE"), body.body().stream()
                .filter(PlStatement.Sql.class::isInstance).map(s -> ((PlStatement.Sql) s).statement().commandTag()).toList());
        assertInstanceOf(PlStatement.Perform.class, body.body().get(2));
    }

    @Test
    void outsideARoutineDefinitionBeginAndCaseDoNotNest() {
        ScriptFile file = parse("DO $$ DECLARE x int; BEGIN SELECT 1 AS begin INTO x; SELECT CASE WHEN x > 0 THEN 1 END INTO x; END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        ScriptFile unterminated = parse("DO $$ BEGIN CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END $$;");
        assertEquals(1, unterminated.syntaxErrors().size(), "the routine's END is missing, as PostgreSQL says too");
    }

    @Test
    void psqlMetaCommandsAndCopyDataAreNotSql() {
        ScriptFile file = parse("\\set ON_ERROR_STOP 1\nCOPY t FROM stdin;\n1\tx\n\\.\nSELECT 2;\n");
        assertEquals(List.of(), file.syntaxErrors());
        assertEquals(List.of("COPY", "SELECT"), file.statements().stream().map(Statement::commandTag).toList());
    }

    @Test
    void copyDataRunsToTheNextTerminatorLineAndCopiesWithoutDataAreFollowedBySql() {
        ScriptFile file = parse("COPY a FROM stdin;\n1\n\\.\nCOPY b FROM stdin;\nSELECT 2;\n  \\.  \n"
                + "COPY c FROM stdin;\nSELECT 3;\nCOPY d FROM stdin;\nSELECT 4;\n");
        assertEquals(List.of(), file.syntaxErrors());
        assertEquals(List.of("COPY", "COPY", "COPY", "SELECT", "COPY", "SELECT"),
                file.statements().stream().map(Statement::commandTag).toList());
        assertEquals(List.of(8, 10), file.statements().stream().filter(s -> s.commandTag().equals("SELECT"))
                .map(s -> s.range().startLine()).toList());
    }

    @Test
    void extensionAndFlywayPlaceholdersKeepPositions() {
        ScriptFile file = parse("SELECT @extschema@.f(1), ${flyway:user}.g(2);\nSELECT 'in @x@ ${y}';\n"
                + "DO $$ BEGIN PERFORM @extschema@.h(); END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Select select = (Statement.Select) file.statements().get(0);
        Expr.FunctionCall g = (Expr.FunctionCall) select.targets().get(1);
        assertEquals("g", g.name().name());
        assertEquals(26, g.range().startColumn());
        // The tools substitute placeholders in quotes and function bodies too; evtlint's stand-ins do the same.
        Statement.Select literal = (Statement.Select) file.statements().get(1);
        assertEquals("in _x_ __y_", ((Expr.Literal) literal.targets().get(0)).value());
        Statement.Do block = (Statement.Do) file.statements().get(2);
        assertNotNull(((Part.PlPgSqlBody) block.body()).block());
    }

    @Test
    void aDollarQuoteOpeningOnABraceIsNoFlywayPlaceholder() {
        ScriptFile file = parse("SELECT $json${\"a\": 1}$json$, $${1,2}$$, $t${x}$t$, ${y};\n"
                + "DO $$ BEGIN PERFORM $m${\"b\"}$m$; END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Select select = (Statement.Select) file.statements().get(0);
        assertEquals("{\"a\": 1}", ((Expr.Literal) select.targets().get(0)).value());
        assertEquals("{1,2}", ((Expr.Literal) select.targets().get(1)).value());
        // Where no delimiter ends before it, ${name} is still Flyway's placeholder.
        assertEquals(4, select.targets().size());
        Statement.Do block = (Statement.Do) file.statements().get(1);
        assertNotNull(((Part.PlPgSqlBody) block.body()).block());
    }

    @Test
    void templatePlaceholdersOutsideLiteralsAreReadAsIdentifiersOrNothing() {
        ScriptFile file = parse("{% if x %}\nSELECT {schema}.f({0}), {{ s }}.g(), '{b}', E'\\'{d}' FROM \"{t}\";\n{# n #}"
                + "DO $$ BEGIN PERFORM {cfg.schema}.h('{e}'); END $$;");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Select select = (Statement.Select) file.statements().get(0);
        Expr.FunctionCall f = (Expr.FunctionCall) select.targets().get(0);
        assertEquals("_schema_", f.name().schema());
        assertEquals(8, f.range().startColumn());
        assertEquals("___s___", ((Expr.FunctionCall) select.targets().get(1)).name().schema());
        // Braces in string literals are data: only the template fills them in, if at all.
        assertEquals("{b}", ((Expr.Literal) select.targets().get(2)).value());
        assertEquals("'{d}", ((Expr.Literal) select.targets().get(3)).value());
        Statement.Do block = (Statement.Do) file.statements().get(1);
        assertNotNull(((Part.PlPgSqlBody) block.body()).block());
    }

    @Test
    void psqlVariablesAreReadAsWhatPsqlSubstitutes() {
        ScriptFile file = parse("\\set name 'x'\nSELECT :name, :'name', :\"name\", a[1:n], b::int FROM t WHERE :{?name};\n");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Select select = (Statement.Select) file.statements().get(0);
        assertEquals(5, select.targets().size());
        assertEquals(Expr.LiteralKind.STRING, ((Expr.Literal) select.targets().get(1)).kind());
        assertEquals(2, select.targets().get(0).range().startLine());
        assertEquals(8, select.targets().get(0).range().startColumn());
    }

    @Test
    void aPsqlVariableIsReadAsTheTokenTheGrammarNeedsThere() {
        ScriptFile file = parse("CREATE SEQUENCE s START WITH :first INCREMENT BY :step;\n"
                + "SELECT ARRAY[:n], a[:i], a[1:n] FROM :schema.t LIMIT :m;\n"
                + "CREATE FUNCTION f() RETURNS int AS :path, 'f' LANGUAGE C;\n");
        assertEquals(List.of(), file.syntaxErrors());
        Statement.Select select = assertInstanceOf(Statement.Select.class, file.statements().get(1));
        assertEquals(3, select.targets().size());
        assertEquals(List.of("CREATE SEQUENCE", "SELECT", "CREATE FUNCTION"),
                file.statements().stream().map(Statement::commandTag).toList());
    }

    @Test
    void deepNestingIsASyntaxErrorNotACrash() {
        String deep = "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ";\n"
                + "DO $$ BEGIN " + "BEGIN ".repeat(5_000) + "NULL; " + "END; ".repeat(5_000) + "END $$;\n"
                + "DO $$ BEGIN " + "IF true THEN NULL; END IF; ".repeat(2_000) + "END $$;\n"
                + "SELECT 2;\n";
        ScriptFile file = parse(deep);
        assertEquals(2, file.syntaxErrors().size());
        assertTrue(file.syntaxErrors().get(0).message().startsWith("statement nested more than"));
        assertEquals(List.of("SELECT", "DO", "DO", "SELECT"), file.statements().stream().map(Statement::commandTag).toList());
        assertInstanceOf(Statement.Select.class, file.statements().get(3));
        Statement.Do sequential = (Statement.Do) file.statements().get(2);
        assertEquals(2_000, ((Part.PlPgSqlBody) sequential.body()).block().body().size());
    }

    @Test
    void aNumberRunIntoAWordIsTrailingJunk() {
        ScriptFile file = parse("SELECT 123abc;\nSELECT 0x1F, 1e5, 1_000, .5, 0b101;\nDO $$ BEGIN FOR i IN 1..10 LOOP NULL; END LOOP; END $$;");
        assertEquals(1, file.syntaxErrors().size());
        assertEquals("trailing junk after numeric literal at or near \"123abc\"", file.syntaxErrors().get(0).message());
        assertEquals(8, file.syntaxErrors().get(0).range().startColumn());
    }
}

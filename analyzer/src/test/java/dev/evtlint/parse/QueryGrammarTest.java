package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query family of the grammar: SELECT, INSERT, UPDATE, DELETE, MERGE, EXPLAIN, expressions and types. */
class QueryGrammarTest {

    private static Statement parseOne(String text) {
        ScriptFile file = new ScriptParser().parse(SourceFile.ofText("test.sql", text));
        assertEquals(List.of(), file.syntaxErrors(), text);
        assertEquals(1, file.statements().size(), text);
        Statement statement = file.statements().get(0);
        assertFalse(statement instanceof Statement.Unparsed, () -> "not parsed: " + text);
        return statement;
    }

    /** The first target of a SELECT. */
    private static Expr target(String select) {
        Statement.Select statement = assertInstanceOf(Statement.Select.class, parseOne(select));
        return statement.targets().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EXPLAIN SELECT 1                                                                  | EXPLAIN
            EXPLAIN ANALYZE VERBOSE SELECT * FROM t                                           | EXPLAIN
            EXPLAIN (COSTS OFF, FORMAT json, ANALYZE, SETTINGS true, SERIALIZE text) SELECT 1 | EXPLAIN
            EXPLAIN (COSTS OFF) INSERT INTO t VALUES (1)                                      | EXPLAIN
            EXPLAIN (COSTS OFF) MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE    | EXPLAIN
            EXPLAIN (ANALYZE) CREATE TABLE t2 AS SELECT 1                                     | EXPLAIN
            MERGE INTO t USING s ON t.a = s.a WHEN MATCHED AND s.b > 0 THEN UPDATE SET b = s.b WHEN MATCHED THEN DO NOTHING | MERGE
            MERGE INTO t AS x USING (SELECT 1 AS a) s ON x.a = s.a WHEN NOT MATCHED BY SOURCE THEN DELETE WHEN NOT MATCHED BY TARGET THEN INSERT (a) OVERRIDING SYSTEM VALUE VALUES (s.a) | MERGE
            MERGE INTO ONLY t USING s ON true WHEN NOT MATCHED THEN INSERT DEFAULT VALUES RETURNING merge_action(), t.* | MERGE
            WITH m AS (MERGE INTO t USING s ON t.a = s.a WHEN MATCHED THEN DELETE RETURNING *) SELECT * FROM m | SELECT
            INSERT INTO t DEFAULT VALUES RETURNING WITH (OLD AS o, NEW AS n) o.*, n.*             | INSERT
            INSERT INTO t VALUES (1) ON CONFLICT (k int4_ops (fillfactor = 10)) DO NOTHING         | INSERT
            UPDATE t SET a = 1 RETURNING old.a, new.a                                              | UPDATE
            WITH RECURSIVE g(f, t) AS (SELECT 1, 2) SEARCH DEPTH FIRST BY f, t SET seq CYCLE f SET c TO true DEFAULT false USING p SELECT * FROM g | SELECT
            WITH RECURSIVE g AS (SELECT 1 AS x) CYCLE x SET c USING p SELECT * FROM g          | SELECT
            SELECT * FROM t ORDER BY a USING >, b USING OPERATOR(pg_catalog.<)                  | SELECT
            SELECT * FROM ROWS FROM (f(1) AS (a int, b text COLLATE "C"), g()) WITH ORDINALITY   | SELECT
            SELECT * FROM json_to_record('{}') AS x(out json, "in" int)                         | SELECT
            SELECT * FROM XMLTABLE(XMLNAMESPACES('http://x' AS x, DEFAULT 'http://d'), '/r' PASSING BY REF doc COLUMNS id int PATH '@id' NOT NULL, n FOR ORDINALITY, v text DEFAULT 'z') AS t | SELECT
            SELECT * FROM JSON_TABLE(js, '$[*]' AS p PASSING 1 AS v COLUMNS (id FOR ORDINALITY, a int PATH '$.a' DEFAULT 0 ON EMPTY, b jsonb FORMAT JSON WITH CONDITIONAL WRAPPER OMIT QUOTES, c bool EXISTS PATH '$.c', NESTED PATH '$.n[*]' AS n COLUMNS (d text)) ERROR ON ERROR) jt | SELECT
            """)
    void statementsParseWithTheirTag(String sql, String tag) {
        assertEquals(tag, parseOne(sql).commandTag());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            JSON_OBJECT('a' VALUE 1, KEY 'b' VALUE 2 FORMAT JSON, 'c' : 3 ABSENT ON NULL WITH UNIQUE KEYS RETURNING jsonb) | json_object
            JSON_OBJECT('{a,b}', '{1,2}')                                                         | json_object
            JSON_OBJECT(RETURNING text)                                                           | json_object
            JSON_ARRAY(1, 'a' FORMAT JSON ENCODING UTF8 NULL ON NULL RETURNING json)              | json_array
            JSON_ARRAY(SELECT x FROM t ORDER BY x RETURNING jsonb)                                | json_array
            JSON('{"a":1}' WITH UNIQUE KEYS)                                                      | json
            JSON_SCALAR(1)                                                                        | json_scalar
            JSON_SERIALIZE('{}' RETURNING bytea)                                                  | json_serialize
            JSON_QUERY(js, '$.a' PASSING 1 AS x RETURNING text WITH UNCONDITIONAL ARRAY WRAPPER KEEP QUOTES ON SCALAR STRING EMPTY OBJECT ON EMPTY ERROR ON ERROR) | json_query
            JSON_VALUE(js, '$.a' RETURNING d DEFAULT ('C' COLLATE "C") ON EMPTY)                  | json_value
            JSON_EXISTS(js, 'strict $.a' FALSE ON ERROR)                                          | json_exists
            JSON_OBJECTAGG(k : v NULL ON NULL) FILTER (WHERE k > 0) OVER (PARTITION BY g)         | json_objectagg
            JSON_ARRAYAGG(v ORDER BY v DESC ABSENT ON NULL RETURNING jsonb)                       | json_arrayagg
            XMLELEMENT(NAME foo, XMLATTRIBUTES(1 AS a, b), 'text', c)                             | xmlelement
            XMLFOREST(a, b AS bee)                                                                | xmlforest
            XMLPARSE(DOCUMENT '<a/>' PRESERVE WHITESPACE)                                         | xmlparse
            XMLSERIALIZE(CONTENT x AS text NO INDENT)                                             | xmlserialize
            XMLEXISTS('//a' PASSING BY VALUE x)                                                   | xmlexists
            XMLPI(NAME php, 'echo')                                                               | xmlpi
            XMLROOT(x, VERSION NO VALUE, STANDALONE NO VALUE)                                     | xmlroot
            XMLCONCAT(a, b)                                                                       | xmlconcat
            merge_action()                                                                        | merge_action
            """)
    void sqlStandardFunctionsAreCallsOfTheirFunction(String call, String function) {
        Expr.FunctionCall expr = assertInstanceOf(Expr.FunctionCall.class, target("SELECT " + call));
        assertEquals(function, expr.name().parts().get(0).name());
    }

    @Test
    void sqlStandardFunctionArgumentsAreItsExpressions() {
        Expr.FunctionCall call = assertInstanceOf(Expr.FunctionCall.class, target("SELECT JSON_VALUE(js, '$.a' DEFAULT 5 ON EMPTY)"));
        assertEquals(3, call.arguments().size());
        assertInstanceOf(Expr.ColumnRef.class, call.arguments().get(0));
        assertEquals("5", ((Expr.Literal) call.arguments().get(2)).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (TIME '00:00', INTERVAL '1 hour') OVERLAPS (TIME '00:30', TIME '01:30')   | OVERLAPS
            33 * ANY ('{1,2,3}')                                                        | * ANY
            'foo' NOT LIKE ALL (ARRAY['%a', '%b'])                                      | NOT LIKE ALL
            a ~ SOME (ARRAY['x'])                                                       | ~ ANY
            a OPERATOR(pg_catalog.=) ANY (b)                                             | OPERATOR(PG_CATALOG.=) ANY
            js IS JSON OBJECT WITH UNIQUE KEYS                                           | IS JSON OBJECT
            js IS NOT JSON                                                               | IS NOT JSON
            """)
    void operatorForms(String expression, String operator) {
        Expr.Operator expr = assertInstanceOf(Expr.Operator.class, target("SELECT " + expression));
        assertEquals(operator, expr.operator());
    }

    @Test
    void xmlTableIsAFunctionInFrom() {
        Statement.Select select = assertInstanceOf(Statement.Select.class,
                parseOne("SELECT * FROM LATERAL XMLTABLE('/r' PASSING d COLUMNS a int) AS x"));
        Part.FunctionTableRef table = assertInstanceOf(Part.FunctionTableRef.class, select.from().get(0));
        assertEquals("xmltable", table.functions().get(0).name().parts().get(0).name());
        assertEquals("x", table.alias().name());
    }

    @Test
    void castInFromIsAFunctionOfTheCast() {
        Statement.Select select = assertInstanceOf(Statement.Select.class, parseOne("SELECT * FROM CAST(1 AS int) AS t"));
        Part.FunctionTableRef table = assertInstanceOf(Part.FunctionTableRef.class, select.from().get(0));
        Expr.FunctionCall call = table.functions().get(0);
        assertEquals("cast", call.name().parts().get(0).name());
        assertInstanceOf(Expr.Cast.class, call.arguments().get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT DISTINCT FROM t                                    | FROM
            SELECT * FROM rank() OVER (ORDER BY random())             | ORDER
            UPDATE t AS x (a) SET a = 1                               | (
            SELECT * FROM JSON_TABLE(js, '$' + 'a' COLUMNS (a int))   | +
            """)
    void formsPostgresRejectsAreSyntaxErrors(String sql, String near) {
        ScriptFile file = new ScriptParser().parse(SourceFile.ofText("test.sql", sql));
        assertInstanceOf(Statement.Unparsed.class, file.statements().get(0));
        assertEquals("syntax error at or near \"" + near + "\"", file.syntaxErrors().get(0).message());
    }

    @Test
    void aWordThatMayEndTheExpressionEndsIt() {
        String sql = "SELECT interval '1' day";
        Expr.Literal interval = assertInstanceOf(Expr.Literal.class, target(sql));
        assertEquals(sql.length(), interval.range().endOffset());
        Expr.Operator isJson = assertInstanceOf(Expr.Operator.class, target("SELECT x IS JSON WITH UNIQUE KEYS"));
        assertEquals("IS JSON", isJson.operator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SUBSTRING(s FROM 2 FOR 3)   | substring | s, 2, 3
            SUBSTRING(s FOR 3 FROM 2)   | substring | s, 2, 3
            POSITION('b' IN s)          | strpos    | s, 'b'
            """)
    void specialFunctionsTakeTheArgumentsOfTheirFunction(String call, String function, String arguments) {
        Expr.FunctionCall expr = assertInstanceOf(Expr.FunctionCall.class, target("SELECT " + call));
        assertEquals(function, expr.name().parts().get(0).name());
        String sql = "SELECT " + call;
        assertEquals(arguments, String.join(", ", expr.arguments().stream()
                .map(a -> sql.substring(a.range().startOffset(), a.range().endOffset())).toList()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM t FOR UPDATE LIMIT 1             | 1
            SELECT * FROM t LIMIT 1 FOR SHARE FOR UPDATE   | 2
            SELECT * FROM t FOR READ ONLY                  | 0
            """)
    void rowLockingBeforeOrAfterLimit(String sql, int lockings) {
        Statement.Select select = assertInstanceOf(Statement.Select.class, parseOne(sql));
        assertEquals(lockings, select.locking().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            x::public.t.a%TYPE                  | public.t.a%type
            x::int ARRAY[3]                     | int
            x::character varying(10)[]          | character varying
            x::timestamp(3) with time zone      | timestamp with time zone
            x::interval day to second(2)        | interval day to second
            x::pg_catalog.int4                  | pg_catalog.int4
            """)
    void typeNames(String cast, String type) {
        Expr.Cast expr = assertInstanceOf(Expr.Cast.class, target("SELECT " + cast));
        assertEquals(type, expr.type().name());
    }
}

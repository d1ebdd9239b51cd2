package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schemas, search_path and overloads, resolved as PostgreSQL resolves them. */
class NameResolutionTest {
    private static final String TRIGGER_FUNCTION = "() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;\n";

    private static ProjectModel model(String... namesAndTexts) {
        return TestProjects.model(namesAndTexts);
    }

    private static FunctionDef function(ProjectModel model, String name, String... types) {
        return model.functions().stream()
                .filter(f -> f.name().equals(name) && f.argumentTypes().equals(List.of(types)))
                .findFirst().orElseThrow(() -> new AssertionError("no function " + name + List.of(types)));
    }

    /**
     * The function each call in {@code caller}'s body resolves to, as rules see it ({@link
     * ProjectModel#callees}, {@link ProjectModel#unresolvedCalls}): schema, name and argument types,
     * "?" when several fit, "-" when none.
     */
    private static List<String> calls(ProjectModel model, FunctionDef caller) {
        Map<Expr.FunctionCall, String> answers = new IdentityHashMap<>();
        model.callees(caller).forEach(site -> answers.put(site.call(),
                site.callee().schema() + "." + site.callee().name() + site.callee().argumentTypes()));
        model.unresolvedCalls(caller).forEach(call -> answers.put(call.call(), call.isAmbiguous() ? "?" : "-"));
        return AstVisitor.collect(caller.body(), Expr.FunctionCall.class).stream().map(answers::get).toList();
    }

    @Test
    void anUnqualifiedDefinitionGoesToTheFirstSchemaOfTheSearchPathTheScriptSet() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f" + TRIGGER_FUNCTION
                + "SET search_path TO audit, public;\nCREATE FUNCTION g" + TRIGGER_FUNCTION
                + "SELECT pg_catalog.set_config('search_path', 'ops', false);\nCREATE FUNCTION h" + TRIGGER_FUNCTION
                + "RESET search_path;\nCREATE FUNCTION k" + TRIGGER_FUNCTION
                + "SET search_path = \"Audit\", public;\nCREATE FUNCTION n" + TRIGGER_FUNCTION
                + "SELECT set_config('search_path', ' \"Ops\" , x', true);\nCREATE FUNCTION p" + TRIGGER_FUNCTION,
                "b.sql", "CREATE FUNCTION m" + TRIGGER_FUNCTION);
        assertNull(function(model, "f").schema());
        assertEquals("audit", function(model, "g").schema());
        assertEquals(List.of("$user, public", "audit, public", "ops", "$user, public", "Audit, public", "Ops, x", "$user, public"),
                model.executedStatements().stream().filter(e -> e.statement() instanceof Statement.CreateFunction)
                        .map(e -> model.searchPathAt(e).toString()).toList());
        assertEquals("ops", function(model, "h").schema());
        assertNull(function(model, "k").schema());
        assertEquals("Audit", function(model, "n").schema());
        assertEquals("Ops", function(model, "p").schema());
        assertNull(function(model, "m").schema(), "every script starts with the default search_path");
    }

    @Test
    void theSearchPathsOfManyStatementsAreFoundInOneIndexOfTheirPositions() {
        int count = 500;
        StringBuilder script = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            script.append("SET search_path TO s_").append(i).append(";\nCREATE FUNCTION f_").append(i).append(TRIGGER_FUNCTION);
            expected.add("s_" + i);
        }
        ProjectModel model = model("a.sql", script.toString());
        assertEquals(expected, model.executedStatements().stream().filter(e -> e.statement() instanceof Statement.CreateFunction)
                .map(e -> model.searchPathAt(e).toString()).toList());
        // A scan per question looked at count * count statements.
        assertEquals(2 * count, model.statementsIndexedForSearchPaths());
    }

    @Test
    void aTriggerExecutesTheFunctionItsSearchPathFindsFirst() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION audit.log" + TRIGGER_FUNCTION
                + "CREATE FUNCTION ops.log" + TRIGGER_FUNCTION
                + "SET search_path = ops, audit;\n"
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION log();\n"
                + "SET search_path = audit;\n"
                + "CREATE EVENT TRIGGER u ON ddl_command_end EXECUTE FUNCTION log();\n"
                + "SET search_path = '';\n"
                + "CREATE EVENT TRIGGER v ON ddl_command_end EXECUTE FUNCTION log();\n");
        assertEquals("ops", model.eventTriggers().get(0).function().schema());
        assertEquals("audit", model.eventTriggers().get(1).function().schema());
        assertNull(model.eventTriggers().get(2).function(), "a path of one empty name finds neither schema");
    }

    @Test
    void overloadsAreFunctionsOfTheirOwnAndDropFindsOneByItsArgumentTypes() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION f(a integer, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT 3';\n"
                + "CREATE OR REPLACE FUNCTION f(IN x pg_catalog.int4, OUT y int) LANGUAGE sql AS 'SELECT 4';\n"
                + "DROP FUNCTION f(text);\n");
        assertEquals(List.of(List.of("int4"), List.of("int4", "text")),
                model.functions().stream().map(FunctionDef::argumentTypes).toList());
        assertEquals(4, function(model, "f", "int4").definition().range().startLine(),
                "OR REPLACE replaced f(int), whatever the spelling of the type");
    }

    @Test
    void dropWithoutArgumentsDropsTheOnlyFunctionOfThatNameAndNothingWhenThereAreSeveral() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION g(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "DROP FUNCTION f;\nDROP FUNCTION g;\n");
        assertEquals(List.of("f", "f"), model.functions().stream().map(FunctionDef::name).toList());
    }

    @Test
    void dropCascadeOfAnotherOverloadLeavesTheTriggerAlone() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f" + TRIGGER_FUNCTION
                + "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "DROP FUNCTION f(integer) CASCADE;\n"
                + "DROP FUNCTION IF EXISTS f(text) CASCADE;\n");
        assertEquals(List.of("t"), model.eventTriggers().stream().map(EventTriggerDef::name).toList());
        assertEquals(List.of(), model.functions().get(0).argumentTypes());
        assertEquals(1, model.functions().size());
        ProjectModel dropped = model("a.sql", "CREATE FUNCTION f" + TRIGGER_FUNCTION
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n"
                + "DROP FUNCTION f CASCADE;\n");
        assertTrue(dropped.eventTriggers().isEmpty());
        assertEquals(List.of("t"), dropped.eventTriggersDroppedBy(dropped.executedStatements().get(2)).stream()
                .map(EventTriggerDef::name).toList());
    }

    @Test
    void alterFunctionChangesTheOverloadItNames() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "ALTER FUNCTION f(text) SECURITY DEFINER;\n"
                + "ALTER FUNCTION f SECURITY INVOKER;\n"
                + "ALTER FUNCTION f(text) SET search_path = pg_catalog, pg_temp;\n"
                + "ALTER FUNCTION f(integer) OWNER TO admin;\n"
                + "ALTER FUNCTION f(int) RENAME TO g;\n"
                + "ALTER FUNCTION g(int) SET SCHEMA ops;\n"
                + "ALTER FUNCTION ops.g(int) SET search_path = ops;\n"
                + "ALTER FUNCTION ops.g(int) SET work_mem = '1MB';\n"
                + "ALTER FUNCTION ops.g(int) RESET search_path;\n");
        FunctionDef text = function(model, "f", "text");
        assertTrue(text.isSecurityDefiner(), "ALTER FUNCTION f without arguments is refused: there are two");
        assertEquals("pg_catalog, pg_temp", text.bodySearchPath().toString());
        FunctionDef renamed = function(model, "g", "int4");
        assertEquals("ops", renamed.schema());
        assertEquals("admin", renamed.owner());
        assertNull(text.owner());
        assertEquals("g()", renamed.signature());
        assertEquals(List.of("work_mem"), renamed.settings().stream().map(setting -> setting.name().toString()).toList());
    }

    @Test
    void aRenamedTriggerFunctionStaysTheTriggersFunction() {
        ProjectModel model = model("V1__a.sql", "CREATE FUNCTION f" + TRIGGER_FUNCTION
                + "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n",
                "V2__b.sql", "ALTER FUNCTION f() RENAME TO g;\nCREATE FUNCTION f" + TRIGGER_FUNCTION);
        assertEquals("g", model.eventTriggers().get(0).function().name());
    }

    @Test
    void callsResolveAlongTheFunctionsOwnSearchPathWithPgCatalogFirst() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION audit.note(text) RETURNS void LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION ops.note(text) RETURNS void LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION ops.now() RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION audit.t() RETURNS event_trigger LANGUAGE plpgsql SET search_path = ops, audit AS $$\n"
                + "BEGIN PERFORM note('x'); PERFORM audit.note('y'); PERFORM other(); END $$;\n"
                + "CREATE FUNCTION audit.u() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN PERFORM note('x'); END $$;\n"
                + "ALTER FUNCTION audit.u() SET search_path TO audit;\n");
        assertEquals(List.of("ops.note[text]", "audit.note[text]", "-"), calls(model, function(model, "t")));
        assertEquals(List.of("audit.note[text]"), calls(model, function(model, "u")));
    }

    @Test
    void aCallLeftUnresolvedByTheSearchPathKnowsTheFunctionsOffThePathThatWouldTakeIt() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION util.note(text) RETURNS void LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION ops.note(int, int) RETURNS void LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION pg_temp.note(text) RETURNS void LANGUAGE sql AS 'SELECT 3';\n"
                + "CREATE FUNCTION audit.t() RETURNS event_trigger LANGUAGE plpgsql SET search_path = audit AS $$\n"
                + "BEGIN PERFORM note('x'); PERFORM other.note('x'); END $$;\n");
        List<ProjectModel.UnresolvedCall> unresolved = model.unresolvedCalls(function(model, "t"));
        assertEquals(List.of(List.of("util"), List.of()),
                unresolved.stream().map(call -> call.offPath().stream().map(FunctionDef::schema).toList()).toList());
    }

    @Test
    void functionsInPgTempAreNeverFoundByAnUnqualifiedCall() {
        ProjectModel model = model("a.sql", "SET search_path = pg_temp, audit;\n"
                + "CREATE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION audit.helper() RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION audit.t() RETURNS event_trigger LANGUAGE plpgsql SET search_path = pg_temp, audit AS $$\n"
                + "BEGIN PERFORM helper(); PERFORM pg_temp.helper(); END $$;\n");
        assertEquals("pg_temp", model.functions().get(0).schema());
        assertEquals(List.of("audit.helper[]", "pg_temp.helper[]"), calls(model, function(model, "t")));
    }

    @Test
    void callNamesProceduresAndOtherCallsNameFunctions() {
        ProjectModel model = model("a.sql", "CREATE PROCEDURE p(int) LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION p(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION t() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN CALL p(x); PERFORM p(x); END $$;\n");
        assertEquals(List.of("null.p[int4]", "null.p[text]"), calls(model, function(model, "t")));
    }

    @Test
    void overloadedCallsResolveByCountAndLiteralTypesAndSaySoWhenAmbiguous() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION f(int, int) RETURNS int LANGUAGE sql AS 'SELECT 3';\n"
                + "CREATE FUNCTION g(bigint) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION g(numeric) RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE FUNCTION h(VARIADIC int[]) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION t(a text) RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "DECLARE v int; w character varying(10); r record;\n"
                + "BEGIN PERFORM f(1); PERFORM f(1, 2); PERFORM f('a'::text); PERFORM f(v); PERFORM f(1.5);\n"
                + "PERFORM g(1); PERFORM g(1::bigint); PERFORM h(1, 2, 3); PERFORM f(a); PERFORM f(w); PERFORM f(r.x);\n"
                + "END $$;\n");
        assertEquals(List.of("null.f[int4]", "null.f[int4, int4]", "null.f[text]", "null.f[int4]", "-", "?",
                "null.g[int8]", "null.h[int4[]]", "null.f[text]", "null.f[text]", "?"), calls(model, function(model, "t", "text")));
        List<ProjectModel.UnresolvedCall> ambiguous = model.unresolvedCalls(function(model, "t", "text")).stream()
                .filter(ProjectModel.UnresolvedCall::isAmbiguous).toList();
        assertEquals(List.of(List.of("int8"), List.of("numeric")),
                ambiguous.get(0).candidates().stream().map(FunctionDef::argumentTypes).toList());
        assertEquals(2, ambiguous.size());
    }

    /**
     * Calls that need an implicit cast, resolved as PostgreSQL 18.1 resolved the same calls (each
     * function returning its own signature, called from a DO block with these variables): "?" where
     * the server said "is not unique", "-" where it said "does not exist".
     */
    @Test
    void callsResolveWithImplicitCastsPreferredTypesAndStringLiteralsAsPostgresqlDoes() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION n(x name) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION b(x bigint) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION num(x numeric) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION s(x text) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION p(x float8) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION p(x numeric) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION u(x text) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION u(x int) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION v(x int) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION v(x bigint) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION w(x int, y int) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION w(x bigint, y bigint) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION nt(x name) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION nt(x text) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION d(x timestamptz) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION d(x timestamp) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION t() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "DECLARE t text; i int; vc varchar(10); nm name; dt date;\n"
                + "BEGIN PERFORM n(t); PERFORM b(i); PERFORM num(i); PERFORM s(vc); PERFORM p(i); PERFORM p('1');\n"
                + "PERFORM u('1'); PERFORM v('1'); PERFORM v(i); PERFORM v(i::int2); PERFORM v(3000000000); PERFORM v(1.5);\n"
                + "PERFORM w(i, '1'); PERFORM nt(vc); PERFORM nt(nm); PERFORM d(dt); PERFORM nt('a'); PERFORM n(vc);\n"
                + "END $$;\n");
        assertEquals(List.of("null.n[name]", "null.b[int8]", "null.num[numeric]", "null.s[text]", "null.p[float8]",
                "null.p[float8]", "null.u[text]", "?", "null.v[int4]", "?", "null.v[int8]", "-",
                "null.w[int4, int4]", "null.nt[text]", "null.nt[name]", "null.d[timestamptz]", "null.nt[text]",
                "null.n[name]"), calls(model, function(model, "t")));
    }

    /** Resolved as PostgreSQL 18.1 resolved the same calls from a DO block with these variables. */
    @Test
    void arraysCastElementwiseAndPolymorphicParametersTakeWhatTheirKindAllows() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION poly(x anyelement) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION arr(x bigint[]) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION any_arr(x anyarray) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION txt(x text[]) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION t() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "DECLARE i int; ia int[];\n"
                + "BEGIN PERFORM poly(i); PERFORM arr(ia); PERFORM any_arr(ia); PERFORM any_arr(i); PERFORM txt(ia); END $$;\n");
        assertEquals(List.of("null.poly[anyelement]", "null.arr[int8[]]", "null.any_arr[anyarray]", "-", "-"),
                calls(model, function(model, "t")));
    }

    @Test
    void argumentsByNameOrWithVariadicAreMatchedByTheirCountAlone() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION f(p_count int, p_level text) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION h(VARIADIC parts int[]) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION t() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN PERFORM f(p_level => 'info', p_count => 1); PERFORM f(1, p_level := 'x');\n"
                + "PERFORM h(VARIADIC ARRAY[1, 2]); PERFORM f('info', 1); END $$;\n");
        assertEquals(List.of("null.f[int4, text]", "null.f[int4, text]", "null.h[int4[]]", "-"),
                calls(model, function(model, "t")), "by position, 1 cannot pass for a text without a cast");
    }

    @Test
    void everyCallThatResolvesToNoFunctionOfTheProjectIsListedAsUnresolved() {
        ProjectModel model = model("a.sql", "CREATE FUNCTION v(x int) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION v(x bigint) RETURNS text LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION t() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
                + "BEGIN PERFORM v(1); PERFORM v('1'); PERFORM v(1.5); PERFORM missing(); PERFORM now(); END $$;\n");
        assertEquals(List.of("v('1') 2", "v(1.5) 0", "missing() 0", "now() 0"),
                model.unresolvedCalls(function(model, "t")).stream()
                        .map(u -> u.call().name() + "(" + u.call().arguments().stream()
                                .map(a -> ((Expr.Literal) a).kind() == Expr.LiteralKind.STRING ? "'" + ((Expr.Literal) a).value() + "'"
                                        : ((Expr.Literal) a).value()).reduce((x, y) -> x + ", " + y).orElse("") + ") "
                                + u.candidates().size()).toList());
    }

    /**
     * A later CREATE meets the first function of its name and input types, in order of definition,
     * in its schema or in none: an unqualified definition meets any schema's (Replay's index of
     * first definitions, which replaced a scan of all functions per definition).
     */
    @Test
    void aRedefinitionReplacesTheFirstFunctionOfItsNameTypesAndSchema() {
        String body = " RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%s'; END $$;\n";
        ProjectModel model = model("a.sql", "CREATE FUNCTION s1.f()" + body.formatted("s1")
                + "CREATE FUNCTION s2.f()" + body.formatted("s2")
                + "CREATE FUNCTION f(int)" + body.formatted("unqualified int")
                + "CREATE OR REPLACE FUNCTION s2.f()" + body.formatted("s2 again")
                + "CREATE OR REPLACE FUNCTION s3.f(int)" + body.formatted("meets the unqualified f(int)")
                + "CREATE OR REPLACE FUNCTION f()" + body.formatted("meets s1.f, the first"));
        assertEquals(List.of("null.f[] meets s1.f, the first", "s2.f[] s2 again", "s3.f[int4] meets the unqualified f(int)"),
                model.functions().stream().map(f -> f.schema() + "." + f.name() + f.argumentTypes() + " "
                        + AstVisitor.collect(f.body(), Expr.Literal.class).get(0).value()).toList());
    }
}

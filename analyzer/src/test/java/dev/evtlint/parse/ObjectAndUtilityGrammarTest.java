package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The object DDL, privilege, DROP and utility statements of the grammar (SqlObjectDdl, SqlCatalogDdl,
 * SqlUtility): each form parses without a syntax error, with PostgreSQL's command tag.
 */
class ObjectAndUtilityGrammarTest {

    private static Statement parseOne(String sql) {
        ScriptFile file = new ScriptParser().parse(SourceFile.ofText("test.sql", sql + ";\n"));
        assertEquals(List.of(), file.syntaxErrors(), sql);
        assertEquals(1, file.statements().size(), sql);
        Statement statement = file.statements().get(0);
        assertFalse(statement instanceof Statement.Unparsed, () -> "not parsed: " + sql);
        return statement;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // aggregates, operators, operator classes
        "CREATE AGGREGATE sum2(int4) (sfunc = int4pl, stype = int4, initcond = '0')|CREATE AGGREGATE",
        "CREATE OR REPLACE AGGREGATE pct(float8 ORDER BY anyelement) (sfunc = ordered_set_transition, stype = internal, finalfunc_extra)|CREATE AGGREGATE",
        "CREATE AGGREGATE newcnt(*) (sfunc = int8inc, stype = int8, parallel = safe)|CREATE AGGREGATE",
        "CREATE AGGREGATE oldcnt (basetype = 'ANY', sfunc = int8inc, stype = int8, initcond = '0')|CREATE AGGREGATE",
        "ALTER AGGREGATE newcnt(*) RENAME TO newcnt2|ALTER AGGREGATE",
        "CREATE OPERATOR ## (leftarg = path, rightarg = path, function = path_inter, commutator = ##)|CREATE OPERATOR",
        "CREATE OPERATOR === (procedure = int4eq, negator = OPERATOR(pg_catalog.<>), restrict = eqsel, hashes)|CREATE OPERATOR",
        "ALTER OPERATOR === (int4, int4) SET (restrict = NONE, join = eqjoinsel)|ALTER OPERATOR",
        "ALTER OPERATOR @+@ (NONE, int4) OWNER TO CURRENT_USER|ALTER OPERATOR",
        "CREATE OPERATOR CLASS c DEFAULT FOR TYPE int4 USING btree FAMILY f AS OPERATOR 1 < (int4, int4), FUNCTION 1 (int4, int4) btint4cmp(int4, int4), STORAGE int4|CREATE OPERATOR CLASS",
        "CREATE OPERATOR FAMILY f USING gist|CREATE OPERATOR FAMILY",
        "ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 3 = (int4, int4) FOR ORDER BY int_ops, FUNCTION 2 f2(int4)|ALTER OPERATOR FAMILY",
        "ALTER OPERATOR FAMILY f USING btree DROP OPERATOR 1 (int4, int4), FUNCTION 1 (int4, int4)|ALTER OPERATOR FAMILY",
        "ALTER OPERATOR CLASS c USING hash SET SCHEMA s|ALTER OPERATOR CLASS",
        // types, domains, collations, conversions, casts, transforms, text search
        "CREATE TYPE shell|CREATE TYPE",
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')|CREATE TYPE",
        "CREATE TYPE comp AS (a int, b text COLLATE \"C\")|CREATE TYPE",
        "CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi)|CREATE TYPE",
        "CREATE TYPE box2 (input = box_in, output = box_out, internallength = 16, alignment = double, like = box)|CREATE TYPE",
        "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok'|ALTER TYPE",
        "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'|ALTER TYPE",
        "ALTER TYPE comp ADD ATTRIBUTE c int, DROP ATTRIBUTE IF EXISTS a CASCADE, ALTER ATTRIBUTE b SET DATA TYPE varchar(10)|ALTER TYPE",
        "ALTER TYPE comp RENAME ATTRIBUTE b TO bb|ALTER TYPE",
        "ALTER TYPE box2 SET (send = box_send, receive = NONE)|ALTER TYPE",
        "CREATE DOMAIN pos AS int CONSTRAINT p CHECK (VALUE > 0) NOT NULL DEFAULT 1 COLLATE \"C\"|CREATE DOMAIN",
        "ALTER DOMAIN pos ADD CONSTRAINT q CHECK (VALUE < 10) NOT VALID|ALTER DOMAIN",
        "ALTER DOMAIN pos DROP CONSTRAINT IF EXISTS q RESTRICT|ALTER DOMAIN",
        "ALTER DOMAIN pos SET DEFAULT 2|ALTER DOMAIN",
        "CREATE COLLATION IF NOT EXISTS c1 (provider = icu, locale = 'und', deterministic = false)|CREATE COLLATION",
        "CREATE COLLATION c2 FROM \"C\"|CREATE COLLATION",
        "ALTER COLLATION c1 REFRESH VERSION|ALTER COLLATION",
        "CREATE DEFAULT CONVERSION conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8|CREATE CONVERSION",
        "CREATE CAST (int4 AS mood) WITH FUNCTION f(int4) AS ASSIGNMENT|CREATE CAST",
        "CREATE CAST (text AS mood) WITH INOUT AS IMPLICIT|CREATE CAST",
        "CREATE TRANSFORM FOR hstore LANGUAGE plperl (FROM SQL WITH FUNCTION h2p(internal), TO SQL WITH FUNCTION p2h(internal))|CREATE TRANSFORM",
        "CREATE TEXT SEARCH DICTIONARY d (template = simple, stopwords = english)|CREATE TEXT SEARCH DICTIONARY",
        "ALTER TEXT SEARCH CONFIGURATION cfg ALTER MAPPING FOR word, asciiword WITH d, simple|ALTER TEXT SEARCH CONFIGURATION",
        "ALTER TEXT SEARCH CONFIGURATION cfg DROP MAPPING IF EXISTS FOR word|ALTER TEXT SEARCH CONFIGURATION",
        // languages, extensions, schemas, databases, tablespaces, foreign data, replication
        "CREATE OR REPLACE TRUSTED PROCEDURAL LANGUAGE pl HANDLER h INLINE i VALIDATOR v|CREATE LANGUAGE",
        "CREATE ACCESS METHOD am TYPE INDEX HANDLER bthandler|CREATE ACCESS METHOD",
        "CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA s VERSION '1.4' CASCADE|CREATE EXTENSION",
        "ALTER EXTENSION hstore UPDATE TO '1.5'|ALTER EXTENSION",
        "ALTER EXTENSION hstore ADD FUNCTION f(int)|ALTER EXTENSION",
        "ALTER EXTENSION hstore DROP OPERATOR CLASS c USING btree|ALTER EXTENSION",
        "CREATE SCHEMA IF NOT EXISTS AUTHORIZATION CURRENT_ROLE|CREATE SCHEMA",
        "CREATE SCHEMA s CREATE TABLE t (a int) GRANT SELECT ON t TO PUBLIC|CREATE SCHEMA",
        "ALTER SCHEMA s RENAME TO s2|ALTER SCHEMA",
        "CREATE DATABASE db WITH OWNER = r TEMPLATE template0 ENCODING 'UTF8' CONNECTION LIMIT = -1 IS_TEMPLATE true|CREATE DATABASE",
        "ALTER DATABASE db SET search_path TO s, public|ALTER DATABASE",
        "ALTER DATABASE db RESET ALL|ALTER DATABASE",
        "CREATE TABLESPACE ts OWNER r LOCATION '/tmp' WITH (random_page_cost = 3)|CREATE TABLESPACE",
        "ALTER TABLESPACE ts RESET (random_page_cost)|ALTER TABLESPACE",
        "CREATE FOREIGN DATA WRAPPER w HANDLER h NO VALIDATOR OPTIONS (debug 'true')|CREATE FOREIGN DATA WRAPPER",
        "ALTER FOREIGN DATA WRAPPER w OPTIONS (ADD a '1', SET debug 'false', DROP b)|ALTER FOREIGN DATA WRAPPER",
        "CREATE SERVER IF NOT EXISTS srv TYPE 'pg' VERSION '18' FOREIGN DATA WRAPPER w OPTIONS (host 'h')|CREATE SERVER",
        "ALTER SERVER srv VERSION NULL OPTIONS (DROP host)|ALTER SERVER",
        "CREATE USER MAPPING FOR CURRENT_USER SERVER srv OPTIONS (user 'u')|CREATE USER MAPPING",
        "ALTER USER MAPPING FOR USER SERVER srv OPTIONS (SET user 'v')|ALTER USER MAPPING",
        "CREATE PUBLICATION p FOR TABLE t1 (a, b) WHERE (a > 1), ONLY t2, TABLES IN SCHEMA s, CURRENT_SCHEMA WITH (publish = 'insert')|CREATE PUBLICATION",
        "CREATE PUBLICATION p FOR ALL TABLES|CREATE PUBLICATION",
        "ALTER PUBLICATION p ADD TABLES IN SCHEMA CURRENT_SCHEMA|ALTER PUBLICATION",
        "ALTER PUBLICATION p SET (publish_via_partition_root = true)|ALTER PUBLICATION",
        "CREATE SUBSCRIPTION sub CONNECTION 'dbname=x' PUBLICATION p1, p2 WITH (connect = false)|CREATE SUBSCRIPTION",
        "ALTER SUBSCRIPTION sub SKIP (lsn = '0/12345')|ALTER SUBSCRIPTION",
        "ALTER SUBSCRIPTION sub REFRESH PUBLICATION WITH (copy_data = false)|ALTER SUBSCRIPTION",
        // roles and privileges
        "CREATE USER u WITH SUPERUSER CREATEDB PASSWORD NULL VALID UNTIL 'infinity' IN ROLE a, b ADMIN c|CREATE ROLE",
        "ALTER ROLE ALL IN DATABASE db SET work_mem FROM CURRENT|ALTER ROLE",
        "ALTER USER u RESET ALL|ALTER ROLE",
        "ALTER GROUP g ADD USER u1, u2|ALTER ROLE",
        "ALTER ROLE u NOLOGIN CONNECTION LIMIT 3|ALTER ROLE",
        "GRANT ALTER SYSTEM, SET ON PARAMETER work_mem, plpgsql.extra_warnings TO u|GRANT",
        "GRANT SELECT (a, b), UPDATE (a) ON TABLE t TO u WITH GRANT OPTION GRANTED BY CURRENT_ROLE|GRANT",
        "REVOKE ALL ON LARGE OBJECT 42, 43 FROM PUBLIC CASCADE|REVOKE",
        "GRANT r TO u WITH ADMIN OPTION, INHERIT FALSE, SET TRUE GRANTED BY v|GRANT ROLE",
        "ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s GRANT SELECT ON TABLES TO u|ALTER DEFAULT PRIVILEGES",
        "ALTER DEFAULT PRIVILEGES REVOKE GRANT OPTION FOR EXECUTE ON FUNCTIONS FROM PUBLIC RESTRICT|ALTER DEFAULT PRIVILEGES",
        "REASSIGN OWNED BY a, CURRENT_USER TO b|REASSIGN OWNED",
        "DROP OWNED BY a CASCADE|DROP OWNED",
        "ALTER TRIGGER trg ON s.t RENAME TO trg2|ALTER TRIGGER",
        "ALTER TRIGGER trg ON t NO DEPENDS ON EXTENSION e|ALTER TRIGGER",
        "ALTER RULE r ON t RENAME TO \"_RETURN\"|ALTER RULE",
        "ALTER FUNCTION f(int) RESET TIME ZONE SET search_path TO DEFAULT|ALTER FUNCTION",
        // DROP of the objects without names of their own
        "DROP CAST IF EXISTS (int4 AS mood) CASCADE|DROP CAST",
        "DROP TRANSFORM FOR hstore LANGUAGE plperl|DROP TRANSFORM",
        "DROP USER MAPPING IF EXISTS FOR PUBLIC SERVER srv|DROP USER MAPPING",
        // session, transactions, cursors, prepared statements
        "SET CONSTRAINTS ALL DEFERRED|SET",
        "SET CONSTRAINTS s.c1, c2 IMMEDIATE|SET",
        "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'|SET",
        "SET TIME ZONE INTERVAL '-08:00' HOUR TO MINUTE|SET",
        "SET LOCAL search_path FROM CURRENT|SET",
        "SET XML OPTION DOCUMENT|SET",
        "RESET TRANSACTION ISOLATION LEVEL|RESET",
        "SHOW TRANSACTION ISOLATION LEVEL|SHOW",
        "SHOW ALL|SHOW",
        "ALTER SYSTEM SET wal_level = replica|ALTER SYSTEM",
        "ALTER SYSTEM RESET ALL|ALTER SYSTEM",
        "PREPARE TRANSACTION 'tx1'|PREPARE TRANSACTION",
        "COMMIT PREPARED 'tx1'|COMMIT PREPARED",
        "ROLLBACK PREPARED 'tx1'|ROLLBACK PREPARED",
        "DECLARE c NO SCROLL BINARY CURSOR WITH HOLD FOR SELECT 1|DECLARE CURSOR",
        "FETCH BACKWARD ALL FROM c|FETCH",
        "FETCH ABSOLUTE -2 IN c|FETCH",
        "FETCH c|FETCH",
        "MOVE FORWARD 3 c|MOVE",
        "CLOSE ALL|CLOSE CURSOR",
        "PREPARE q (int, text) AS INSERT INTO t VALUES ($1, $2)|PREPARE",
        "EXECUTE q (1, 'a')|EXECUTE",
        "DEALLOCATE PREPARE q|DEALLOCATE",
        "LOAD 'plpgsql'|LOAD",
        "DISCARD TEMP|DISCARD TEMP",
        "CHECKPOINT|CHECKPOINT",
    })
    void parsesWithItsCommandTag(String sql, String tag) {
        assertEquals(tag, parseOne(sql).commandTag(), sql);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DROP OPERATOR === (int4)",
        "CREATE SCHEMA IF NOT EXISTS s CREATE TABLE t (a int)",
        "CREATE PUBLICATION p FOR CURRENT_SCHEMA",
        "CREATE PUBLICATION p FOR TABLE t, CURRENT_SCHEMA",
        "CREATE PUBLICATION p FOR TABLES IN SCHEMA s, t WHERE (a = 1)",
        "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0) NOT ENFORCED",
        "ALTER DOMAIN d ADD NOT NULL NOT VALID",
    })
    void rejectsWhatPostgreSqlsGrammarRejects(String sql) {
        ScriptFile file = new ScriptParser().parse(SourceFile.ofText("test.sql", sql + ";\n"));
        assertInstanceOf(Statement.Unparsed.class, file.statements().get(0), sql);
    }

    @Test
    void dropsOfNamedObjectsKeepTheirKindAndNames() {
        Statement.DropObject aggregate = assertInstanceOf(Statement.DropObject.class,
                parseOne("DROP AGGREGATE IF EXISTS s.agg(int4), agg2(*) CASCADE"));
        assertEquals("AGGREGATE", aggregate.objectKind());
        assertTrue(aggregate.ifExists());
        assertTrue(aggregate.cascade());
        assertEquals(List.of("s.agg", "agg2"), aggregate.names().stream().map(Object::toString).toList());

        Statement.DropObject operator = assertInstanceOf(Statement.DropObject.class, parseOne("DROP OPERATOR +(int, int), ~(NONE, bit)"));
        assertEquals("OPERATOR", operator.objectKind());
        assertEquals(2, operator.names().size());

        Statement.DropObject trigger = assertInstanceOf(Statement.DropObject.class, parseOne("DROP TRIGGER IF EXISTS trg ON s.t"));
        assertEquals("DROP TRIGGER", trigger.commandTag());
        assertEquals("s.t.trg", trigger.names().get(0).toString());

        Statement.DropObject language = assertInstanceOf(Statement.DropObject.class, parseOne("DROP PROCEDURAL LANGUAGE pl RESTRICT"));
        assertEquals("DROP LANGUAGE", language.commandTag());
        assertFalse(language.cascade());

        assertEquals("DROP INDEX", parseOne("DROP INDEX CONCURRENTLY IF EXISTS i1").commandTag());
        Statement.DropObject type = assertInstanceOf(Statement.DropObject.class, parseOne("DROP TYPE IF EXISTS s.mood, \"Comp\" CASCADE"));
        assertEquals("DROP TYPE", type.commandTag());
        assertEquals(2, type.names().get(0).parts().size());
        assertEquals("Comp", type.names().get(1).toString());
        assertEquals("DROP ROLE", parseOne("DROP USER IF EXISTS u1, u2").commandTag());
        assertEquals("DROP TEXT SEARCH CONFIGURATION", parseOne("DROP TEXT SEARCH CONFIGURATION s.cfg").commandTag());
        assertEquals("DROP DATABASE", parseOne("DROP DATABASE IF EXISTS db WITH (FORCE)").commandTag());
    }

    @Test
    void setFormsNameTheirParameter() {
        Statement.SetConfig fromCurrent = assertInstanceOf(Statement.SetConfig.class, parseOne("SET search_path FROM CURRENT"));
        assertEquals("search_path", fromCurrent.parameter());
        assertEquals(List.of(), fromCurrent.values());
        Statement.SetConfig xml = assertInstanceOf(Statement.SetConfig.class, parseOne("SET XML OPTION CONTENT"));
        assertEquals("xmloption", xml.parameter());
        Statement.SetConfig reset = assertInstanceOf(Statement.SetConfig.class, parseOne("RESET ROLE"));
        assertTrue(reset.reset());
        assertEquals("role", reset.parameter());
    }

    @Test
    void functionSetClausesTakeEverySetForm() {
        Statement.CreateFunction function = assertInstanceOf(Statement.CreateFunction.class,
                parseOne("CREATE FUNCTION f() RETURNS int LANGUAGE sql SET TIME ZONE 'UTC' SET search_path = s, public "
                        + "SET work_mem FROM CURRENT AS 'SELECT 1'"));
        assertEquals(List.of("timezone", "search_path", "work_mem"),
                function.settings().stream().map(setting -> setting.name().toString()).toList());
        assertEquals(2, function.settings().get(1).values().size());
        assertTrue(function.settings().get(2).fromCurrent());
    }

    @Test
    void sqlStandardBodiesTakeEmptyStatementsAndReturn() {
        Statement.CreateFunction function = assertInstanceOf(Statement.CreateFunction.class,
                parseOne("CREATE FUNCTION f() RETURNS boolean BEGIN ATOMIC ;; SELECT 1; RETURN false;; END"));
        Part.SqlStandardBody body = assertInstanceOf(Part.SqlStandardBody.class, function.body());
        assertEquals(2, body.statements().size());
        assertEquals("SELECT", body.statements().get(1).commandTag());
    }

    @Test
    void createRoleNamesTheRoleAndParametersKeepTheirModes() {
        Statement.RoleStatement role = assertInstanceOf(Statement.RoleStatement.class, parseOne("CREATE ROLE \"Admin\" WITH LOGIN"));
        assertEquals("Admin", role.role().name());
        Statement.CreateFunction function = assertInstanceOf(Statement.CreateFunction.class,
                parseOne("CREATE FUNCTION f(IN OUT a int, b text DEFAULT 'x') RETURNS int LANGUAGE sql AS 'SELECT 1'"));
        assertEquals("INOUT", function.parameters().get(0).mode());
        assertEquals("b", function.parameters().get(1).name().name());
        assertNull(function.parameters().get(0).defaultValue());
    }

    @Test
    void eventTriggersStayAsStrictAsPostgreSql() {
        for (String invalid : List.of(
                "CREATE OR REPLACE EVENT TRIGGER t ON ddl_command_start EXECUTE FUNCTION f()",
                "CREATE EVENT TRIGGER s.t ON ddl_command_start EXECUTE FUNCTION f()",
                "CREATE EVENT TRIGGER t ON ddl_command_start EXECUTE FUNCTION f(1)")) {
            ScriptFile file = new ScriptParser().parse(SourceFile.ofText("test.sql", invalid + ";\n"));
            assertEquals(1, file.syntaxErrors().size(), invalid);
        }
    }

    @Test
    void eventTriggersKeepTheWhenKeywordAndTheirFilters() {
        Statement.CreateEventTrigger trigger = assertInstanceOf(Statement.CreateEventTrigger.class,
                parseOne("CREATE EVENT TRIGGER t ON sql_drop\n  when tag IN ('DROP TABLE') AND \"TAG\" IN ('x') EXECUTE FUNCTION f()"));
        assertEquals(2, trigger.when().startLine());
        assertEquals(3, trigger.when().startColumn());
        assertEquals(4, trigger.when().endOffset() - trigger.when().startOffset());
        assertEquals(List.of("tag", "TAG"), trigger.filters().stream().map(f -> f.variable().name()).toList());
        assertNull(assertInstanceOf(Statement.CreateEventTrigger.class,
                parseOne("CREATE EVENT TRIGGER t ON login EXECUTE FUNCTION f()")).when());
    }
}

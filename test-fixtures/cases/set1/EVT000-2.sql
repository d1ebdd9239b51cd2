-- fixture: rules=EVT000 pg=18
-- verify: creation
-- Near-miss: valid but unusual syntax. Nested dollar quotes with tags, E'' escapes, U&'' and
-- quoted identifiers, nested block comments, a $$ inside a comment, ALTER ... ENABLE ALWAYS.
/* setup /* nested */ still a comment */
CREATE TABLE "Ddl Log" ("Tag" text, note text);

CREATE OR REPLACE FUNCTION "public"."Log_Ddl"() RETURNS event_trigger
LANGUAGE plpgsql AS $outer$
DECLARE
    q text := $q$INSERT INTO "Ddl Log" VALUES ($1, $2)$q$; -- a $$ in a comment
BEGIN
    EXECUTE q USING tg_tag, E'it\'s a \\ test';
    EXECUTE format($f$COMMENT ON TABLE %I IS %L$f$, 'Ddl Log', U&'caf\00E9');
    <<done>>
    BEGIN
        EXIT done WHEN tg_tag = 'COMMENT';
    END;
END
$outer$;

CREATE EVENT TRIGGER "Log_Ddl" ON ddl_command_end WHEN TAG IN (E'CREATE TABLE', U&'DROP TABLE')
    EXECUTE FUNCTION "public"."Log_Ddl"();
ALTER EVENT TRIGGER "Log_Ddl" ENABLE ALWAYS;

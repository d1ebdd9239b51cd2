-- fixture: rules=EVT000 pg=18
-- No verify line: a syntax claim, judged by PostgreSQL's parser (the list needs parentheses:
-- WHEN TAG IN ( string_list )).
CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
-- expect: EVT000
CREATE EVENT TRIGGER t ON ddl_command_end WHEN TAG IN 'CREATE TABLE' EXECUTE FUNCTION f();
CREATE EVENT TRIGGER t2 ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION f();

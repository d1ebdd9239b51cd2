-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe_408 (id int)
-- Near-miss: the whole statement comes from a placeholder or a variable: nothing static to parse.
CREATE TABLE todo (sql text);
INSERT INTO todo VALUES ('SELECT 1');

CREATE OR REPLACE FUNCTION run_todo() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    stmt text;
BEGIN
    FOR stmt IN SELECT sql FROM todo LOOP
        EXECUTE format('%s', stmt);
        EXECUTE stmt;
    END LOOP;
END $$;

CREATE EVENT TRIGGER run_todo ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION run_todo();

-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- TG_OP does not exist in an event trigger: compiled, then fails at the first firing (fact 4).
CREATE TABLE ddl_ops (op text, tag text);

CREATE OR REPLACE FUNCTION log_ops() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_ops VALUES (TG_OP, TG_TAG); -- expect: EVT405
END $$;

CREATE EVENT TRIGGER log_ops ON ddl_command_end EXECUTE FUNCTION log_ops();

-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Near-miss: the trigger goes first, then the function; a second function of the same name with
-- an argument is a different function.
CREATE SCHEMA IF NOT EXISTS ops;
CREATE OR REPLACE FUNCTION ops.ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE OR REPLACE FUNCTION ops.ddl_audit(p_tag text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', p_tag;
END $$;
CREATE EVENT TRIGGER ops_ddl_audit ON ddl_command_end EXECUTE FUNCTION ops.ddl_audit();

DROP FUNCTION ops.ddl_audit(text);
DROP EVENT TRIGGER ops_ddl_audit;
DROP FUNCTION ops.ddl_audit();

-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- Hazard: a custom setting read without missing_ok raises in every session that did not set it.
CREATE TABLE change_log (deployer text, tag text);

CREATE FUNCTION log_deployer() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    who text;
BEGIN
    -- expect: EVT407
    who := current_setting('app.deployer');
    INSERT INTO change_log VALUES (who, tg_tag);
END $$;

CREATE EVENT TRIGGER log_deployer ON ddl_command_end EXECUTE FUNCTION log_deployer();

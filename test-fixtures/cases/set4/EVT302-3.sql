-- fixture: rules=EVT302 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Hazard: upper case sorts before lower case (facts 3): "Audit_Log" fires before archive_ddl.
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE FUNCTION step() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;

CREATE EVENT TRIGGER archive_ddl ON ddl_command_start EXECUTE FUNCTION step();
-- expect: EVT302 "Audit_Log, archive_ddl"
CREATE EVENT TRIGGER "Audit_Log" ON ddl_command_start EXECUTE FUNCTION step();

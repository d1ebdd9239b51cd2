-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE probe_t DROP COLUMN c
-- Hazard: audit_capture reads the audit.actor setting that set_actor sets, but "audit_capture"
-- fires first (a < s), so the first command of each session is captured without an actor.
SET event_triggers = off;
CREATE TABLE probe_t (a int, c int);
CREATE TABLE ddl_audit (actor text, tag text);

CREATE FUNCTION audit_capture() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_audit VALUES (current_setting('audit.actor', true), tg_tag);
END $$;

CREATE FUNCTION set_actor() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('audit.actor', session_user || '@' || coalesce(inet_client_addr()::text, 'local'), false);
END $$;

CREATE EVENT TRIGGER audit_capture ON ddl_command_start EXECUTE FUNCTION audit_capture();
-- expect: EVT301 "audit_capture, set_actor"
CREATE EVENT TRIGGER set_actor ON ddl_command_start EXECUTE FUNCTION set_actor();

-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE probe_503 (id int)
-- Hazard: every new table is granted to the reporting role as a side effect of creating it.
CREATE ROLE reporting NOLOGIN;

CREATE FUNCTION share_with_reporting() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        -- expect: EVT503
        EXECUTE format('GRANT SELECT ON %s TO reporting', r.object_identity);
    END LOOP;
END $$;

CREATE EVENT TRIGGER share_with_reporting ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION share_with_reporting();

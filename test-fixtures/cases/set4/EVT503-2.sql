-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE probe_503 (id int)
-- Near-miss: the function only checks privileges and advises; it changes none.
CREATE ROLE reporting NOLOGIN;

CREATE FUNCTION advise_grants() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        IF NOT has_table_privilege('reporting', r.objid, 'SELECT') THEN
            RAISE NOTICE 'consider: GRANT SELECT ON % TO reporting;', r.object_identity;
        END IF;
    END LOOP;
END $$;

CREATE EVENT TRIGGER advise_grants ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION advise_grants();

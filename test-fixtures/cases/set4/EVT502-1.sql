-- fixture: rules=EVT502 pg=18
-- No verify line: an injection claim; session_user is an identifier that may need quoting.
-- Hazard: the grantee is concatenated unquoted; object_identity is already quoted (not flagged).
CREATE FUNCTION grant_creator() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
        EXECUTE 'GRANT ALL ON ' || r.object_identity || ' TO '
            -- expect: EVT502
            || session_user;
    END LOOP;
END $$;

CREATE EVENT TRIGGER grant_creator ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION grant_creator();

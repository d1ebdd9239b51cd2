-- fixture: rules=EVT502 pg=18
-- No verify line (injection). Hazard: a role name taken from a setting, unquoted.
CREATE FUNCTION run_as_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    owner_role text := current_setting('app.owner_role', true);
BEGIN
    IF owner_role IS NOT NULL THEN
        -- expect: EVT502
        EXECUTE 'SET LOCAL ROLE ' || owner_role;
    END IF;
END $$;

CREATE EVENT TRIGGER run_as_owner ON ddl_command_start EXECUTE FUNCTION run_as_owner();

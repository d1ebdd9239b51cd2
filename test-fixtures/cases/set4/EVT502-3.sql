-- fixture: rules=EVT502 pg=18
-- No verify line (injection). Hazard: a role name taken from a setting, unquoted. The finding
-- stands at the value the variable gets, reported once however many EXECUTEs splice it
-- (expectation moved there after the measurement; it stood on the EXECUTE).
CREATE FUNCTION run_as_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    -- expect: EVT502
    owner_role text := current_setting('app.owner_role', true);
BEGIN
    IF owner_role IS NOT NULL THEN
        EXECUTE 'SET LOCAL ROLE ' || owner_role;
    END IF;
END $$;

CREATE EVENT TRIGGER run_as_owner ON ddl_command_start EXECUTE FUNCTION run_as_owner();

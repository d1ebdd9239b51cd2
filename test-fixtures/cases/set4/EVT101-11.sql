-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: a temp table is still DDL: CREATE TEMP TABLE fails in a read-only (standby) transaction.
CREATE FUNCTION prepare_session() RETURNS event_trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $prep$
BEGIN
    -- expect: EVT101
    CREATE TEMP TABLE IF NOT EXISTS session_scratch (k text, v text) ON COMMIT PRESERVE ROWS;
END
$prep$;

CREATE EVENT TRIGGER prepare_session ON login EXECUTE FUNCTION prepare_session();

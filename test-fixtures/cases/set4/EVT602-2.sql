-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Near-miss: the trigger function calls staging.fmt(), but a PL/pgSQL call is no dependency; the
-- staging schema is dropped with CASCADE and the trigger stays.
CREATE SCHEMA staging;
CREATE SCHEMA audit;
CREATE FUNCTION staging.fmt(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN upper(t);

CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', staging.fmt(tg_tag);
END $$;
CREATE EVENT TRIGGER audit_log_ddl ON ddl_command_start EXECUTE FUNCTION audit.log_ddl();
DROP SCHEMA staging CASCADE;

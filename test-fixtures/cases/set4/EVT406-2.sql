-- fixture: rules=EVT406 pg=18
-- verify: command CREATE TABLE probe_406 (id int)
-- Near-miss: the helper is created after the trigger (PL/pgSQL resolves calls when they run), and
-- the rest are built-ins, schema-qualified or not.
CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM describe_command(tg_tag);
    RAISE NOTICE '% %', pg_catalog.format('%I', current_user), quote_ident(tg_event);
    PERFORM txid_current_if_assigned(), clock_timestamp(), pg_backend_pid();
END $$;

CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();

CREATE FUNCTION describe_command(tag text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN 'command ' || tag;

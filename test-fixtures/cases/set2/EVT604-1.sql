-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Dropping the schema of a trigger's function without CASCADE.
CREATE SCHEMA IF NOT EXISTS ops;
CREATE OR REPLACE FUNCTION ops.watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER ops_watch ON ddl_command_end EXECUTE FUNCTION ops.watch();

DROP SCHEMA ops; -- expect: EVT604 "because other objects depend on it"

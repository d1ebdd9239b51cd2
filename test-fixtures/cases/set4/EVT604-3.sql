-- fixture: rules=EVT604 pg=18
-- verify: creation
-- Hazard: DROP SCHEMA without CASCADE of the schema holding a trigger's function.
CREATE SCHEMA evt;
CREATE FUNCTION evt.watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
CREATE EVENT TRIGGER evt_watch ON sql_drop EXECUTE FUNCTION evt.watch();

-- expect: EVT604 "because other objects depend on it"
DROP SCHEMA evt;

-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Near-miss: RETURNS SETOF event_trigger passes the return-type check and works (facts 1.2, quirk).
CREATE FUNCTION set_returning_hook() RETURNS SETOF event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER set_returning_hook ON ddl_command_end EXECUTE FUNCTION set_returning_hook();

-- fixture: rules=EVT205 pg=18
-- verify: creation
-- A quoted upper-case event name does not fold (fact 1.1).
CREATE OR REPLACE FUNCTION "LogDDL"() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER "LogDDL"
    ON "DDL_COMMAND_END" -- expect: EVT205 "unrecognized event name"
    EXECUTE FUNCTION "LogDDL"();

-- fixture: rules=EVT206 pg=18
-- verify: fires DROP TABLE IF EXISTS no_such_table
-- Near-miss: DROP TABLE IF EXISTS of a missing table still fires start and end (facts 2).
CREATE OR REPLACE FUNCTION note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% %', tg_event, tg_tag;
END $$;

CREATE EVENT TRIGGER drops_start ON ddl_command_start WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION note();
CREATE EVENT TRIGGER drops_end ON ddl_command_end WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION note();

-- fixture: rules=EVT305 pg=18
-- verify: command DROP TABLE IF EXISTS probe_305
-- Every DROP TABLE also drops a shadow table with DROP TABLE IF EXISTS: the nested DROP fires the
-- same trigger again, and IF EXISTS does not stop the firing (facts 2), so it never ends.
CREATE OR REPLACE FUNCTION drop_shadow() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    DROP TABLE IF EXISTS shadow_scratch; -- expect: EVT305
END $$;

CREATE EVENT TRIGGER drop_shadow ON ddl_command_end WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION drop_shadow();

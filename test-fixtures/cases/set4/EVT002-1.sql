-- fixture: rules=EVT002 pg=18
-- No verify line (suppression syntax). Hazard: an unknown rule ID and a misspelled directive.
CREATE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

-- expect: EVT002
-- evtlint-ignore EVT610 deployed once
DROP EVENT TRIGGER IF EXISTS ddl_note;
-- expect: EVT002
-- evtlint-ignore-next EVT601
CREATE EVENT TRIGGER ddl_note ON ddl_command_end EXECUTE FUNCTION ddl_note();

-- fixture: rules=EVT001 pg=18
-- No verify line (suppression syntax). Near-miss: the suppression by rule name covers a real
-- EVT601 finding (a plain CREATE EVENT TRIGGER with no earlier DROP), so it is used.
CREATE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

-- evtlint-ignore event-trigger-not-rerunnable -- applied once by our deploy tool
CREATE EVENT TRIGGER ddl_note ON ddl_command_end EXECUTE FUNCTION ddl_note();

-- fixture: rules=EVT001,EVT601 pg=18
-- No verify line. Near-miss: the suppression silences a real finding (the script is applied once
-- by the installer), so it is used.
CREATE OR REPLACE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
-- evtlint-ignore EVT601 applied once by the installer, never re-run
CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();

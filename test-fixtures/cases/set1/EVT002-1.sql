-- fixture: rules=EVT002,EVT601 pg=18
-- No verify line (a claim about evtlint itself). A suppression naming a rule that does not exist,
-- and one with a trailing comma.
CREATE OR REPLACE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;
DROP EVENT TRIGGER IF EXISTS on_ddl;
-- expect: EVT002
-- evtlint-ignore EVT6O1 typo: letter O
CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
DROP EVENT TRIGGER IF EXISTS on_ddl2;
-- expect: EVT002
-- evtlint-ignore EVT601,
CREATE EVENT TRIGGER on_ddl2 ON ddl_command_end EXECUTE FUNCTION on_ddl();

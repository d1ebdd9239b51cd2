-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- The drop names the trigger's old name; the new one is not dropped before it is created.
CREATE OR REPLACE FUNCTION guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

DROP EVENT TRIGGER IF EXISTS guard_ddl_v1;
CREATE EVENT TRIGGER guard_ddl_v2 ON ddl_command_start EXECUTE FUNCTION guard_ddl(); -- expect: EVT601 "already exists"

-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Near-miss: the creation swallows duplicate_object in a DO block.
CREATE OR REPLACE FUNCTION guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

DO $$
BEGIN
    CREATE EVENT TRIGGER guard_ddl ON ddl_command_start EXECUTE FUNCTION guard_ddl();
EXCEPTION WHEN duplicate_object THEN
    RAISE NOTICE 'guard_ddl exists already';
END $$;

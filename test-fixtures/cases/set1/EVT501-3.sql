-- fixture: rules=EVT501 pg=18
-- No verify line. SECURITY DEFINER added later with ALTER FUNCTION, search_path never set.
CREATE OR REPLACE FUNCTION tidy_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl %', tg_tag;
END $$;

ALTER FUNCTION tidy_ddl() SECURITY DEFINER; -- expect: EVT501
CREATE EVENT TRIGGER tidy_ddl ON ddl_command_end EXECUTE FUNCTION tidy_ddl();

-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Testing the trigger function by calling it directly (fact 5).
CREATE OR REPLACE FUNCTION check_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl %', tg_tag;
END $$;

-- smoke test
SELECT check_ddl(); -- expect: EVT404 "trigger functions can only be called as triggers"

CREATE EVENT TRIGGER check_ddl ON ddl_command_end EXECUTE FUNCTION check_ddl();

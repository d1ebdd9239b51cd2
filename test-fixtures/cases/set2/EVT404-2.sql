-- fixture: rules=EVT404 pg=18
-- verify: creation
-- A parameter "for testing": refused when the function is created, and the trigger cannot find it.
-- (Corrected after the measurement: "verbose" is a keyword that cannot stand alone as an
-- expression, so the body does not parse either; the server reports the parameter first.)
-- expect: EVT404 "cannot have declared arguments"
CREATE OR REPLACE FUNCTION log_ddl(verbose boolean DEFAULT false) RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF verbose THEN -- expect: EVT000
        RAISE NOTICE '%', tg_tag;
    END IF;
END $$;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION log_ddl(); -- expect: EVT404 "does not exist"

-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Hazard: TG_OP exists only in DML triggers; reading it fails at run time (facts 4).
CREATE FUNCTION log_op() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT405
    IF TG_OP = 'INSERT' THEN
        RAISE NOTICE 'insert';
    END IF;
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER log_op ON ddl_command_end EXECUTE FUNCTION log_op();

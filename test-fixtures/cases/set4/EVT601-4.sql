-- fixture: rules=EVT601 pg=18
-- migrate:up
-- No verify line: a dbmate migration runs once (the rule is off for migration tools), which no
-- rerun can show. Near-miss.
CREATE FUNCTION ddl_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %', tg_tag;
END $$;

CREATE EVENT TRIGGER ddl_audit ON ddl_command_end EXECUTE FUNCTION ddl_audit();

-- migrate:down
DROP EVENT TRIGGER ddl_audit;
DROP FUNCTION ddl_audit();

-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Hazard: SQL functions cannot return event_trigger (facts 1.4), also with BEGIN ATOMIC; the
-- trigger then names a function that does not exist.
CREATE TABLE ddl_events (tag text);

-- expect: EVT404 "SQL functions cannot return type event_trigger"
CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO ddl_events VALUES ('ddl');
END;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end
    -- expect: EVT404 "function log_ddl() does not exist"
    EXECUTE FUNCTION log_ddl();

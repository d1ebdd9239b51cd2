-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Hazard: EXECUTE PROCEDURE still needs a function; the procedure is not found (facts 1.2 check 6).
CREATE TABLE ddl_events (tag text);

CREATE PROCEDURE archive_ddl()
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_events VALUES ('x');
END $$;

CREATE EVENT TRIGGER archive_ddl ON ddl_command_end
    -- expect: EVT404 "function archive_ddl() does not exist"
    EXECUTE PROCEDURE archive_ddl();

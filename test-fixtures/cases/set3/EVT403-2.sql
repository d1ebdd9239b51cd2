-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE widgets (id serial PRIMARY KEY)
-- Near-miss: IN (SELECT ...) and EXISTS take any number of rows; LIMIT 1 takes one.
CREATE TABLE owners (relid oid, owner name);

CREATE OR REPLACE FUNCTION record_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    first_ident text;
BEGIN
    INSERT INTO owners
    SELECT c.oid, pg_get_userbyid(c.relowner)
      FROM pg_class c
     WHERE c.oid IN (SELECT objid FROM pg_event_trigger_ddl_commands());
    IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_type = 'sequence') THEN
        first_ident := (SELECT object_identity FROM pg_event_trigger_ddl_commands() ORDER BY objid LIMIT 1);
        RAISE NOTICE 'first: %', first_ident;
    END IF;
END $$;

CREATE EVENT TRIGGER record_owner ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION record_owner();

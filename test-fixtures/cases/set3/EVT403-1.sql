-- fixture: rules=EVT403 pg=18
-- verify: command CREATE TABLE widgets (id serial PRIMARY KEY)
-- "= (SELECT ...)" in a WHERE clause over the commands of a CREATE TABLE with a serial.
CREATE TABLE owners (relid oid, owner name);

CREATE OR REPLACE FUNCTION record_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO owners
    SELECT c.oid, pg_get_userbyid(c.relowner)
      FROM pg_class c
     WHERE c.oid = (SELECT objid FROM pg_event_trigger_ddl_commands()); -- expect: EVT403
END $$;

CREATE EVENT TRIGGER record_owner ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION record_owner();

-- fixture: rules=EVT408 pg=18
-- verify: command CREATE TABLE probe408 (a int)
-- Near-miss: %I and %s placeholders, a $n parameter with USING, and a text built in a variable.
CREATE ROLE app_owner_408;
CREATE TABLE owner_log (obj text);
CREATE FUNCTION set_owner() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  stmt text;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' LOOP
    stmt := format('ALTER TABLE %s OWNER TO %I', r.object_identity, 'app_owner_408');
    EXECUTE stmt;
    EXECUTE 'INSERT INTO owner_log VALUES ($1)' USING r.object_identity;
  END LOOP;
END $$;

CREATE EVENT TRIGGER set_owner ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION set_owner();

-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: guard with CASE expression and ELSIF; the nextval only on the primary path.
CREATE SEQUENCE login_seq;
CREATE TABLE login_events (id bigint, usr text);

CREATE FUNCTION on_connect() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  mode text := CASE WHEN pg_is_in_recovery() THEN 'standby' ELSE 'primary' END;
BEGIN
  IF mode = 'standby' THEN
    RAISE NOTICE 'standby login by %', session_user;
  ELSIF session_user <> 'replicator' THEN
    INSERT INTO login_events VALUES (nextval('login_seq'), session_user);
  END IF;
END $$;

CREATE EVENT TRIGGER on_connect ON login EXECUTE FUNCTION on_connect();

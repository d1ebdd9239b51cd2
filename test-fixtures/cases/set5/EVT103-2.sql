-- fixture: rules=EVT103 pg=18
-- No verify line (timing). Near-miss: try-lock that does not wait, and a lookup by key with LIMIT.
CREATE TABLE user_prefs (usename name PRIMARY KEY, greeting text);

CREATE FUNCTION greet() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  g text;
BEGIN
  IF NOT pg_try_advisory_xact_lock(42) THEN
    RETURN;
  END IF;
  SELECT greeting INTO g FROM user_prefs WHERE usename = session_user LIMIT 1;
  RAISE NOTICE '%', coalesce(g, 'hello');
END $$;

CREATE EVENT TRIGGER greet ON login EXECUTE FUNCTION greet();

-- The login event trigger of the PostgreSQL manual (section 38.6, "A Database Login Event
-- Trigger Example"), in our own words: it refuses logins at night, hands out a role for the
-- time of day, keeps a per-session table and logs every connection. It checks
-- pg_is_in_recovery() before it writes, so hot standbys keep accepting connections.

CREATE TABLE user_login_log (
  "user" text,
  "session_start" timestamp with time zone
);
CREATE ROLE day_worker;
CREATE ROLE night_worker;

CREATE OR REPLACE FUNCTION init_session()
  RETURNS event_trigger SECURITY DEFINER
  LANGUAGE plpgsql AS
$$
DECLARE
  hour integer = EXTRACT('hour' FROM current_time at time zone 'utc');
  rec boolean;
BEGIN
  -- 1. No logins between 2 and 4 in the morning.
  IF hour BETWEEN 2 AND 4 THEN
    RAISE EXCEPTION 'Login forbidden';
  END IF;

  -- A standby is read-only: stop here before anything writes.
  SELECT pg_is_in_recovery() INTO rec;
  IF rec THEN
    RETURN;
  END IF;

  -- 2. Day workers by day, night workers by night.
  IF hour BETWEEN 8 AND 20 THEN
    EXECUTE 'REVOKE night_worker FROM ' || quote_ident(session_user);
    EXECUTE 'GRANT day_worker TO ' || quote_ident(session_user);
  ELSE
    EXECUTE 'REVOKE day_worker FROM ' || quote_ident(session_user);
    EXECUTE 'GRANT night_worker TO ' || quote_ident(session_user);
  END IF;

  -- 3. Session storage.
  CREATE TEMP TABLE session_storage (x float, y integer);
  ALTER TABLE session_storage OWNER TO session_user;

  -- 4. Log the connection.
  INSERT INTO public.user_login_log VALUES (session_user, current_timestamp);
END;
$$;

CREATE EVENT TRIGGER init_session
  ON login
  EXECUTE FUNCTION init_session();
ALTER EVENT TRIGGER init_session ENABLE ALWAYS;

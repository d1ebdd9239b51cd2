-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the login function only reads a view, but the view calls a volatile function that
-- inserts; on a standby the INSERT inside stamp_login() fails the login.
CREATE TABLE login_stamps (usename name, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION stamp_login() RETURNS boolean
LANGUAGE sql VOLATILE AS $fn$
  INSERT INTO login_stamps (usename) VALUES (session_user) RETURNING true;
$fn$;

CREATE VIEW v_session_stamp AS SELECT stamp_login() AS stamped;

CREATE OR REPLACE FUNCTION on_login() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  ok boolean;
BEGIN
  -- expect: EVT101
  SELECT stamped INTO ok FROM v_session_stamp;
END;
$$;

CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();

-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Near-miss: the recovery test sits two helper functions deep (fact 12.4: a boolean helper
-- guards exactly as the call it wraps).
CREATE SCHEMA ops;
CREATE TABLE ops.logins (usename text, ts timestamptz DEFAULT clock_timestamp());

CREATE FUNCTION ops.is_primary() RETURNS boolean LANGUAGE sql STABLE
AS 'SELECT NOT pg_catalog.pg_is_in_recovery()';

CREATE FUNCTION ops.may_write() RETURNS boolean LANGUAGE plpgsql STABLE AS $b$
BEGIN
  RETURN ops.is_primary() AND current_setting('default_transaction_read_only') = 'off';
END
$b$;

CREATE FUNCTION ops.track_login() RETURNS event_trigger LANGUAGE plpgsql AS $b$
BEGIN
  IF NOT ops.may_write() THEN
    RETURN;
  END IF;
  INSERT INTO ops.logins(usename) VALUES (session_user);
END
$b$;

CREATE EVENT TRIGGER track_login ON login EXECUTE FUNCTION ops.track_login();

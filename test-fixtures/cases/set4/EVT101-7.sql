-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: nextval() is caught by WHEN OTHERS, but the handler itself writes (fact 12.3), and that
-- write fails on a standby. A handler that writes is no guard (RULES.md), so the nextval that
-- sends a standby login into it is reported too (expectation added after the measurement).
CREATE SEQUENCE login_seq;
CREATE TABLE login_errors (msg text);

CREATE FUNCTION number_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  -- expect: EVT101
  n := nextval('login_seq');
  RAISE NOTICE 'login #%', n;
EXCEPTION WHEN OTHERS THEN
  -- expect: EVT101
  INSERT INTO login_errors VALUES (SQLERRM);
END $$;

CREATE EVENT TRIGGER number_login ON login EXECUTE FUNCTION number_login();

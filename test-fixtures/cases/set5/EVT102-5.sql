-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: ASSERT is a veto too (plpgsql.check_asserts is on by default); the config table is
-- empty, so every login, superusers' included, fails.
CREATE TABLE app_config (k text PRIMARY KEY, v text);

CREATE FUNCTION require_config() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT102
  ASSERT (SELECT count(*) FROM app_config WHERE k = 'tenant') = 1, 'tenant not configured';
END $$;

CREATE EVENT TRIGGER require_config ON login EXECUTE FUNCTION require_config();

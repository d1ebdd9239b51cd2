-- fixture: rules=EVT102 pg=18
-- verify: login
-- Hazard: an ASSERT on a custom setting that no ordinary login has set: the failed assertion is an
-- error, so every login is refused.
CREATE OR REPLACE FUNCTION require_tenant() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- expect: EVT102
  ASSERT current_setting('app.tenant', true) IS NOT NULL, 'app.tenant must be set for every session';
END;
$$;

CREATE EVENT TRIGGER require_tenant ON login EXECUTE FUNCTION require_tenant();

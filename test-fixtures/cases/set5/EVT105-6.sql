-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Near-miss: dropped and re-created in one transaction (a redeploy): the trigger exists and is
-- enabled at the end, so standby logins fire it and are accepted.
CREATE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'v1';
END $$;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();

BEGIN;
DROP EVENT TRIGGER session_banner;
CREATE OR REPLACE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'v2';
END $$;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();
COMMIT;

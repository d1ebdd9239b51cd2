-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Near-miss: disabled for a data load, then enabled again in the same script: the trigger is
-- enabled at the end, so standby logins run it and are accepted.
CREATE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'connected to %', current_database();
END $$;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();

ALTER EVENT TRIGGER session_banner DISABLE;
CREATE TABLE bulk_load (id int);
INSERT INTO bulk_load SELECT generate_series(1, 100);
ALTER EVENT TRIGGER session_banner ENABLE;

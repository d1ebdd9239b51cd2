-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Hazard: a rollback script disables the login trigger on the primary; standbys then refuse
-- every login until someone connects to this database on the primary.
CREATE FUNCTION session_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'connected to %', current_database();
END $$;
CREATE EVENT TRIGGER session_banner ON login EXECUTE FUNCTION session_banner();

-- rollback of the banner feature
-- expect: EVT105
ALTER EVENT TRIGGER session_banner DISABLE;

-- fixture: rules=EVT105 pg=18
-- verify: standby-replica-lockout
-- Hazard: the login trigger is meant for logical-replication apply sessions only; in state
-- REPLICA every ordinary standby login fails for good (fact 12.1).
CREATE FUNCTION replica_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'replica-role session %', session_user;
END $$;
CREATE EVENT TRIGGER replica_login ON login EXECUTE FUNCTION replica_login();
-- expect: EVT105 "REPLICA"
ALTER EVENT TRIGGER replica_login ENABLE REPLICA;

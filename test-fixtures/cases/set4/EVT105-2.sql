-- fixture: rules=EVT105 pg=18
-- verify: standby-replica-lockout
-- Hazard: "only fire on the logical replica" - a login trigger in state REPLICA locks every
-- ordinary standby login out for good (fact 12.1).
CREATE FUNCTION replica_banner() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'you are on a replica';
END $$;

CREATE EVENT TRIGGER replica_banner ON login EXECUTE FUNCTION replica_banner();
-- expect: EVT105
ALTER EVENT TRIGGER replica_banner ENABLE REPLICA;

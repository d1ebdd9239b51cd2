CREATE OR REPLACE FUNCTION sec.is_replica_session() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT pg_is_in_recovery() AND current_setting('application_name') = 'replica_reader'
$$;

CREATE OR REPLACE FUNCTION sec.record_connection() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF sec.is_replica_session() THEN
    RETURN;
  END IF;
  -- expect: EVT101
  INSERT INTO sec.connections VALUES (session_user, current_setting('application_name'));
END $$;

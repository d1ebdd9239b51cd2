-- fixture: rules=EVT503 pg=18
-- verify: privileges CREATE TABLE probe_503 (id int)
-- "Lock down public whenever someone creates something": a persistent REVOKE through EXECUTE.
CREATE ROLE app_user NOLOGIN;
CREATE SCHEMA api;
GRANT USAGE ON SCHEMA api TO app_user;

CREATE OR REPLACE FUNCTION lock_down() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'REVOKE USAGE ON SCHEMA api FROM app_user'; -- expect: EVT503
END $$;

CREATE EVENT TRIGGER lock_down ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION lock_down();

-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- a_number draws a ticket from a sequence (not undone by a rollback), b_policy may veto the
-- command afterwards: the ticket is lost whenever the veto fires.
SET event_triggers = off;
CREATE TABLE t (id int, c int);
CREATE SEQUENCE IF NOT EXISTS change_ticket;

CREATE OR REPLACE FUNCTION take_ticket() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('ddl.ticket', nextval('change_ticket')::text, true);
END $$;

CREATE OR REPLACE FUNCTION policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('ddl.allowed', true) IS DISTINCT FROM 'yes' THEN
        RAISE EXCEPTION 'change % refused', current_setting('ddl.ticket', true);
    END IF;
END $$;

CREATE EVENT TRIGGER a_number ON ddl_command_start EXECUTE FUNCTION take_ticket();
-- expect: EVT301 "a_number, b_policy"
CREATE EVENT TRIGGER b_policy ON ddl_command_start EXECUTE FUNCTION policy();

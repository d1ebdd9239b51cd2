-- fixture: rules=EVT404 pg=18
-- verify: creation
-- A DML trigger function reused for an event trigger (fact 1.2 #7).
CREATE TABLE audit_rows (op text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_rows (op) VALUES (TG_OP);
    RETURN NULL;
END $$;

CREATE EVENT TRIGGER log_change ON ddl_command_end
    EXECUTE FUNCTION log_change(); -- expect: EVT404 "must return type event_trigger"

-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Hazard: a DML trigger function (RETURNS trigger) reused for an event trigger.
CREATE SCHEMA audit;
CREATE FUNCTION audit.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;

-- expect: EVT404 "must return type event_trigger"
CREATE EVENT TRIGGER audit_touch ON ddl_command_end EXECUTE FUNCTION audit.touch();

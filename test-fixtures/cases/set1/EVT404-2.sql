-- fixture: rules=EVT404 pg=18
-- verify: creation
-- A one-line SQL function for an event trigger: refused at CREATE FUNCTION (fact 1.4), and the
-- trigger then cannot find it.
-- expect: EVT404 "SQL functions cannot return type event_trigger"
CREATE FUNCTION ddl_ping() RETURNS event_trigger LANGUAGE sql AS $$ SELECT pg_notify('ddl', 'x') $$;

CREATE EVENT TRIGGER ddl_ping ON ddl_command_end EXECUTE FUNCTION ddl_ping(); -- expect: EVT404 "does not exist"

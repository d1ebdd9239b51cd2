-- fixture: rules=EVT002 pg=18
-- No verify line: a claim about evtlint's own comments. The rule ID has a letter O.
CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
-- expect: EVT002
-- evtlint-ignore EVT6O1 created once by the installer
CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();

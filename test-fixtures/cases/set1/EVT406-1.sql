-- fixture: rules=EVT406 pg=18
-- No verify line: the script cannot run without the missing function. The trigger function's
-- helper lives in another repository (an extension), so what it does is unknown here.
CREATE OR REPLACE FUNCTION audit.capture_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM audit_ext.write_event(tg_tag, current_query()); -- expect: EVT406
END $$;

CREATE EVENT TRIGGER capture_ddl ON ddl_command_end EXECUTE FUNCTION audit.capture_ddl();

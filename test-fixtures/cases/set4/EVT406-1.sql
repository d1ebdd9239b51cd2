-- fixture: rules=EVT406 pg=18
-- No verify line: the claim is that the analysis is incomplete, not a server behaviour.
-- Hazard: audit.write_entry is defined nowhere in the project.
CREATE SCHEMA audit;

CREATE FUNCTION audit.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT406
    PERFORM audit.write_entry(tg_tag, current_query());
END $$;

CREATE EVENT TRIGGER audit_on_ddl ON ddl_command_end EXECUTE FUNCTION audit.on_ddl();

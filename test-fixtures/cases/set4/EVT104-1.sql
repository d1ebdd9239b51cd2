-- fixture: rules=EVT104 pg=16
-- No verify line: the claim is about PostgreSQL 16, and the harness runs 17.6 and 18.1. Login
-- triggers, the REINDEX tag and the event_triggers setting came with 17 (facts section 0).
SET event_triggers = off;  -- expect: EVT104

CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;

-- expect: EVT104
CREATE EVENT TRIGGER on_connect ON login
    EXECUTE FUNCTION noop();

CREATE EVENT TRIGGER ddl_watch ON ddl_command_end
    WHEN TAG IN ('CREATE INDEX',
                 -- expect: EVT104
                 'REINDEX')
    EXECUTE FUNCTION noop();

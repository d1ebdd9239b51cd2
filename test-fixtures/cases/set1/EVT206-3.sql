-- fixture: rules=EVT206 pg=18
-- No verify line: these triggers still fire for their other tags. Facts 1.2 (duplicates are
-- stored twice, silently) and 2 (CREATE CONSTRAINT is never produced; LOGIN only on login).
CREATE OR REPLACE FUNCTION ddl_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER ddl_log ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE',
                 'ALTER TABLE',
                 'create table',      -- expect: EVT206
                 'CREATE CONSTRAINT', -- expect: EVT206
                 'LOGIN')             -- expect: EVT206
    EXECUTE FUNCTION ddl_log();

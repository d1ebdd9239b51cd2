-- fixture: rules=EVT305 pg=18
-- verify: command CREATE INDEX ON docs (id)
-- "Every index gets a companion": CREATE INDEX IF NOT EXISTS still fires ddl_command_start, and
-- the start trigger runs before any existence check (facts 8.1), so it never ends.
CREATE TABLE docs (id int, body text);

CREATE OR REPLACE FUNCTION companion_index() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'CREATE INDEX IF NOT EXISTS docs_body_idx ON docs (body)'; -- expect: EVT305
END $$;

CREATE EVENT TRIGGER companion_index ON ddl_command_start WHEN TAG IN ('CREATE INDEX')
    EXECUTE FUNCTION companion_index();

-- fixture: rules=EVT303 pg=18
-- verify: rollback ddl_attempts CREATE TABLE probe_303 (id int)
-- Hazard: the start trigger records attempts, but a failing command rolls its row back.
CREATE TABLE ddl_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY,
    tag text NOT NULL,
    query text,
    attempted_by name DEFAULT current_user,
    attempted_at timestamptz DEFAULT now()
);

CREATE FUNCTION record_attempt() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- every attempt, successful or not
    -- expect: EVT303
    INSERT INTO ddl_attempts (tag, query) VALUES (tg_tag, current_query());
END $$;

CREATE EVENT TRIGGER record_attempt ON ddl_command_start EXECUTE FUNCTION record_attempt();

-- fixture: rules=EVT303 pg=18
-- verify: rollback audit.attempts CREATE TABLE probe_303 (id int)
-- Hazard: the same write through dynamic SQL with format() and USING.
CREATE SCHEMA audit;
CREATE TABLE audit.attempts (tag text, query text);

CREATE FUNCTION audit.note_attempt() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    -- expect: EVT303
    EXECUTE format('INSERT INTO %I.%I VALUES ($1, $2)', 'audit', 'attempts')
        USING tg_tag, current_query();
END $$;

CREATE EVENT TRIGGER note_attempt ON ddl_command_start EXECUTE FUNCTION audit.note_attempt();
